package city.simulation.web;

import city.simulation.evaluation.EvaluationView;
import java.util.List;

/** A run's page: its facts, its progress while it is open, its results and charts when it is done. */
public record RunScreen(
        EvaluationView run,
        String scenario,
        String controllers,
        String simulated,
        String status,
        int percent,
        boolean open,
        boolean queued,
        boolean done,
        boolean failed,
        List<ResultRow> rows,
        String travelTimeChart,
        String queueChart,
        List<PercentileRow> percentiles,
        List<String> queueWindows,
        List<QueueRow> queues,
        String error) {

    /** A controller's row of the results table. */
    public record ResultRow(
            String id,
            String name,
            String travelTime,
            String finishedTravelTime,
            String incomingTime,
            String finished,
            String throughput,
            String delay,
            String stops,
            String wall) {}

    /** A controller's travel-time percentiles, the text alternative of the distribution chart. */
    public record PercentileRow(String name, String p10, String p50, String p90, String max) {}

    /** A controller's mean queue per window, the text alternative of the queue chart. */
    public record QueueRow(String name, List<String> cells) {}
}
