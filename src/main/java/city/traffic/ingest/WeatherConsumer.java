package city.traffic.ingest;

import city.traffic.internal.CityWeather;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes channel {@code weather-observations}: the city's weather, and with it every clearance, follows at once. */
@ApplicationScoped
public class WeatherConsumer {

    private final CityWeather weather;

    WeatherConsumer(CityWeather weather) {
        this.weather = weather;
    }

    @Incoming("weather-observations")
    @Blocking
    public void consume(WeatherBatch batch) {
        weather.apply(batch.observations());
    }
}
