package city.traffic.internal.network;

import java.util.List;

/**
 * A green phase of a signal: the movements it lets go (indices into the intersection's movements, ascending) and its
 * planned green time in whole seconds. The index is the phase's position in its plan.
 */
public record Phase(int index, int greenSeconds, List<Integer> movements) {

    public Phase {
        if (index < 0) {
            throw new IllegalArgumentException("phase index must not be negative: " + index);
        }
        if (greenSeconds <= 0) {
            throw new IllegalArgumentException("phase " + index + ": green time must be positive: " + greenSeconds);
        }
        movements = movements.stream().distinct().sorted().toList();
        if (movements.stream().anyMatch(m -> m < 0)) {
            throw new IllegalArgumentException("phase " + index + ": movement indices start at 0: " + movements);
        }
    }

    public boolean serves(int movement) {
        return movements.contains(movement);
    }
}
