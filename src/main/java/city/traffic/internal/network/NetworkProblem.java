package city.traffic.internal.network;

/** One thing wrong with a road network, at a path into the file or model, e.g. {@code roads[3].lanes}. */
public record NetworkProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
