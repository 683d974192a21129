package city.citizen.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import city.citizen.internal.CatalogueQuery;
import city.citizen.internal.CatalogueService;
import city.platform.rest.PageQuery;
import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Staff editing at the same moment never lose an edit and never create a service twice. */
@QuarkusTest
class CatalogueConcurrencyTest {

    private static final int CLIENTS = 8;

    @Inject
    CatalogueService catalogue;

    @Test
    void shouldCreateAServiceOnceWhenTheSameCodeIsSentConcurrently() throws Exception {
        String token = Tokens.of("service-clerk");
        List<Integer> statuses = concurrently(() -> given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(ServiceCatalogueResourceTest.service("TST-RACE"))
                .post("/api/v1/citizen/services")
                .statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(catalogue
                        .find(new CatalogueQuery("TST-RACE", null, null, true), PageQuery.of(1, 10))
                        .totalItems())
                .isEqualTo(1);
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentEditsOfTheSameVersion() throws Exception {
        String token = Tokens.of("service-clerk");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(ServiceCatalogueResourceTest.service("TST-EDIT"))
                .post("/api/v1/citizen/services")
                .then()
                .statusCode(201);
        List<Integer> statuses = new ArrayList<>();
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Map<String, Object> edit = new HashMap<>(ServiceCatalogueResourceTest.service("TST-EDIT"));
            edit.put("nameEn", "Edit number " + i);
            edit.put("version", 0);
            edits.add(() -> given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(edit)
                    .put("/api/v1/citizen/services/TST-EDIT")
                    .statusCode());
        }
        statuses.addAll(runAll(edits));
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(catalogue.findByCode("TST-EDIT", true).orElseThrow().version())
                .isEqualTo(1);
    }

    private static List<Integer> concurrently(Callable<Integer> call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            calls.add(call);
        }
        return runAll(calls);
    }

    private static List<Integer> runAll(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
