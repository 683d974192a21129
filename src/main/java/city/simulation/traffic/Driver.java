package city.simulation.traffic;

import city.simulation.traffic.Demand.VehicleType;

/**
 * How a vehicle chooses its speed for the next step: CityFlow's car-following model (a Krauss-type safe speed), its
 * stop-line rule, and two hard limits the engine keeps whatever the model says.
 *
 * <p>The model, with the vehicle's own parameters: accelerate by at most {@code maxPosAcc}, up to its and the lane's
 * maximum speed; behind a leader, no faster than (1) what lets it stop behind the leader if the leader brakes at its
 * {@code maxNegAcc} and it brakes at its own, (2) the same with {@code usualNegAcc} and {@code minGap} to spare, and
 * (3) the speed that keeps {@code headwayTime}; within braking distance plus two steps of a stop line whose link is
 * not green or whose next lane is full (its last vehicle less than a vehicle length in and slower than 2 m/s), brake
 * to stop at the line, gently (CityFlow's stop-before speed); before a turn, slow to CityFlow's turning speed; where
 * its lane link crosses another, stop {@link Conflicts#YIELD_DISTANCE} before the crossing point when it must yield
 * ({@link Conflicts}); never brake harder than {@code maxNegAcc}.
 *
 * <p>The leader is the nearest vehicle ahead on the vehicle's path, looked for as far as its braking distance plus two
 * steps: on the same lane, else on the lane links out of its lane (they overlap where they start), else on the lane
 * links merging into the same next lane, nearer its start (vehicles from other approaches that will be ahead of it
 * there), else on the next lane.
 *
 * <p>Hard limits, applied after the model: a vehicle's front never passes the point {@code minGap} behind where its
 * leader's back was at the start of the step (so no gap is ever below {@code minGap}: the leader never moves back),
 * and never passes a stop line whose link is not green. A vehicle that cannot stop at its maximum deceleration when
 * its link turns red stops at the line all the same: a hard brake, counted.
 */
final class Driver {

    private final double dt;
    private final boolean[] green;
    private final Conflicts conflicts;
    /** The leader found by the last {@link #leaderOf} and the gap to it (front to back), metres. */
    private double gap;

    private long hardBrakes;

    Driver(double interval, boolean[] green, Conflicts conflicts) {
        this.dt = interval;
        this.green = green;
        this.conflicts = conflicts;
    }

    long hardBrakes() {
        return hardBrakes;
    }

    /** Plans the step of vehicle {@code v}, the {@code i}-th from the front of {@code d}: sets its speed and advance. */
    void plan(Vehicle v, Drivable d, int i) {
        double speed = v.speed;
        double next = Math.min(Math.min(v.maxSpeed, speed + v.maxPosAcc * dt), d.maxSpeed);
        double limit = Double.POSITIVE_INFINITY;
        boolean redLimit = false;
        double yieldAt = Double.POSITIVE_INFINITY;
        v.nextBlocker = null;
        Vehicle leader = leaderOf(v, d, i);
        if (leader != null) {
            next = Math.min(next, followSpeed(v, leader, gap));
            limit = gap - v.minGap;
        }
        Drivable link = v.next();
        if (d.lane && link != null) {
            double ahead = d.length - v.position;
            if (ahead <= v.approach) {
                boolean red = !green[link.roadLink];
                if (red || !canEnter(link.end, v)) {
                    if (speed * speed / (2 * v.maxNegAcc) <= ahead) {
                        next = Math.min(next, stopBeforeSpeed(v, ahead));
                        if (ahead < limit) {
                            limit = ahead;
                            redLimit = red;
                        }
                    } else if (red && ahead < limit) {
                        limit = ahead;
                        redLimit = true;
                    }
                } else {
                    if (link.turn) {
                        next = Math.min(next, VehicleType.TURN_SPEED);
                    }
                    yieldAt = conflicts.yieldLimit(v, link, ahead);
                }
            }
        } else if (!d.lane) {
            yieldAt = conflicts.yieldLimit(v, d, -v.position);
        }
        if (yieldAt < limit) {
            next = Math.min(next, stopBeforeSpeed(v, yieldAt));
            limit = yieldAt;
            redLimit = false;
        }
        if (v.stalledUntil > 0) {
            next = -1; // broken down or crashed: stops as hard as it can and stays
        }
        next = Math.max(next, speed - v.maxNegAcc * dt);
        double advance;
        if (next < 0) {
            advance = 0.5 * speed * speed / v.maxNegAcc;
            next = 0;
        } else {
            advance = (speed + next) / 2 * dt;
        }
        if (advance > limit) {
            double allowed = Math.max(0, limit);
            if (redLimit && speed * speed / (2 * allowed + 1e-9) > v.maxNegAcc * 1.0001) {
                hardBrakes++;
            }
            advance = allowed;
            next = Math.max(0, Math.min(next, 2 * allowed / dt - speed));
        }
        v.advance = advance;
        v.nextSpeed = next;
    }

