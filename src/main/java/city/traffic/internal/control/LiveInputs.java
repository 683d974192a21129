package city.traffic.internal.control;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a decision reads, per movement: the queue on its incoming lanes, the queue on the road it leaves on
 * (downstream), the measured flow in veh/h, and when its detector last saw a vehicle; plus the weather. The adapter
 * overwrites these in place before each tick, so nothing is allocated per tick. Not thread-safe: write and tick from
 * one thread, or hand over with the tick.
 */
public final class LiveInputs {

    /** The detection time of a detector that has not seen a vehicle. */
    public static final long NEVER = Long.MIN_VALUE;

    private final double[] queueIn;
    private final double[] queueOut;
    private final double[] flow;
    private final long[] lastDetection;
    private Weather weather = Weather.CLEAR;

    public LiveInputs(int movements) {
        queueIn = new double[movements];
        queueOut = new double[movements];
        flow = new double[movements];
        lastDetection = new long[movements];
        Arrays.fill(lastDetection, NEVER);
    }

    public int movementCount() {
        return queueIn.length;
    }

    /** Vehicles queued on the movement's incoming lanes. */
    public double queueIn(int movement) {
        return queueIn[movement];
    }

    /** Vehicles queued on the road the movement leaves on. */
    public double queueOut(int movement) {
        return queueOut[movement];
    }

    /** Measured flow of the movement, veh/h. */
    public double flow(int movement) {
        return flow[movement];
    }

    public void setQueues(int movement, double incoming, double outgoing) {
        queueIn[movement] = incoming;
        queueOut[movement] = outgoing;
    }

    public void setQueueIn(int movement, double vehicles) {
        queueIn[movement] = vehicles;
    }

    public void setQueueOut(int movement, double vehicles) {
        queueOut[movement] = vehicles;
    }

    public void setFlow(int movement, double vehiclesPerHour) {
        flow[movement] = vehiclesPerHour;
    }

    /** A detector of the movement saw a vehicle at {@code second}. */
    public void recordDetection(int movement, long second) {
        lastDetection[movement] = second;
    }

    public long lastDetection(int movement) {
        return lastDetection[movement];
    }

    /** True when the movement's detector saw a vehicle in the last {@code seconds} seconds, that is after now - seconds. */
    public boolean detectedWithin(int movement, long now, int seconds) {
        long last = lastDetection[movement];
        return last != NEVER && now - last < seconds;
    }

    public Weather weather() {
        return weather;
    }

    public void setWeather(Weather weather) {
        this.weather = Objects.requireNonNull(weather, "weather");
    }
}
