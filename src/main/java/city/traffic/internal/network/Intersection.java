package city.traffic.internal.network;

import city.platform.geo.GeoPoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the network: a real intersection, or a virtual one on the boundary where traffic enters and leaves (no
 * movements, no signal). Position in metres on the network's plane, location in degrees. Width is CityFlow's: how far
 * from the centre the roads' lanes stop. The signal is null when the intersection has none.
 */
public record Intersection(
        String id,
        Name name,
        Point position,
        GeoPoint location,
        double width,
        boolean virtual,
        List<Movement> movements,
        SignalPlan signal) {

    public Intersection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(location, "location");
        movements = List.copyOf(movements);
        if (!(width >= 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("intersection " + id + ": width must not be negative: " + width);
        }
        if (virtual && (signal != null || !movements.isEmpty())) {
            throw new IllegalArgumentException("virtual intersection " + id + " has neither movements nor a signal");
        }
        for (int i = 0; i < movements.size(); i++) {
            if (movements.get(i).index() != i) {
                throw new IllegalArgumentException("intersection " + id + ": movement at " + i + " has index "
                        + movements.get(i).index());
            }
        }
        if (signal != null) {
            int count = movements.size();
            for (Phase p : signal.phases()) {
                if (p.movements().stream().anyMatch(m -> m >= count)) {
                    throw new IllegalArgumentException("intersection " + id + ", phase " + p.index()
                            + ": no such movement in " + p.movements() + " (" + count + " movements)");
                }
            }
            for (int m : signal.clearance().movements()) {
                if (m >= count || !movements.get(m).isRightTurn()) {
                    throw new IllegalArgumentException(
                            "intersection " + id + ": only right turns may go during the clearance, not " + m);
                }
            }
        }
    }

    public boolean signalised() {
        return signal != null;
    }

    public Optional<SignalPlan> signalPlan() {
        return Optional.ofNullable(signal);
    }

    public Movement movement(int index) {
        return movements.get(index);
    }

    /** The movements a phase lets go. */
    public List<Movement> movementsOf(Phase phase) {
        return phase.movements().stream().map(movements::get).toList();
    }
}
