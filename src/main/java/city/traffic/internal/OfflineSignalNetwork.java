package city.traffic.internal;

import city.traffic.api.OfflineSignals;
import city.traffic.internal.control.LiveInputs;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The traffic module's signals on a model network: the same wiring, controllers and state machines as the live
 * control loop, fed each second from the model's lanes instead of live state; preempted for a green wave like the
 * live signals (the same phase for the same movement, the same state machine).
 */
final class OfflineSignalNetwork implements OfflineSignals {

    /** Exponential smoothing of a movement's departures per second into a flow per hour (about two minutes). */
    private static final double FLOW_SMOOTHING = 1.0 / 120;

    private final Map<String, SignalWiring> signals = new LinkedHashMap<>();
    private final Map<String, int[]> roadLanes = new HashMap<>();
    private final Map<SignalWiring, double[]> flows = new HashMap<>();

    OfflineSignalNetwork(RoadNetwork network, SignalControl.Mode mode) {
        for (Road r : network.roads()) {
            int[] lanes = new int[r.laneCount()];
            for (int l = 0; l < lanes.length; l++) {
                lanes[l] = l;
            }
            roadLanes.put(r.id(), lanes);
        }
        for (Intersection i : network.signalisedIntersections()) {
            SignalWiring w = SignalWiring.of(i);
            if (mode != SignalControl.Mode.PLAN) {
                w.signal().setController(w.controller(mode));
            }
            signals.put(i.id(), w);
            flows.put(w, new double[w.inRoads().length]);
        }
    }

    @Override
    public void tick(long second, Lanes lanes) {
        for (SignalWiring w : signals.values()) {
            LiveInputs in = w.signal().inputs();
            double[] flow = flows.get(w);
            for (int m = 0; m < w.inRoads().length; m++) {
                double queue = 0;
                int departed = 0;
                for (int lane : w.inLanes()[m]) {
                    queue += lanes.queue(w.inRoads()[m], lane);
                    departed += lanes.departed(w.inRoads()[m], lane);
                }
                double out = 0;
                int[] outLanes = roadLanes.get(w.outRoads()[m]);
                if (outLanes != null) {
                    for (int lane : outLanes) {
                        out += lanes.queue(w.outRoads()[m], lane);
                    }
                }
                flow[m] = (1 - FLOW_SMOOTHING) * flow[m] + FLOW_SMOOTHING * departed * 3600.0;
                in.setQueues(m, queue, out);
                in.setFlow(m, flow[m]);
                if (departed > 0 || queue > 0) {
                    in.recordDetection(m, second);
                }
            }
            w.signal().tick(second);
        }
    }

    @Override
    public boolean green(String intersectionId, int roadLinkIndex) {
        SignalWiring w = signals.get(intersectionId);
        return w != null && w.green(roadLinkIndex);
    }

    @Override
    public Set<String> intersections() {
        return signals.keySet();
    }

    @Override
    public boolean preempt(String intersectionId, String fromRoadId, String toRoadId) {
        SignalWiring w = signals.get(intersectionId);
        int phase = w == null ? -1 : w.phaseServing(fromRoadId, toRoadId);
        if (phase < 0) {
            return false;
        }
        w.signal().preempt(phase);
        return true;
    }

    @Override
    public void release(String intersectionId) {
        SignalWiring w = signals.get(intersectionId);
        if (w != null) {
            w.signal().releasePreemption();
        }
    }

    @Override
    public boolean preempted(String intersectionId) {
        SignalWiring w = signals.get(intersectionId);
        return w != null && w.signal().preempting();
    }
}
