package city.traffic;

import static io.restassured.RestAssured.given;

import city.testing.Tokens;
import city.traffic.internal.IncidentDesk;
import city.traffic.internal.LiveTraffic;
import city.traffic.internal.NetworkInstalled;
import city.traffic.internal.SignalControl;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.Intersection;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;

/**
 * What the traffic screens' tests set up: signals that start afresh (so that a test's seconds never run behind
 * another test's), seconds of the control loop, and detector readings through the real ingestion endpoint.
 */
public final class TrafficFixtures {

    public static final String INGEST = "/api/v1/ingest/traffic";
    public static final String CAMERA = "/api/v1/ingest/traffic/camera-events";

    private static long second;
    private static String device;

    private TrafficFixtures() {}

    static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /**
     * Gives every signal of the active network a new state machine on its plan, as installing the network does, and
     * restarts the tests' clock at the wall clock's second: signals refuse a second earlier than one they decided.
     */
    public static synchronized void freshSignals() {
        CDI.current()
                .getBeanManager()
                .getEvent()
                .select(NetworkInstalled.class)
                .fire(new NetworkInstalled(bean(TrafficNetworks.class).current()));
        second = Instant.now().getEpochSecond();
    }

    /** Runs the control loop for this many seconds; returns the last second decided. */
    public static synchronized long tick(int seconds) {
        SignalControl control = bean(SignalControl.class);
        for (int i = 0; i < seconds; i++) {
            control.tick(++second);
        }
        return second;
    }

    public static Intersection signalised(int index) {
        return bean(TrafficNetworks.class).current().signalisedIntersections().get(index);
    }

    /** Empties every lane's live state, as installing a network does: figures over the city start from nothing. */
    public static void emptyLanes() {
        bean(LiveTraffic.class).install(bean(TrafficNetworks.class).current());
    }

    /** A reading of one lane over the minute before {@code to}, in the endpoint's (FIWARE) fields. */
    public static Map<String, Object> reading(
            String road, int lane, Instant to, int vehicles, double occupancy, Double speedKmh, Double queue) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("refRoadSegment", road);
        r.put("laneId", lane);
        r.put("dateObservedFrom", to.minusSeconds(60).toString());
        r.put("dateObservedTo", to.toString());
        r.put("intensity", vehicles);
        r.put("occupancy", occupancy);
        if (speedKmh != null) {
            r.put("averageVehicleSpeed", speedKmh);
        }
        if (queue != null) {
            r.put("queueLength", queue);
        }
        return r;
    }

    public static String device() {
        if (device == null) {
            device = Tokens.device();
        }
        return device;
    }

    /** Posts readings as a detector does, and waits until live state has the last of them. */
    public static void post(List<Map<String, Object>> readings) {
        given().auth()
                .oauth2(device())
                .contentType(ContentType.JSON)
                .body(readings)
                .when()
                .post(INGEST)
                .then()
                .statusCode(202);
        Map<String, Object> last = readings.get(readings.size() - 1);
        Instant to = Instant.parse((String) last.get("dateObservedTo"));
        LiveTraffic live = bean(LiveTraffic.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> live.lane((String) last.get("refRoadSegment"), (Integer) last.get("laneId"))
                        .map(l -> to.equals(l.observedTo()))
                        .orElse(false));
    }

    /** Every police unit free again, every incident cleared: dispatch tests start from the same city. */
    public static void allUnitsAvailable() {
        IncidentDesk desk = bean(IncidentDesk.class);
        for (var i : desk.open()) {
            try {
                desk.clear(i.id(), "test");
            } catch (RuntimeException e) {
                // changed in the database behind the desk's back by another test: the update below settles it
            }
        }
        sql("update traffic.police_unit set status = 'AVAILABLE', incident_id = null");
        sql("update traffic.incident set status = 'CLEARED' where status <> 'CLEARED'");
    }

    public static void sql(String statement) {
        try (Connection c = bean(DataSource.class).getConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A camera reports an accident on a road, through the real endpoint. */
    public static void accident(String road, String evidence) {
        given().auth()
                .oauth2(device())
                .contentType(ContentType.JSON)
                .body(List.of(Map.of(
                        "type",
                        "ACCIDENT",
                        "refRoadSegment",
                        road,
                        "laneId",
                        0,
                        "evidence",
                        evidence,
                        "observedAt",
                        Instant.now().toString())))
                .when()
                .post(CAMERA)
                .then()
                .statusCode(202);
    }
}
