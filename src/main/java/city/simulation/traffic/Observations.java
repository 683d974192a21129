package city.simulation.traffic;

import java.util.List;

/**
 * What a signal controller (or a detector) can see of a simulation at an instant, per lane of the {@link #network()}
 * (lanes by their network index): vehicles on it, vehicles halting on it (speed under 0.1 m/s, as CityFlow counts a
 * queue), their mean speed, and vehicles waiting to enter it at the start of their route. A view: it changes as the
 * simulation runs, and must be read on the simulation's thread.
 */
public interface Observations {

    /** Speed below which a vehicle counts as halting, m/s. */
    double HALTING_SPEED = 0.1;

    Network network();

    /** Seconds since the start of the simulation. */
    double time();

    /** Vehicles on the lane (not counting those on the lane links beyond its stop line). */
    int vehicles(int lane);

    /** Vehicles on the lane slower than {@link #HALTING_SPEED}: its queue. */
    int halting(int lane);

    /** The mean speed of the vehicles on the lane, m/s; 0 when there are none. */
    double meanSpeed(int lane);

    /** Vehicles that departed onto the lane and wait for room to enter it. */
    int waitingToEnter(int lane);

    /** The queue on the lanes that road link {@code roadLink} of {@code intersection} starts from. */
    default int haltingIn(int intersection, int roadLink) {
        return sum(
                network().intersection(intersection).roadLinks().get(roadLink).startLanes());
    }

    /** The queue on the lanes that road link {@code roadLink} of {@code intersection} leads into. */
    default int haltingOut(int intersection, int roadLink) {
        return sum(
                network().intersection(intersection).roadLinks().get(roadLink).endLanes());
    }

    private int sum(List<Integer> lanes) {
        int sum = 0;
        for (int lane : lanes) {
            sum += halting(lane);
        }
        return sum;
    }
}
