package city.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects what {@link RunResult} reports, as vehicles depart, enter, move and arrive. */
final class Metrics {

    private static final int BIN_SECONDS = 60;

    private int departed;
    private int entered;
    private int finished;
    private double finishedTravelTime;
    private double finishedIncomingTime;
    private int finishedIncoming;
    private double finishedDelay;
    private long finishedStops;
    private double[] travelTimes = new double[1024];
    private double vehicleSeconds;
    private final List<Double> queuePerMinute = new ArrayList<>();
    private final List<Double> waitingPerMinute = new ArrayList<>();
    private int minute;
    private double queueSum;
    private double waitingSum;
    private double minuteTime;

    void departed() {
        departed++;
    }

    void entered(Vehicle v, double now) {
        entered++;
        v.entered = now;
        v.delay += now - v.departure;
    }

    void arrived(Vehicle v, double now) {
        if (finished == travelTimes.length) {
            travelTimes = Arrays.copyOf(travelTimes, finished * 2);
        }
        double t = now - v.departure;
        travelTimes[finished++] = t;
        finishedTravelTime += t;
        finishedDelay += v.delay;
        finishedStops += v.stops;
        if (v.everIncoming) {
            finishedIncoming++;
            finishedIncomingTime += v.incomingTime;
        }
    }

    /** After the vehicles moved in the step that ends at {@code now}. */
    void stepEnded(double now, double dt, int onNetwork, int halting, int waiting) {
        vehicleSeconds += onNetwork * dt;
        int m = (int) Math.floor((now - dt) / 60.0 + 1e-9);
        if (m != minute) {
            closeMinute();
            minute = m;
        }
        queueSum += halting * dt;
        waitingSum += waiting * dt;
        minuteTime += dt;
    }

    private void closeMinute() {
        if (minuteTime > 0) {
            queuePerMinute.add(queueSum / minuteTime);
            waitingPerMinute.add(waitingSum / minuteTime);
        }
        queueSum = 0;
        waitingSum = 0;
        minuteTime = 0;
    }

    /** The result now, given the vehicles not yet arrived (on the network, then waiting to enter). */
    RunResult result(String name, double now, List<Vehicle> running, List<Vehicle> waiting, long hardBrakes) {
        double travel = finishedTravelTime;
        double incoming = finishedIncomingTime;
        int incomingCount = finishedIncoming;
        double delay = finishedDelay;
        long stops = finishedStops;
        for (Vehicle v : running) {
            travel += now - v.departure;
            delay += v.delay;
            stops += v.stops;
            if (v.everIncoming) {
                incoming += v.incomingTime;
                incomingCount++;
            }
        }
        for (Vehicle v : waiting) {
            travel += now - v.departure;
            delay += now - v.departure;
        }
        int all = finished + running.size() + waiting.size();
        List<Double> queues = new ArrayList<>(queuePerMinute);
        List<Double> waits = new ArrayList<>(waitingPerMinute);
        if (minuteTime > 0) {
            queues.add(queueSum / minuteTime);
            waits.add(waitingSum / minuteTime);
        }
        return new RunResult(
                name,
                now,
                departed,
                entered,
                finished,
                running.size(),
                waiting.size(),
                all == 0 ? 0 : travel / all,
                incomingCount == 0 ? 0 : incoming / incomingCount,
                finished == 0 ? 0 : finishedTravelTime / finished,
                all == 0 ? 0 : delay / all,
                entered == 0 ? 0 : (double) stops / entered,
                hardBrakes,
                vehicleSeconds,
                queues,
                waits,
                distribution());
    }

    private RunResult.TravelTimes distribution() {
        double[] sorted = Arrays.copyOf(travelTimes, finished);
        Arrays.sort(sorted);
        List<Integer> histogram = new ArrayList<>();
        for (double t : sorted) {
            int bin = (int) (t / BIN_SECONDS);
            while (histogram.size() <= bin) {
                histogram.add(0);
            }
            histogram.set(bin, histogram.get(bin) + 1);
        }
        return new RunResult.TravelTimes(
                percentile(sorted, 0.1),
                percentile(sorted, 0.5),
                percentile(sorted, 0.9),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                BIN_SECONDS,
                histogram);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
