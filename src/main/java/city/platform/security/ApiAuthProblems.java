package city.platform.security;

import city.platform.rest.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A 401 on the API says why in a problem body, beside the {@code WWW-Authenticate} challenge that Quarkus sends
 * (none at all for a missing token, {@code invalid_token} for a forged or expired one). Pages keep Quarkus' own
 * challenge: the redirect to the login.
 */
@ApplicationScoped
public class ApiAuthProblems {

    static final String MISSING =
            "This call needs a bearer token (Authorization: Bearer ...) from the city's Keycloak.";
    static final String INVALID =
            "The bearer token was refused: it is expired, forged, or not issued by the city's Keycloak.";

    /** A request with no token for an endpoint that needs one: the challenge, with a problem on the API. */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext rc) {
        HttpAuthenticator authenticator = rc.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null
                ? Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"))
                : authenticator.getChallenge(rc);
        return challenge.map(data -> {
            Response.ResponseBuilder answer = Response.status(data.status);
            for (Map.Entry<CharSequence, String> h : data.getHeaders().entrySet()) {
                answer.header(h.getKey().toString(), h.getValue());
            }
            if (isApi(rc) && data.status == 401) {
                answer.type(Problem.MEDIA)
                        .entity(Problem.of(Response.Status.UNAUTHORIZED, MISSING, rc.normalizedPath()));
            }
            return answer.build();
        });
    }

    /** A token that fails verification is refused before any resource runs, as a routing failure. */
    void install(@Observes Router router) {
        router.route("/api/*").failureHandler(this::refusedToken);
    }

    void refusedToken(RoutingContext rc) {
        if (rc.failure() instanceof AuthenticationFailedException
                && !rc.response().ended()) {
            rc.response()
                    .setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(Problem.of(Response.Status.UNAUTHORIZED, INVALID, rc.normalizedPath())));
            return;
        }
        rc.next();
    }

    private static boolean isApi(RoutingContext rc) {
        return rc.normalizedPath().startsWith("/api/");
    }
}
