package city.simulation.web;

import city.simulation.evaluation.ControllerResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The data of a run's charts as the page's script reads it: {@code x}, and one labelled series per controller. */
final class TwinCharts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TwinCharts() {}

    /** The histograms: x the bins' starts in seconds, one series of counts per controller. */
    static String travelTimes(List<ControllerResult> results, TwinMsg msg) {
        if (results.isEmpty()) {
            return "";
        }
        int bin = results.get(0).result().travelTimes().binSeconds();
        int bins = results.stream()
                .mapToInt(c -> c.result().travelTimes().histogram().size())
                .max()
                .orElse(0);
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            xs.add(i * bin);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (ControllerResult c : results) {
            List<Integer> h = new ArrayList<>(c.result().travelTimes().histogram());
            while (h.size() < bins) {
                h.add(0);
            }
            series.add(Map.of("label", msg.local_name(c.nameZh(), c.nameEn()), "values", h));
        }
        return json(Map.of("x", xs, "series", series));
    }

    /** The queue per simulated minute: x the minutes (1 = the first), one series per controller. */
    static String queues(List<ControllerResult> results, TwinMsg msg) {
        if (results.isEmpty()) {
            return "";
        }
        int minutes = results.stream()
                .mapToInt(c -> c.result().queuePerMinute().size())
                .max()
                .orElse(0);
        List<Integer> xs = new ArrayList<>();
        for (int m = 1; m <= minutes; m++) {
            xs.add(m);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (ControllerResult c : results) {
            List<Double> values = new ArrayList<>();
            for (double v : c.result().queuePerMinute()) {
                values.add(Math.round(v * 10) / 10.0);
            }
            series.add(Map.of("label", msg.local_name(c.nameZh(), c.nameEn()), "values", values));
        }
        return json(Map.of("x", xs, "series", series));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
