package city.simulation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The live city's weather stations: late-autumn Shanghai, deterministic for a seed. Every report, each station is dry
 * or raining by a two-state chain (a rain spell starts with probability {@code 1 %} a report and ends with {@code 8
 * %}: about one spell of an hour in a day of five-minute reports); rain falls at 1-8 mm/h, a little different at each
 * station, with damp air and visibility down to a few kilometres. The temperature follows the day (about 7-15 °C,
 * warmest mid-afternoon).
 */
final class WeatherModel {

    /** A WeatherObserved report with FIWARE's field names, as the ingestion API takes it. */
    record Observation(
            String stationCode,
            Instant dateObserved,
            double temperature,
            double precipitation,
            double relativeHumidity,
            double windSpeed,
            double visibility) {}

    static final List<String> STATIONS = List.of("TWIN-HUANGPU", "TWIN-JINGAN", "TWIN-XUHUI");

    private final SplittableRandom random;
    private boolean raining;
    private double intensity;

    WeatherModel(long seed) {
        random = new SplittableRandom(seed ^ 0x5745415448455221L);
    }

    /** Forces a rain spell of {@code mmPerHour} from the next report on (0 stops it). */
    void rain(double mmPerHour) {
        raining = mmPerHour > 0;
        intensity = mmPerHour;
    }

    boolean raining() {
        return raining;
    }

    /** The stations' reports at {@code at}, which is {@code secondOfDay} in the city. */
    List<Observation> report(Instant at, double secondOfDay) {
        if (raining ? random.nextDouble() < 0.08 : random.nextDouble() < 0.01) {
            raining = !raining;
            intensity = raining ? 1 + 7 * random.nextDouble() : 0;
        }
        double hour = secondOfDay / 3600;
        double temperature = 11 + 4 * Math.sin(2 * Math.PI * (hour - 9) / 24);
        List<Observation> out = new ArrayList<>(STATIONS.size());
        for (String station : STATIONS) {
            double rain = raining ? round(intensity * (0.8 + 0.4 * random.nextDouble())) : 0;
            out.add(new Observation(
                    station,
                    at,
                    round(temperature + random.nextDouble() - 0.5),
                    rain,
                    raining ? 0.95 : round(0.6 + 0.15 * random.nextDouble()),
                    round(2 + 3 * random.nextDouble()),
                    raining ? Math.round(6000 - 400 * rain) : 12_000));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
