package city.simulation.traffic.signals;

import city.simulation.traffic.Network;
import city.simulation.traffic.Observations;
import city.simulation.traffic.Signals;
import city.traffic.api.OfflineSignals;

/**
 * The traffic module's own controllers (plan, Webster, actuated, max-pressure; see
 * {@link city.traffic.api.TrafficControllers}) driving a simulation: each step, they see the lanes' queues and the
 * vehicles that left each lane, and decide with the same state machines, clearances and minimum greens as on the
 * street. Departures are counted as a lane's fall in vehicles over the step, which misses a vehicle that left while
 * another arrived: flows read low under heavy traffic, which matters to Webster's plan only.
 */
public final class TrafficModuleSignals implements Signals {

    private final Network network;
    private final OfflineSignals signals;
    private final int[] previous;
    private final int[] departed;
    private long second;

    public TrafficModuleSignals(Network network, OfflineSignals signals) {
        this.network = network;
        this.signals = signals;
        this.previous = new int[network.lanes().size()];
        this.departed = new int[network.lanes().size()];
    }

    @Override
    public void step(double time, Observations o) {
        for (int lane = 0; lane < previous.length; lane++) {
            int now = o.vehicles(lane);
            departed[lane] = Math.max(0, previous[lane] - now);
            previous[lane] = now;
        }
        second = Math.max(second + 1, (long) Math.floor(time) + 1);
        signals.tick(second, new OfflineSignals.Lanes() {
            @Override
            public double queue(String roadId, int lane) {
                int index = laneOf(roadId, lane);
                return index < 0 ? 0 : o.halting(index);
            }

            @Override
            public int departed(String roadId, int lane) {
                int index = laneOf(roadId, lane);
                return index < 0 ? 0 : departed[index];
            }
        });
    }

    private int laneOf(String roadId, int lane) {
        int road = network.roadIndex(roadId);
        if (road < 0) {
            return -1;
        }
        Network.Road r = network.road(road);
        return lane >= 0 && lane < r.laneCount() ? r.firstLane() + lane : -1;
    }

    @Override
    public boolean green(String intersectionId, int roadLinkIndex) {
        return signals.green(intersectionId, roadLinkIndex);
    }
}
