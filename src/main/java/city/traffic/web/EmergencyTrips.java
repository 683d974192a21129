package city.traffic.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The ambulance trips under way, for the control room's panel. The emergency service publishes them at
 * {@value #PATH} for bearer tokens only, and a page's script holds no token: the page asks on the operator's behalf,
 * with the access token of their session, and answers what the API answered (404 while the service is not there).
 */
@RequestScoped
class EmergencyTrips {

    static final String PATH = "/api/v1/traffic/emergency/trips?active=true";
    private static final Logger LOG = Logger.getLogger(EmergencyTrips.class);

    private final SecurityIdentity identity;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    EmergencyTrips(SecurityIdentity identity) {
        this.identity = identity;
    }

    Response.ResponseBuilder active(HttpServerRequest request) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            return unavailable("no access token in this session");
        }
        // the app itself, on the port this request came in on
        URI uri = URI.create("http://127.0.0.1:" + request.localAddress().port() + PATH);
        HttpRequest call = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + token.getToken())
                .header("Accept", MediaType.APPLICATION_JSON)
                .GET()
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(call, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE);
            }
            if (answer.statusCode() == 404) {
                return Response.status(404)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("trips", false));
            }
            return unavailable("the trips API answered " + answer.statusCode());
        } catch (IOException e) {
            return unavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted");
        }
    }

    private static Response.ResponseBuilder unavailable(String why) {
        LOG.debugf("ambulance trips unavailable: %s", why);
        return Response.status(502).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("unavailable", true));
    }
}