    /** CityFlow's rule: the last vehicle of the lane is more than a vehicle length in, or moving at 2 m/s or more. */
    static boolean canEnter(Drivable lane, Vehicle v) {
        Vehicle tail = lane.tail();
        return tail == null || tail.position > tail.length + v.length || tail.speed >= 2;
    }

    /** The nearest vehicle ahead on {@code v}'s path within its horizon, or null; sets {@link #gap}. */
    Vehicle leaderOf(Vehicle v, Drivable d, int i) {
        if (i > 0) {
            Vehicle p = d.get(i - 1);
            gap = p.position - p.length - v.position;
            return p;
        }
        double ahead = d.length - v.position;
        Vehicle best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        if (!d.lane) {
            best = mergeLeader(v, d, ahead);
            if (best != null) {
                return best;
            }
        }
        for (int k = v.at + 1; k < v.path.length && ahead <= v.horizon; k++) {
            Drivable next = v.path[k];
            if (next.lane) {
                Vehicle tail = next.tail();
                if (tail != null) {
                    gap = ahead + tail.position - tail.length;
                    return tail;
                }
            } else {
                for (Drivable sibling : next.start.outLinks) {
                    Vehicle tail = sibling.tail();
                    if (tail != null && ahead + tail.position - tail.length < bestGap) {
                        best = tail;
                        bestGap = ahead + tail.position - tail.length;
                    }
                }
                Vehicle merging = mergeLeader(v, next, ahead + next.length);
                if (merging != null && gap < bestGap) {
                    best = merging;
                    bestGap = gap;
                }
                if (best != null) {
                    gap = bestGap;
                    return best;
                }
            }
            ahead += next.length;
        }
        return null;
    }

    /**
     * The vehicle on another lane link into {@code link}'s end lane that is nearest ahead of {@code v} in the order
     * they will have there (by distance still to go to that lane, ties to the lower id), or null; sets {@link #gap}.
     */
    private Vehicle mergeLeader(Vehicle v, Drivable link, double remaining) {
        Vehicle best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        for (Drivable other : link.end.inLinks) {
            if (other == link) {
                continue;
            }
            for (int j = other.size() - 1; j >= 0; j--) {
                Vehicle c = other.get(j);
                double r = other.length - c.position;
                if (r < remaining || (r == remaining && c.id < v.id)) {
                    double g = remaining - r - c.length;
                    if (g < bestGap) {
                        best = c;
                        bestGap = g;
                    }
                    break;
                }
            }
        }
        gap = bestGap;
        return best;
    }

    /** CityFlow's car-following speed behind {@code leader} at bumper gap {@code gap}. */
    private double followSpeed(Vehicle v, Vehicle leader, double gap) {
        double vl = leader.speed;
        double speed = noCollisionSpeed(vl, leader.maxNegAcc, v.speed, v.maxNegAcc, gap, 0);
        speed = Math.min(speed, noCollisionSpeed(vl, leader.usualNegAcc, v.speed, v.usualNegAcc, gap, v.minGap));
        double assumedDecel = Math.max(0, v.speed - vl);
        return Math.min(speed, (gap + (vl + assumedDecel / 2) * dt - v.speed * dt / 2) / (v.headwayTime + dt / 2));
    }

    /**
     * The highest speed for the next step from which the follower (speed {@code vf}, deceleration {@code df}) can
     * still stop {@code targetGap} behind a leader (speed {@code vl}) that brakes at {@code dl}; -100 when none is.
     */
    private double noCollisionSpeed(double vl, double dl, double vf, double df, double gap, double targetGap) {
        double c = vf * dt / 2 + targetGap - 0.5 * vl * vl / dl - gap;
        double a = 0.5 / df;
        double b = 0.5 * dt;
        if (b * b < 4 * a * c) {
            return -100;
        }
        double v1 = 0.5 / a * (Math.sqrt(b * b - 4 * a * c) - b);
        double v2 = 2 * vl - dl * dt + 2 * (gap - targetGap) / dt;
        return Math.min(v1, v2);
    }

    /** CityFlow's stop-before speed: keep accelerating while it can still stop in time, else brake evenly. */
    private double stopBeforeSpeed(Vehicle v, double distance) {
        double speed = v.speed;
        double accelerated = speed + v.usualPosAcc * dt;
        double brakeAfterAccel = (speed + accelerated) * dt / 2 + accelerated * accelerated / v.usualNegAcc / 2;
        if (brakeAfterAccel < distance) {
            return accelerated;
        }
        if (distance <= 0 || speed <= 0) {
            return 0;
        }
        double steps = 2 * distance / speed / dt;
        return steps >= 1 ? speed - speed / Math.floor(steps) : speed - speed / steps;
    }
}
