package city.testing;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test Keycloak: password grant of a demo user on the public test client. */
public final class Tokens {

    private Tokens() {}

    /** A token of a demo user; demo users are named after their role, with password {@code <role>-demo}. */
    public static String of(String user) {
        return of(user, user + "-demo");
    }

    public static String of(String user, String password) {
        String keycloak = ConfigProvider.getConfig().getValue("city.keycloak.url", String.class);
        return given().formParam("grant_type", "password")
                .formParam("client_id", "city-test")
                .formParam("username", user)
                .formParam("password", password)
                .when()
                .post(keycloak + "/realms/city/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A token of the devices client (gantries, sensors): client credentials, realm role {@code device}. */
    public static String device() {
        String keycloak = ConfigProvider.getConfig().getValue("city.keycloak.url", String.class);
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "city-devices")
                .formParam("client_secret", city.platform.boot.LocalKeycloak.DEVICES_SECRET)
                .when()
                .post(keycloak + "/realms/city/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The subject ({@code sub}) of a token: how modules refer to the person. */
    public static String subject(String token) {
        try {
            byte[] payload = java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(payload)
                    .get("sub")
                    .asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
