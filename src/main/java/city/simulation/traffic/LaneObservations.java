package city.simulation.traffic;

/** The per-lane counts a simulation shows its signals and detectors, refreshed at the start of every step. */
final class LaneObservations implements Observations {

    private final Network network;
    private final Drivable[] lanes;
    private final int[] vehicles;
    private final int[] halting;
    private final double[] meanSpeed;
    private double time;

    LaneObservations(Network network, Drivable[] lanes) {
        this.network = network;
        this.lanes = lanes;
        vehicles = new int[lanes.length];
        halting = new int[lanes.length];
        meanSpeed = new double[lanes.length];
    }

    void refresh(double now) {
        time = now;
        for (int l = 0; l < lanes.length; l++) {
            Drivable lane = lanes[l];
            int n = lane.size();
            int h = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double s = lane.get(i).speed;
                sum += s;
                if (s < HALTING_SPEED) {
                    h++;
                }
            }
            vehicles[l] = n;
            halting[l] = h;
            meanSpeed[l] = n == 0 ? 0 : sum / n;
        }
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public int vehicles(int lane) {
        return vehicles[lane];
    }

    @Override
    public int halting(int lane) {
        return halting[lane];
    }

    @Override
    public double meanSpeed(int lane) {
        return meanSpeed[lane];
    }

    @Override
    public int waitingToEnter(int lane) {
        return lanes[lane].waiting.size();
    }
}
