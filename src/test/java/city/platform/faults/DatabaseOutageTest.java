package city.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import city.parking.ParkingFixtures;
import city.parking.internal.LotInfo;
import city.parking.internal.SensorJournal;
import city.payments.LedgerStaysBalanced;
import city.payments.internal.metro.FareSettler;
import city.payments.internal.metro.TransitCards;
import city.platform.boot.LocalPostgres;
import city.testing.LocalServicesResource;
import city.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for 20 s under sensor ingestion and gantry taps: requests that need it fail fast with a 503
 * problem and Retry-After, readiness goes down and comes back by itself, and whatever was acknowledged is stored once.
 */
@QuarkusTest
@Disabled("pg_ctl refuses to run as root on the build machine (LocalPostgres.stopServer); to be made to run as the"
        + " server's own user before it joins the suite")
class DatabaseOutageTest implements LedgerStaysBalanced {

    static final String BASE = "http://localhost:" + LocalServicesResource.APP_TEST_PORT;
    static final Duration OUTAGE = Duration.ofSeconds(20);

    @Inject
    TransitCards cards;

    @Inject
    FareSettler settler;

    @Inject
    SensorJournal journal;

    @Inject
    EntityManager em;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the clients saw while the database was away: status, Retry-After, content type, time taken. */
    record Refusal(int status, String retryAfter, String type, long millis) {}

    final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    final List<Integer> unexpected = new CopyOnWriteArrayList<>();
    final AtomicBoolean running = new AtomicBoolean(true);

