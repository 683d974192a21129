package city.traffic.internal.control;

import java.util.Objects;

/**
 * One movement through an intersection (an approach's through, left or right traffic): how many incoming lanes
 * feed it, the road (or lane group) it leaves on, and the saturation flow of each incoming lane in veh/h.
 */
public record Movement(int incomingLanes, String outgoingRoad, double saturationFlowPerLane) {

    public static final double DEFAULT_SATURATION_FLOW = 1800.0;

    public Movement {
        Objects.requireNonNull(outgoingRoad, "outgoingRoad");
        if (incomingLanes < 1 || !(saturationFlowPerLane > 0)) {
            throw new IllegalArgumentException("a movement needs at least one lane and a positive saturation flow");
        }
    }

    public Movement(int incomingLanes, String outgoingRoad) {
        this(incomingLanes, outgoingRoad, DEFAULT_SATURATION_FLOW);
    }

    /** The saturation flow of all its lanes, veh/h. */
    public double saturationFlow() {
        return incomingLanes * saturationFlowPerLane;
    }
}
