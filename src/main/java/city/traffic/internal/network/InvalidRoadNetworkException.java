package city.traffic.internal.network;

import java.util.List;
import java.util.stream.Collectors;

/** A road network that cannot be built, with every problem found (never just the first). */
public class InvalidRoadNetworkException extends IllegalArgumentException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<NetworkProblem> problems;

    public InvalidRoadNetworkException(List<NetworkProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<NetworkProblem> problems() {
        return problems;
    }

    private static String message(List<NetworkProblem> problems) {
        String shown = problems.stream()
                .limit(PROBLEMS_IN_MESSAGE)
                .map(NetworkProblem::toString)
                .collect(Collectors.joining("; "));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return "invalid road network, " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + shown + (more > 0 ? "; and " + more + " more" : "");
    }
}
