package city.traffic.internal;

import city.platform.rest.ProblemException;
import city.traffic.internal.network.Intersection;
import city.traffic.internal.network.Movement;
import city.traffic.internal.network.Phase;
import city.traffic.internal.network.Point;
import city.traffic.internal.network.Road;
import city.traffic.internal.network.RoadNetwork;
import city.traffic.internal.network.SignalPlan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One intersection as operators see it: its movements, its signal's phases, its controller and what it shows. */
@ApplicationScoped
public class IntersectionDetails {

    /**
     * A way through the intersection. {@code bound} is the compass direction the incoming road's traffic travels
     * (E, N, W or S; {@code bearing} in degrees clockwise from north); {@code fromLanes} are the lanes of the
     * incoming road it leaves from (0 = the inner lane); {@code phases} those whose green lets it go.
     */
    public record MovementView(
            int index,
            String type,
            String fromRoad,
            String fromRoadNameZh,
            String fromRoadNameEn,
            String toRoad,
            String toRoadNameZh,
            String toRoadNameEn,
            int bearing,
            String bound,
            List<Integer> fromLanes,
            List<Integer> toLanes,
            List<Integer> phases) {}

    /** A green phase: the movements it lets go, its planned green and the shortest green it may be given. */
    public record PhaseView(int index, List<Integer> movements, int plannedGreenSeconds, int minGreenSeconds) {}

    /**
     * An intersection. For one without a signal, {@code phases} is empty and {@code controller}, {@code state} and
     * the clearance times are null. Clearance times are those the signal runs (yellow 3 to 6 s, all-red 0 to 6 s).
     */
    public record IntersectionView(
            String id,
            String nameZh,
            String nameEn,
            double lat,
            double lon,
            boolean signalised,
            boolean virtual,
            List<MovementView> movements,
            List<PhaseView> phases,
            Integer yellowSeconds,
            Integer allRedSeconds,
            SignalControl.Mode controller,
            TrafficLiveState.SignalLive state) {}

    private final TrafficNetworks networks;
    private final SignalControl control;

    IntersectionDetails(TrafficNetworks networks, SignalControl control) {
        this.networks = networks;
        this.control = control;
    }

    /** @throws ProblemException 404 when the active network has no such intersection */
    public IntersectionView view(String id) {
        RoadNetwork network = networks.current();
        Intersection x = network.findIntersection(id)
                .orElseThrow(() -> ProblemException.notFound("No intersection " + id + "."));
        SignalPlan plan = x.signal();
        List<Integer> always = plan == null ? List.of() : unphased(x);
        List<MovementView> movements = new ArrayList<>();
        for (Movement m : x.movements()) {
            Road from = network.road(m.fromRoad());
            Road to = network.road(m.toRoad());
            int bearing = bearing(from);
            List<Integer> phases = plan == null
                    ? List.of()
                    : plan.phases().stream()
                            .filter(p -> p.serves(m.index()) || always.contains(m.index()))
                            .map(Phase::index)
                            .toList();
            movements.add(new MovementView(
                    m.index(),
                    m.type().name(),
                    from.id(),
                    from.name().zh(),
                    from.name().en(),
                    to.id(),
                    to.name().zh(),
                    to.name().en(),
                    bearing,
                    bound(bearing),
                    m.fromLanes(),
                    m.toLanes(),
                    phases));
        }
        if (plan == null) {
            return new IntersectionView(
                    x.id(),
                    x.name().zh(),
                    x.name().en(),
                    x.location().lat(),
                    x.location().lon(),
                    false,
                    x.virtual(),
                    movements,
                    List.of(),
                    null,
                    null,
                    null,
                    null);
        }
        int minGreen = minGreen(plan);
        List<PhaseView> phases = plan.phases().stream()
                .map(p -> new PhaseView(
                        p.index(),
                        Stream.concat(p.movements().stream(), always.stream())
                                .distinct()
                                .sorted()
                                .toList(),
                        p.greenSeconds(),
                        minGreen))
                .toList();
        SignalControl.SignalView signal = control.view(x.id());
        return new IntersectionView(
                x.id(),
                x.name().zh(),
                x.name().en(),
                x.location().lat(),
                x.location().lon(),
                true,
                false,
                movements,
                phases,
                Math.max(3, Math.min(6, plan.clearance().yellowSeconds())),
                Math.max(0, Math.min(6, plan.clearance().allRedSeconds())),
                signal.mode(),
                TrafficLiveState.signal(signal));
    }

    /** Movements no phase names: the signal lets them go in every phase, as SignalControl wires it. */
    private static List<Integer> unphased(Intersection x) {
        List<Integer> out = new ArrayList<>();
        for (Movement m : x.movements()) {
            if (x.signal().phases().stream().noneMatch(p -> p.serves(m.index()))) {
                out.add(m.index());
            }
        }
        return out;
    }

    /** The minimum green the signal enforces: the plan's, at least 1 s and at most its shortest planned green. */
    public static int minGreen(SignalPlan plan) {
        int shortest =
                plan.phases().stream().mapToInt(Phase::greenSeconds).min().orElse(10);
        return Math.max(1, Math.min(plan.minGreenSeconds(), shortest));
    }

    /** The heading of a road's traffic where it arrives: its last segment, in degrees clockwise from north. */
    static int bearing(Road road) {
        List<Point> ps = road.points();
        Point a = ps.get(ps.size() - 2);
        Point b = ps.get(ps.size() - 1);
        double degrees = Math.toDegrees(Math.atan2(b.x() - a.x(), b.y() - a.y()));
        return (int) Math.round((degrees + 360) % 360) % 360;
    }

    static String bound(int bearing) {
        int sector = (int) Math.floorMod(Math.round(bearing / 90.0), 4);
        return switch (sector) {
            case 0 -> "N";
            case 1 -> "E";
            case 2 -> "S";
            default -> "W";
        };
    }
}
