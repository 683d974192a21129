package city.traffic.internal.network;

import java.util.List;

/**
 * The interval between two green phases: yellow, then all red, in whole seconds. The movements (right turns only) are
 * those that may still go meanwhile: CityFlow networks such as the Jinan one let every right turn go through the
 * clearance; the default city stops everything.
 */
public record Clearance(int yellowSeconds, int allRedSeconds, List<Integer> movements) {

    /** No clearance at all: what a file without a clearance phase gives. */
    public static final Clearance NONE = new Clearance(0, 0, List.of());

    public Clearance {
        if (yellowSeconds < 0 || allRedSeconds < 0) {
            throw new IllegalArgumentException(
                    "clearance times must not be negative: " + yellowSeconds + " + " + allRedSeconds);
        }
        movements = movements.stream().distinct().sorted().toList();
    }

    public int seconds() {
        return yellowSeconds + allRedSeconds;
    }
}
