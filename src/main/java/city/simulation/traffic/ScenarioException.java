package city.simulation.traffic;

import java.util.List;

/**
 * A network or demand the engine cannot run, with every problem found, each prefixed by where it is in the file
 * ({@code roads[3].lanes: ...}, {@code flow[12].route[2]: ...}).
 */
public class ScenarioException extends RuntimeException {

    private final List<String> problems;

    public ScenarioException(String what, List<String> problems) {
        super(what + ": " + String.join("; ", problems.size() > 20 ? problems.subList(0, 20) : problems)
                + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String what, String problem) {
        this(what, List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
