package city.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import city.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm file that deployments import, and what the local Keycloak adds to it. */
class LocalKeycloakTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDeployedRealmShouldHaveEveryRoleAndNoDemoUsers() throws Exception {
        JsonNode realm = json.readTree(Files.readString(Path.of("docker/keycloak/city-realm.json")));
        assertThat(names(realm.get("roles").get("realm"), "name")).containsAll(Roles.ALL);
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId"))
                    .as("only service accounts, never demo users, may reach a deployment: " + user.get("username"))
                    .isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(names(realm.get("roles").get("realm"), "name")).contains(Roles.DEVICE);
        assertThat(names(realm.get("clients"), "clientId"))
                .contains("city-portal", "city-mobile", "city-devices")
                .doesNotContain("city-test");
        assertThat(realm.get("registrationAllowed").asBoolean()).isTrue();
        JsonNode portal = client(realm, "city-portal");
        assertThat(portal.get("secret").asText()).isEqualTo("${CITY_PORTAL_SECRET}");
        assertThat(portal.get("publicClient").asBoolean()).isFalse();
        assertThat(client(realm, "city-mobile")
                        .get("attributes")
                        .get("pkce.code.challenge.method")
                        .asText())
                .isEqualTo("S256");
        assertThat(client(realm, "city-devices").get("serviceAccountsEnabled").asBoolean())
                .isTrue();
    }

    static final String SECOND_CITIZEN = "citizen2";

    /** A second clerk of the same department, so that tests show two clerks racing for one case. */
    static final String SECOND_CLERK = "service-clerk2";

    @Test
    void theLocalRealmShouldAddOneDemoUserPerRoleAndTheTestClient() throws Exception {
        JsonNode realm = json.readTree(LocalKeycloak.realmForLocalUse());
        List<String> users = names(realm.get("users"), "username").stream()
                .filter(name -> !name.startsWith("service-account-"))
                .toList();
        // one per role, and a second citizen, so that tests and the demo show that citizens never see each other
        List<String> expected = new java.util.ArrayList<>(Roles.ALL);
        expected.add(SECOND_CITIZEN);
        expected.add(SECOND_CLERK);
        assertThat(users).containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode user : realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            String username = user.get("username").asText();
            String role = username.equals(SECOND_CITIZEN)
                    ? Roles.CITIZEN
                    : username.equals(SECOND_CLERK) ? Roles.SERVICE_CLERK : username;
            List<String> roles = names(user.get("realmRoles"), null);
            assertThat(roles).contains("default-roles-city");
            if (!role.equals(Roles.CITIZEN)) {
                assertThat(roles).contains(role);
            }
            assertThat(user.get("credentials").get(0).get("value").asText()).isEqualTo(username + "-demo");
        }
        assertThat(client(realm, "city-test").get("directAccessGrantsEnabled").asBoolean())
                .isTrue();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.get("clients")) {
            if (c.get("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(field == null ? n.asText() : n.get(field).asText()));
        return names;
    }
}
