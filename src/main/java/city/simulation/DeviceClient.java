package city.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the twin's virtual devices talk to the platform: over HTTP to its public API, with the devices' client
 * credentials from Keycloak (a token kept until shortly before it expires), exactly as real devices would (ADR 9).
 * A saturated endpoint's 503 is waited out as its {@code Retry-After} says and the same body sent again; an expired
 * token is renewed once.
 */
@ApplicationScoped
public class DeviceClient {

    /** An answer the platform gave that was not the one hoped for. */
    public static final class Refused extends IOException {

        private final int status;

        Refused(String what, int status, String body) {
            super(what + " answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final String target;
    private final String tokenUrl;
    private final String clientId;
    private final String secret;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    DeviceClient(
            ObjectMapper json,
            Clock clock,
            SimulationConfig config,
            @ConfigProperty(name = "city.keycloak.url") String keycloak) {
        this.json = json;
        this.clock = clock;
        this.target = config.targetUrl().replaceAll("/$", "");
        this.tokenUrl = keycloak + "/realms/city/protocol/openid-connect/token";
        this.clientId = config.deviceClientId();
        this.secret = config.deviceSecret();
    }

    /** Posts {@code body} as JSON to {@code path} of the platform and returns the answer's body (2xx only). */
    public JsonNode post(String path, Object body) throws IOException, InterruptedException {
        byte[] bytes = json.writeValueAsBytes(body);
        return send(path, HttpRequest.BodyPublishers.ofByteArray(bytes), "POST");
    }

    /** Reads {@code path} of the platform (2xx only). */
    public JsonNode get(String path) throws IOException, InterruptedException {
        return send(path, HttpRequest.BodyPublishers.noBody(), "GET");
    }

    /** Whether Keycloak gives the devices a token now (it may still be starting when the app is). */
    public boolean ready() throws InterruptedException {
        try {
            token();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private JsonNode send(String path, HttpRequest.BodyPublisher body, String method)
            throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(target + path))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + token())
                            .method(method, body)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = r.statusCode();
            if (status >= 200 && status < 300) {
                return r.body().isBlank() ? json.nullNode() : json.readTree(r.body());
            }
            if (status == 503 && attempt < 30) {
                // the platform is saturated: wait as told and send the same body again
                Thread.sleep(1000L
                        * Integer.parseInt(r.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            if (status == 401 && attempt < 1) {
                synchronized (this) {
                    tokenExpires = Instant.EPOCH;
                }
                continue;
            }
            throw new Refused(method + " " + path, status, r.body());
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("Keycloak answered " + r.statusCode() + " to the devices' client credentials");
        }
        JsonNode t = json.readTree(r.body());
        token = t.path("access_token").asText();
        tokenExpires =
                clock.instant().plusSeconds(Math.max(10, t.path("expires_in").asLong(60) - 30));
        return token;
    }
}
