package city.simulation.evaluation;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.simulation.traffic.CityFlowReader;
import city.simulation.traffic.CityFlowWriter;
import city.simulation.traffic.Network;
import city.simulation.traffic.OdDemand;
import city.simulation.traffic.ScenarioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios whose demand is generated from an origin-destination matrix with a time-of-day profile ({@link OdDemand})
 * on the road network of a stored scenario: the boundary matrix at a peak rate, or pairs the operator gives, the
 * weekday profile or 24 hourly factors, from an hour of the day for some minutes, with a seed. Stored like an upload
 * (the flow as a CityFlow flow.json), so it can be downloaded, evaluated and compared like any other.
 */
@ApplicationScoped
public class DemandGenerator {

    static final double MAX_PEAK = 50_000;

    /** What to generate; null fields take their defaults (weekday profile, 8:00, 60 minutes, seed 0). */
    public record Request(
            String nameZh,
            String nameEn,
            Long networkOf,
            Double peakVehiclesPerHour,
            List<OdDemand.Trip> matrix,
            List<Double> profile,
            Double startHour,
            Integer minutes,
            Long seed) {}

    private final Scenarios scenarios;

    DemandGenerator(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    /**
     * Generates and stores the scenario.
     *
     * @throws ProblemException 400 naming every invalid field; 404 when the network's scenario does not exist
     */
    public ScenarioInfo generate(Request r, String userId) {
        List<Problem.FieldError> errors = problems(r);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        boolean explicit = r.matrix() != null && !r.matrix().isEmpty();
        OdDemand.DayProfile profile =
                r.profile() == null ? OdDemand.DayProfile.WEEKDAY : new OdDemand.DayProfile(r.profile());
        double startHour = r.startHour() == null ? 8 : r.startHour();
        int minutes = r.minutes() == null ? 60 : r.minutes();
        Scenarios.Files files = scenarios
                .files(r.networkOf())
                .orElseThrow(() -> ProblemException.notFound("No scenario " + r.networkOf() + "."));
        Network network;
        try {
            network = CityFlowReader.readRoadnet(files.roadnet());
        } catch (ScenarioException e) {
            throw invalid(List.of(new Problem.FieldError("networkOf", e.getMessage())));
        }
        List<OdDemand.Trip> matrix;
        if (explicit) {
            matrix = r.matrix();
            for (int i = 0; i < matrix.size(); i++) {
                OdDemand.Trip t = matrix.get(i);
                if (t == null || t.fromRoad() == null || network.roadIndex(t.fromRoad()) < 0) {
                    errors.add(new Problem.FieldError("matrix[" + i + "].fromRoad", "no such road in the network"));
                }
                if (t == null || t.toRoad() == null || network.roadIndex(t.toRoad()) < 0) {
                    errors.add(new Problem.FieldError("matrix[" + i + "].toRoad", "no such road in the network"));
                }
            }
        } else {
            matrix = OdDemand.boundaryMatrix(network, r.peakVehiclesPerHour());
            if (matrix.isEmpty()) {
                errors.add(new Problem.FieldError("networkOf", "the network has no boundary roads to generate from"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        OdDemand demand = new OdDemand(network, matrix, profile, OdDemand.CITY_CAR, r.seed() == null ? 0 : r.seed());
        if (demand.trips().isEmpty()) {
            throw invalid(List.of(new Problem.FieldError("matrix", "no pair of the matrix has a route")));
        }
        String flow = CityFlowWriter.flow(demand.demand(minutes * 60.0, startHour * 3600));
        return scenarios.upload(r.nameZh(), r.nameEn(), files.roadnet(), flow, userId);
    }

    /** What is wrong with the request's fields, before any network is read: empty when nothing. */
    public List<Problem.FieldError> problems(Request r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.networkOf() == null) {
            errors.add(new Problem.FieldError("networkOf", "the scenario whose road network to use is required"));
        }
        if ((r.nameZh() == null || r.nameZh().isBlank())
                && (r.nameEn() == null || r.nameEn().isBlank())) {
            errors.add(new Problem.FieldError("nameZh", "a name (in Chinese or English) is required"));
        }
        boolean explicit = r.matrix() != null && !r.matrix().isEmpty();
        if (!explicit
                && (r.peakVehiclesPerHour() == null
                        || !(r.peakVehiclesPerHour() > 0)
                        || r.peakVehiclesPerHour() > MAX_PEAK)) {
            errors.add(new Problem.FieldError(
                    "peakVehiclesPerHour", "vehicles per hour at the peak, more than 0 and at most 50000"));
        }
        if (r.profile() != null) {
            try {
                new OdDemand.DayProfile(r.profile());
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new Problem.FieldError("profile", "24 hourly factors between 0 and 1"));
            }
        }
        if (r.startHour() != null && !(r.startHour() >= 0 && r.startHour() < 24)) {
            errors.add(new Problem.FieldError("startHour", "an hour of the day, 0 to under 24"));
        }
        if (r.minutes() != null && (r.minutes() < 1 || r.minutes() > 240)) {
            errors.add(new Problem.FieldError("minutes", "1 to 240"));
        }
        return errors;
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(
                Response.Status.BAD_REQUEST,
                "https://city.example/problems/invalid-scenario",
                "The demand cannot be generated; nothing was stored.",
                errors);
    }
}
