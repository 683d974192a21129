package city.simulation.parking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cars coming and going over the bays of a city, deterministic for a seed. Each lot's occupancy follows a daily
 * profile (garages fill for office hours and evenings, on-street bays through the day, less at night and on
 * Sundays); a parked car leaves with a constant hazard (mean stay {@code meanStay}) and free bays fill at the rate
 * that keeps the lot at its profile. Sensors send a status message on every change and a heartbeat (with battery
 * and current status) every {@code heartbeat}; a few sensors are dead from the start (they never report, so their
 * bays turn {@code unknown}), and a few have low batteries, as in any real deployment.
 */
public final class ParkingSensorModel {

    /** One bay and its sensor. */
    public record Bay(String sensorId, String lotId, boolean onStreet) {}

    /** A message as the sensor would post it. */
    public record Message(String sensorId, String type, Boolean occupied, Integer batteryPct, Instant observedAt) {}

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final List<Bay> bays;
    private final boolean[] occupied;
    private final boolean[] dead;
    private final int[] battery;
    private final Instant[] nextHeartbeat;
    private final Instant[] lastSent;
    private final double lotBias[];
    private final SplittableRandom random;
    private final Duration meanStay;
    private final Duration heartbeat;

    public ParkingSensorModel(List<Bay> bays, long seed, Duration meanStay, Duration heartbeat) {
        this.bays = List.copyOf(bays);
        this.occupied = new boolean[bays.size()];
        this.dead = new boolean[bays.size()];
        this.battery = new int[bays.size()];
        this.nextHeartbeat = new Instant[bays.size()];
        this.lastSent = new Instant[bays.size()];
        this.lotBias = new double[bays.size()];
        this.random = new SplittableRandom(seed);
        this.meanStay = meanStay;
        this.heartbeat = heartbeat;
        for (int i = 0; i < bays.size(); i++) {
            dead[i] = random.nextDouble() < 0.003;
            battery[i] = random.nextDouble() < 0.01 ? 5 + random.nextInt(14) : 40 + random.nextInt(61);
            // lots differ: some are always busier than the profile, some quieter (same bias for a lot's bays)
            lotBias[i] = ((bays.get(i).lotId().hashCode() & 0xff) / 255.0 - 0.5) * 0.3;
        }
    }

    public int size() {
        return bays.size();
    }

    public boolean occupied(int i) {
        return occupied[i];
    }

    public boolean dead(int i) {
        return dead[i];
    }

    public Bay bay(int i) {
        return bays.get(i);
    }

    /** The share of a lot's bays the profile wants taken at {@code at}, between 0.03 and 0.97. */
    public static double targetRate(boolean onStreet, ZonedDateTime at, double bias) {
        double h = at.getHour() + at.getMinute() / 60.0;
        double day = Math.max(0, Math.sin(Math.PI * (h - 6.5) / 14.5));
        double evening = Math.max(0, Math.sin(Math.PI * (h - 17) / 6));
        double rate = onStreet ? 0.15 + 0.75 * day : 0.2 + 0.55 * day + 0.15 * evening;
        if (at.getDayOfWeek().getValue() == 7) {
            rate *= 0.8;
        }
        return Math.min(0.97, Math.max(0.03, rate + bias));
    }

    /** Every live sensor reports its bay's status: the city as it is at {@code now}. */
    public List<Message> start(Instant now) {
        ZonedDateTime t = now.atZone(CITY);
        List<Message> out = new ArrayList<>(bays.size());
        for (int i = 0; i < bays.size(); i++) {
            occupied[i] = random.nextDouble() < targetRate(bays.get(i).onStreet(), t, lotBias[i]);
            nextHeartbeat[i] = now.plusMillis((long) (random.nextDouble() * heartbeat.toMillis()));
            lastSent[i] = now;
            if (!dead[i]) {
                out.add(new Message(bays.get(i).sensorId(), "status", occupied[i], null, now));
            }
        }
        return out;
    }

    /** What happens in the city from {@code now - step} to {@code now}: arrivals, departures, heartbeats. */
    public List<Message> tick(Instant now, Duration step) {
        ZonedDateTime t = now.atZone(CITY);
        double leave = (double) step.toMillis() / meanStay.toMillis();
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < bays.size(); i++) {
            if (dead[i]) {
                continue;
            }
            double rate = targetRate(bays.get(i).onStreet(), t, lotBias[i]);
            boolean change =
                    occupied[i] ? random.nextDouble() < leave : random.nextDouble() < leave * rate / (1 - rate);
            if (change) {
                occupied[i] = !occupied[i];
                // the sensor's own clock: somewhere within the step, after whatever it said before
                Instant at = now.minusMillis((long) (random.nextDouble() * step.toMillis()));
                if (!at.isAfter(lastSent[i])) {
                    at = lastSent[i].plusMillis(1);
                }
                lastSent[i] = at;
                out.add(new Message(bays.get(i).sensorId(), "status", occupied[i], null, at));
            }
            if (!nextHeartbeat[i].isAfter(now)) {
                nextHeartbeat[i] = nextHeartbeat[i].plus(heartbeat);
                Instant at = now.isAfter(lastSent[i]) ? now : lastSent[i].plusMillis(1);
                lastSent[i] = at;
                out.add(new Message(bays.get(i).sensorId(), "heartbeat", occupied[i], battery[i], at));
            }
        }
        return out;
    }
}
