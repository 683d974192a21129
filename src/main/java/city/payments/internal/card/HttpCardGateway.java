package city.payments.internal.card;

import city.payments.internal.card.CardRejected.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real payment provider's card gateway over its HTTP API, in the style of Stripe. Every request carries {@code
 * Authorization: Bearer <secret key>} and JSON bodies; amounts are in fen of CNY.
 *
 * <p>{@code POST {baseUrl}/v1/tokens} with {@code {"card":{"number":"4242424242424242","exp_month":12,
 * "exp_year":2030,"cvc":"123","name":"LI LEI"}}} answers 200 {@code {"id":"tok_..."}} (other members are
 * ignored: brand and last four are taken from the number here), or 402 {@code {"error":{"type":"card_error",
 * "code":"incorrect_number","message":"..."}}} where a code of {@code expired_card} or {@code invalid_expiry_*}
 * means expired, {@code incorrect_cvc} or {@code invalid_cvc} a wrong CVV, and any other a refused number.
 *
 * <p>{@code POST {baseUrl}/v1/charges} with header {@code Idempotency-Key} and {@code {"amount":1234,
 * "currency":"cny","source":"tok_..."}} answers 200 {@code {"id":"ch_...","status":"succeeded"}} (status {@code
 * failed}, with {@code failure_message}, is a decline), or 402 {@code {"error":{"type":"card_error",
 * "code":"card_declined","message":"...","charge":"ch_..."}}} for a decline. An {@code error.type} of {@code
 * idempotency_error} means the key was used for another charge. Anything else (other statuses, 409 for a
 * concurrent request with the same key, 429, 5xx, a timeout, an unreadable answer) is {@link
 * GatewayResult.Outcome#FAILED}: we cannot know whether the money moved, and a retry with the same key tells.
 *
 * <p>The requests go through the Quarkus REST client ({@link CardProviderApi}). It does not retry: a failed charge
 * comes back to the citizen as 502, and sending the same form again retries it with the same key, so the card is
 * charged at most once and the person sees what happened instead of a page that hangs through retries.
 */
public final class HttpCardGateway implements CardGateway {

    private static final Logger LOG = Logger.getLogger(HttpCardGateway.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String CURRENCY = "cny";

    private final String authorization;
    private final Clock clock;
    private final CardProviderApi provider;
    private final ObjectMapper json;

    public HttpCardGateway(URI baseUrl, String secretKey, Clock clock, ObjectMapper json) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.authorization = "Bearer " + Objects.requireNonNull(secretKey, "secretKey");
        this.clock = clock;
        this.json = json;
        this.provider = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base))
                .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(CardProviderApi.class);
    }

    @Override
    public TokenisedCard tokenise(CardDetails details) {
        CardChecks.CheckedCard card = CardChecks.check(details, clock);
        ObjectNode body = json.createObjectNode();
        ObjectNode cardNode = body.putObject("card");
        cardNode.put("number", card.digits());
        cardNode.put("exp_month", card.expMonth());
        cardNode.put("exp_year", card.expYear());
        cardNode.put("cvc", card.cvv());
        if (details.holderName() != null && !details.holderName().isBlank()) {
            cardNode.put("name", details.holderName().strip());
        }
        Answer answer;
        try {
            answer = answer(provider.tokens(authorization, body));
        } catch (ProcessingException e) {
            throw new CardGatewayException("The card gateway could not be reached.", e);
        }
        if (answer.status() / 100 == 2 && answer.body().hasNonNull("id")) {
            return new TokenisedCard(
                    answer.body().get("id").asText(), card.brand(), card.last4(), card.expMonth(), card.expYear());
        }
        JsonNode error = answer.body().path("error");
        if (answer.status() == 402 || "card_error".equals(error.path("type").asText())) {
            throw new CardRejected(reasonOf(error.path("code").asText()), messageOr(error, "The card was refused."));
        }
        LOG.warnf("The card gateway answered HTTP %d to a tokenisation", answer.status());
        throw new CardGatewayException("The card gateway answered HTTP " + answer.status() + ".");
    }

    @Override
    public GatewayResult charge(String token, long amountFen, String idempotencyKey) {
        CardChecks.checkCharge(token, amountFen, idempotencyKey);
        ObjectNode body = json.createObjectNode();
        body.put("amount", amountFen);
        body.put("currency", CURRENCY);
        body.put("source", token);
        Answer answer;
        try {
            answer = answer(provider.charges(authorization, idempotencyKey, body));
        } catch (ProcessingException e) {
            LOG.warnf("Charge %s: the card gateway could not be reached (%s)", idempotencyKey, e.toString());
            return GatewayResult.failed(null, "The card gateway could not be reached.");
        }
        JsonNode ok = answer.body();
        JsonNode error = ok.path("error");
        if (answer.status() / 100 == 2 && ok.hasNonNull("id")) {
            String reference = ok.get("id").asText();
            return switch (ok.path("status").asText()) {
                case "succeeded" -> GatewayResult.succeeded(reference);
                case "failed" -> GatewayResult.declined(reference, messageOf(ok, "failure_message", "Declined."));
                // card charges settle at once; a pending one is re-read by retrying with the same key
                default ->
                    GatewayResult.failed(
                            reference, "The charge is " + ok.path("status").asText() + ".");
            };
        }
        if ("idempotency_error".equals(error.path("type").asText())) {
            throw new IllegalArgumentException(
                    "Idempotency key " + idempotencyKey + " was used before for a different charge");
        }
        if (answer.status() == 402 || "card_error".equals(error.path("type").asText())) {
            return GatewayResult.declined(textOrNull(error, "charge"), messageOr(error, "Declined."));
        }
        LOG.warnf("Charge %s: the card gateway answered HTTP %d", idempotencyKey, answer.status());
        return GatewayResult.failed(
                textOrNull(error, "charge"),
                messageOr(error, "The card gateway answered HTTP " + answer.status() + "."));
    }

    /** A status and a JSON body; the body is empty when the answer was not JSON. */
    private record Answer(int status, JsonNode body) {}

    private Answer answer(Response response) {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            return new Answer(response.getStatus(), parse(body));
        }
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private static Reason reasonOf(String code) {
        if (code.equals("expired_card") || code.startsWith("invalid_expiry")) {
            return Reason.EXPIRED;
        }
        if (code.equals("incorrect_cvc") || code.equals("invalid_cvc")) {
            return Reason.INVALID_CVV;
        }
        return Reason.INVALID_NUMBER;
    }

    private static String messageOr(JsonNode error, String fallback) {
        return messageOf(error, "message", fallback);
    }

    private static String messageOf(JsonNode node, String field, String fallback) {
        String text = textOrNull(node, field);
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
