package city.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a demo user in to the pages the way a browser does, through the real Keycloak's login form (authorization
 * code flow), and returns the app's cookies: the {@code q_session_*} session a browser then sends everywhere.
 */
public final class CodeFlow {

    private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private CodeFlow() {}

    public static Map<String, String> signIn(String page, String user, String password) {
        Map<String, String> app = new HashMap<>();
        Response start = given().redirects().follow(false).get(page);
        assertThat(start.statusCode())
                .as("a protected page redirects to the login")
                .isEqualTo(302);
        app.putAll(start.cookies());
        // the addresses come encoded already: sent as they are
        Response login =
                given().urlEncodingEnabled(false).redirects().follow(false).get(start.header("Location"));
        assertThat(login.statusCode()).isEqualTo(200);
        Map<String, String> keycloak = new HashMap<>(login.cookies());
        Matcher action = FORM_ACTION.matcher(login.asString());
        assertThat(action.find()).as("Keycloak shows its login form").isTrue();
        Response sent = given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .cookies(keycloak)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", user)
                .formParam("password", password)
                .formParam("credentialId", "")
                .post(action.group(1).replace("&amp;", "&"));
        assertThat(sent.statusCode()).as("Keycloak accepts the demo password").isEqualTo(302);
        Response back = given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .cookies(app)
                .get(sent.header("Location"));
        assertThat(back.statusCode()).isIn(200, 302, 303);
        app.putAll(back.cookies());
        assertThat(app.keySet()).anyMatch(name -> name.startsWith("q_session"));
        app.keySet().removeIf(name -> name.startsWith("q_auth"));
        return app;
    }
}
