package city.simulation.evaluation;

import java.time.Instant;

/**
 * A stored scenario without its files: its names, the size of its network and demand, and who added it when ({@code
 * system} for the built-in ones, which have a {@code builtinKey}).
 */
public record ScenarioInfo(
        long id,
        String builtinKey,
        String nameZh,
        String nameEn,
        int intersections,
        int signalised,
        int roads,
        int flows,
        Instant createdAt,
        String createdBy) {

    public boolean builtIn() {
        return builtinKey != null;
    }
}