    @Test
    void anOutageIsAnsweredWith503AndNothingAcknowledgedIsLostOrDoubled() throws Exception {
        String device = Tokens.device();
        LotInfo lot = ParkingFixtures.lot(4);
        List<String> riders =
                cards.issuePreloaded(8, 5_000).stream().map(c -> c.number()).toList();
        Map<Long, List<Instant>> readings = new ConcurrentHashMap<>();
        Map<UUID, Boolean> taps = new ConcurrentHashMap<>();
        LocalPostgres postgres = LocalServicesResource.services().postgres();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> loaders = new ArrayList<>();
        AtomicInteger readyDown = new AtomicInteger();
        try {
            loaders.add(load.submit(() -> sendReadings(device, lot, readings)));
            loaders.add(load.submit(() -> sendTaps(device, riders.subList(0, 4), taps)));
            loaders.add(load.submit(() -> sendTaps(device, riders.subList(4, 8), taps)));
            Thread.sleep(2_000);
            assertThat(ready()).isEqualTo(200);

            postgres.stopServer();
            long stoppedAt = System.nanoTime();
            try {
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ready() == 503);
                readyDown.incrementAndGet();
                // a read is answered from live state, or refused fast
                long started = System.nanoTime();
                HttpResponse<String> read = get("/api/v1/parking/lots/" + lot.id(), null);
                assertThat(read.statusCode()).isIn(200, 503);
                if (read.statusCode() == 503) {
                    assertThat(read.headers().firstValue("Retry-After")).isPresent();
                    assertThat(read.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/problem+json");
                }
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000));
            } finally {
                postgres.startServer();
            }
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> ready() == 200);
            Thread.sleep(3_000);
        } finally {
            running.set(false);
            for (Future<?> f : loaders) {
                f.get();
            }
            load.shutdown();
            if (ready() != 200) {
                // never leave the shared database stopped for the rest of the suite
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> ready() == 200);
            }
        }

        assertThat(readyDown).hasValue(1);
        assertThat(unexpected).as("answers other than 2xx/503").isEmpty();
        assertThat(refusals).as("taps refused while the database was away").isNotEmpty();
        assertThat(refusals).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.retryAfter()).isNotNull();
            assertThat(r.type()).startsWith("application/problem+json");
            assertThat(r.millis()).isLessThan(5_000);
        });

        // every acknowledged reading is stored once
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> journal.backlog() == 0);
        journal.flush();
        int acknowledged = readings.values().stream().mapToInt(List::size).sum();
        assertThat(acknowledged).isGreaterThan(50);
        for (var e : readings.entrySet()) {
            for (Instant at : e.getValue()) {
                long stored = QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from parking.sensor_event where space_id = ?1"
                                                        + " and sensor_at = ?2")
                                        .setParameter(1, e.getKey())
                                        .setParameter(2, at)
                                        .getSingleResult())
                                .longValue());
                assertThat(stored)
                        .as("reading of space %d at %s", e.getKey(), at)
                        .isEqualTo(1);
            }
        }

        // every acknowledged tap is stored once, and its trip settled once
        assertThat(taps).hasSizeGreaterThan(8);
        for (UUID tap : taps.keySet()) {
            long stored = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery("select count(*) from payments.tap where id = ?1")
                                    .setParameter(1, tap)
                                    .getSingleResult())
                            .longValue());
            assertThat(stored).as("tap %s", tap).isEqualTo(1);
        }
        settler.settleAll();
        for (String card : riders) {
            List<?> open = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery(
                                    "select id from payments.trip where medium = ?1" + " and status = 'OPEN'")
                            .setParameter(1, "card:" + card)
                            .getResultList());
            assertThat(open).as("open trips of %s", card).hasSizeLessThanOrEqualTo(1);
        }
    }

    private void sendReadings(String device, LotInfo lot, Map<Long, List<Instant>> acknowledged) {
        boolean occupied = false;
        Instant at = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.MILLIS);
        while (running.get()) {
            occupied = !occupied;
            at = at.plusMillis(50);
            List<String> items = new ArrayList<>();
            for (LotInfo.SpaceInfo s : lot.spaces()) {
                items.add("{\"sensorId\":\"" + s.sensorId() + "\",\"type\":\"status\",\"occupied\":" + occupied
                        + ",\"observedAt\":\"" + at + "\"}");
            }
            HttpResponse<String> r = post("/api/v1/ingest/parking", device, "[" + String.join(",", items) + "]");
            if (r.statusCode() == 202) {
                for (LotInfo.SpaceInfo s : lot.spaces()) {
                    acknowledged
                            .computeIfAbsent(s.id(), id -> Collections.synchronizedList(new ArrayList<>()))
                            .add(at);
                }
            } else {
                record(r, 0);
            }
            pause(100);
        }
    }

    /** Each rider rides in and out, each tap resent with its tapId until it is answered. */
    private void sendTaps(String device, List<String> riders, Map<UUID, Boolean> acknowledged) {
        while (running.get()) {
            for (String card : riders) {
                for (String direction : List.of("IN", "OUT")) {
                    UUID id = UUID.randomUUID();
                    String station = direction.equals("IN") ? "XZM" : "GMA";
                    String body = "{\"tapId\":\"" + id + "\",\"gantryId\":\"G-" + station + "-01\",\"station\":\""
                            + station + "\",\"direction\":\"" + direction + "\",\"card\":\"" + card
                            + "\",\"tappedAt\":\"" + Instant.now() + "\"}";
                    for (int late = 0; ; ) {
                        if (!running.get() && ++late > 40) {
                            unexpected.add(-1);
                            break;
                        }
                        long started = System.nanoTime();
                        HttpResponse<String> r = post("/api/v1/payments/metro/taps", device, body);
                        if (r.statusCode() == 200) {
                            acknowledged.put(id, true);
                            break;
                        }
                        record(r, started);
                        pause(500);
                    }
                }
            }
            pause(200);
        }
    }

    private void record(HttpResponse<String> r, long started) {
        if (r.statusCode() == 503) {
            refusals.add(new Refusal(
                    r.statusCode(),
                    r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""),
                    started == 0 ? 0 : (System.nanoTime() - started) / 1_000_000));
        } else {
            unexpected.add(r.statusCode());
        }
    }

    private int ready() {
        return get("/q/health/ready", null).statusCode();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET(), token);
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
