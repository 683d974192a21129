package city.payments.internal.card;

import static city.payments.internal.card.CardChecksTest.assertRejected;
import static city.payments.internal.card.CardChecksTest.visa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.card.CardRejected.Reason;
import city.payments.internal.card.GatewayResult.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP gateway against a small provider stand-in on localhost. In the running app, because the gateway calls
 * through the Quarkus REST client.
 */
@QuarkusTest
class HttpCardGatewayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final String SECRET = "sk_test_city";

    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String answer;
    private HttpServer server;
    private HttpCardGateway gateway;

    /** One request as the provider saw it. */
    record Received(String method, String path, Headers headers, JsonNode body) {}

    @BeforeEach
    void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/", this::handle);
        server.start();
        gateway = new HttpCardGateway(baseUrl("/"), SECRET, CLOCK, json);
    }

    @AfterEach
    void stopProvider() {
        server.stop(0);
    }

    @Test
    void shouldTokeniseWithTheSecretKeyAndKeepOnlyTokenBrandAndLastFour() {
        answer(200, "{\"id\":\"tok_live_1\",\"card\":{\"brand\":\"Visa\",\"last4\":\"4242\"}}");

        TokenisedCard card = gateway.tokenise(visa("4242 4242 4242 4242"));

        assertThat(card).isEqualTo(new TokenisedCard("tok_live_1", CardBrand.VISA, "4242", 12, 2030));
        Received request = only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/tokens");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.body().at("/card/number").asText()).isEqualTo("4242424242424242");
        assertThat(request.body().at("/card/exp_month").asInt()).isEqualTo(12);
        assertThat(request.body().at("/card/exp_year").asInt()).isEqualTo(2030);
        assertThat(request.body().at("/card/cvc").asText()).isEqualTo("123");
        assertThat(request.body().at("/card/name").asText()).isEqualTo("LI LEI");
    }

    @Test
    void shouldNotCallTheProviderForACardThatFailsOurChecks() {
        assertRejected(() -> gateway.tokenise(visa("4242 4242 4242 4241")), Reason.INVALID_NUMBER);

        assertThat(received).isEmpty();
    }

    @Test
    void shouldMapTheProvidersCardErrorsToRejections() {
        answer(402, "{\"error\":{\"type\":\"card_error\",\"code\":\"expired_card\",\"message\":\"Expired.\"}}");
        assertRejected(() -> gateway.tokenise(visa("4242 4242 4242 4242")), Reason.EXPIRED);

        answer(402, "{\"error\":{\"type\":\"card_error\",\"code\":\"incorrect_cvc\",\"message\":\"CVC.\"}}");
        assertRejected(() -> gateway.tokenise(visa("4242 4242 4242 4242")), Reason.INVALID_CVV);

        answer(402, "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"No.\"}}");
        assertRejected(() -> gateway.tokenise(visa("4242 4242 4242 4242")), Reason.INVALID_NUMBER);
    }

    @Test
    void shouldReportAnUnavailableProviderWhenTokenising() {
        answer(503, "<html>down</html>");

        assertThatThrownBy(() -> gateway.tokenise(visa("4242 4242 4242 4242")))
                .isInstanceOf(CardGatewayException.class)
                .hasMessageContaining("503")
                .hasMessageNotContaining("4242");
    }

    @Test
    void shouldChargeWithTheIdempotencyKeyAndMapASuccess() {
        answer(200, "{\"id\":\"ch_1\",\"status\":\"succeeded\",\"amount\":1234}");

        GatewayResult result = gateway.charge("tok_live_1", 1234, "transfer-7f3a");

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.reference()).isEqualTo("ch_1");
        Received request = only();
        assertThat(request.path()).isEqualTo("/v1/charges");
        assertThat(request.headers().getFirst("Idempotency-Key")).isEqualTo("transfer-7f3a");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(request.body().get("amount").asLong()).isEqualTo(1234);
        assertThat(request.body().get("currency").asText()).isEqualTo("cny");
        assertThat(request.body().get("source").asText()).isEqualTo("tok_live_1");
    }

    @Test
    void shouldMapADeclineWithTheProvidersMessageAndReference() {
        answer(
                402,
                "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
                        + "\"message\":\"Your card has insufficient funds.\",\"charge\":\"ch_2\"}}");

        GatewayResult result = gateway.charge("tok_live_1", 500, "k1");

        assertThat(result).isEqualTo(new GatewayResult(Outcome.DECLINED, "ch_2", "Your card has insufficient funds."));
    }

    @Test
    void shouldMapAFailedChargeStatusToADecline() {
        answer(200, "{\"id\":\"ch_3\",\"status\":\"failed\",\"failure_message\":\"Do not honour.\"}");

        assertThat(gateway.charge("tok_live_1", 500, "k1"))
                .isEqualTo(new GatewayResult(Outcome.DECLINED, "ch_3", "Do not honour."));
    }

    @Test
    void shouldReportProviderErrorsAsFailedSoThatTheSameKeyCanBeRetried() {
        answer(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong.\"}}");
        assertThat(gateway.charge("tok_live_1", 500, "k1").outcome()).isEqualTo(Outcome.FAILED);

        answer(429, "");
        assertThat(gateway.charge("tok_live_1", 500, "k1").outcome()).isEqualTo(Outcome.FAILED);

        answer(502, "<html>bad gateway</html>");
        GatewayResult badGateway = gateway.charge("tok_live_1", 500, "k1");
        assertThat(badGateway.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(badGateway.message()).contains("502");
    }

    @Test
    void shouldRefuseAKeyTheProviderSaysWasUsedForAnotherCharge() {
        answer(400, "{\"error\":{\"type\":\"idempotency_error\",\"message\":\"Keys for idempotent requests...\"}}");

        assertThatThrownBy(() -> gateway.charge("tok_live_1", 500, "k1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReportAnUnreachableProviderAsFailed() {
        URI nobody = baseUrl("");
        server.stop(0);

        GatewayResult result = new HttpCardGateway(nobody, SECRET, CLOCK, json).charge("tok_live_1", 500, "k1");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.reference()).isNull();
    }

    private void answer(int status, String body) {
        this.status = status;
        this.answer = body;
    }

    private Received only() {
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private URI baseUrl(String suffix) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + suffix);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders(),
                json.readTree(requestBody)));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
