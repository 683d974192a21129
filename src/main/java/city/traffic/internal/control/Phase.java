package city.traffic.internal.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** A signal phase: the movements (indices into the plan's movement list) that are green together. */
public record Phase(String name, List<Integer> movements) {

    public Phase {
        Objects.requireNonNull(name, "name");
        movements = List.copyOf(movements);
        if (movements.isEmpty()) {
            throw new IllegalArgumentException("phase " + name + " serves no movement");
        }
        if (new HashSet<>(movements).size() != movements.size()) {
            throw new IllegalArgumentException("phase " + name + " lists a movement twice");
        }
    }

    public static Phase of(String name, int... movements) {
        return new Phase(name, java.util.Arrays.stream(movements).boxed().toList());
    }
}
