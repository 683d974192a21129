package city.simulation.traffic;

import java.util.List;

/**
 * Vehicle demand as a CityFlow {@code flow.json} states it: flows, each sending one kind of vehicle along one route
 * from {@code startTime}, every {@code interval} seconds, up to {@code endTime} inclusive ({@code -1}: without end).
 * A flow with {@code startTime == endTime} is a single vehicle.
 */
public record Demand(List<Flow> flows) {

    public Demand {
        flows = List.copyOf(flows);
    }

    /**
     * What CityFlow knows of a vehicle: lengths in metres, speeds in m/s, accelerations in m/s² (the {@code max}
     * ones are physical limits, the {@code usual} ones what drivers normally use), the headway in seconds.
     */
    public record VehicleType(
            double length,
            double width,
            double maxPosAcc,
            double maxNegAcc,
            double usualPosAcc,
            double usualNegAcc,
            double minGap,
            double maxSpeed,
            double headwayTime) {

        /** CityFlow's turning speed, which the flow format does not carry. */
        public static final double TURN_SPEED = 8.3333;

        /** The passenger car of the Jinan and Hangzhou data sets. */
        public static final VehicleType PASSENGER_CAR = new VehicleType(5, 2, 2, 4.5, 2, 4.5, 2.5, 11.111, 2);
    }

    /** One flow: vehicles of {@code vehicle} along {@code route} (road ids). */
    public record Flow(VehicleType vehicle, List<String> route, double interval, double startTime, double endTime) {

        public Flow {
            route = List.copyOf(route);
        }

        /** The departure time of the {@code k}-th vehicle, or NaN when the flow sends fewer. */
        public double departure(long k) {
            double t = startTime + k * interval;
            if (k > 0 && (interval <= 0 || (endTime >= 0 && t > endTime + 1e-9))) {
                return Double.NaN;
            }
            return t;
        }
    }
}
