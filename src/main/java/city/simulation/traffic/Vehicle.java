package city.simulation.traffic;

import city.simulation.traffic.Demand.VehicleType;

/** A vehicle of the engine: its kind, its path of lanes and lane links, where it is, and what it has done so far. */
final class Vehicle {

    final int id;
    final int flow;
    final double departure;
    final double length;
    final double minGap;
    final double maxPosAcc;
    final double maxNegAcc;
    final double usualPosAcc;
    final double usualNegAcc;
    final double maxSpeed;
    final double headwayTime;
    /** How far ahead it looks for a leader: its usual braking distance plus two steps at full speed. */
    final double horizon;
    /** From how far before a stop line the signal and the lane beyond it matter. */
    final double approach;

    /** Lanes and lane links from its first lane to its last, and where it is on them. */
    final Drivable[] path;

    int at;
    double position;
    double speed;

    /** This step's plan. */
    double nextSpeed;

    double advance;
    /** The vehicle it yielded to at a crossing in the last step, and in this one. */
    Vehicle blocker;

    Vehicle nextBlocker;

    double entered = Double.NaN;
    double incomingTime;
    boolean everIncoming;
    boolean moving;
    int stops;
    double delay;
    /** Until when (simulated seconds) it stands still, broken down or crashed; 0 when it drives. */
    double stalledUntil;

    Vehicle(int id, int flow, double departure, VehicleType type, Drivable[] path, double interval) {
        this.id = id;
        this.flow = flow;
        this.departure = departure;
        this.length = type.length();
        this.minGap = type.minGap();
        this.maxPosAcc = type.maxPosAcc();
        this.maxNegAcc = type.maxNegAcc();
        this.usualPosAcc = type.usualPosAcc();
        this.usualNegAcc = type.usualNegAcc();
        this.maxSpeed = type.maxSpeed();
        this.headwayTime = type.headwayTime();
        this.approach = maxSpeed * maxSpeed / usualNegAcc / 2 + maxSpeed * interval * 2;
        this.horizon = Math.max(approach, maxSpeed * interval + minGap + length);
        this.path = path;
    }

    Drivable drivable() {
        return path[at];
    }

    /** The next lane or lane link on its path, or null on its last lane. */
    Drivable next() {
        return at + 1 < path.length ? path[at + 1] : null;
    }
}
