package city.platform.boot;

import city.platform.config.PublicUrl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.logging.Logger;

/** Prints where everything is, and the demo logins, once the app started by {@link CityMain} is ready. */
@ApplicationScoped
class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class);

    private final boolean enabled;
    private final String base;
    private final String keycloakUrl;

    ReadyBanner(Banner banner, PublicUrl publicUrl, KeycloakSettings keycloak) {
        this.enabled = banner.enabled();
        this.base = publicUrl.value();
        this.keycloakUrl = keycloak.url();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (System.getProperty(CityMain.SERVICES_READY_AT) != null) {
            print();
            return;
        }
        // Keycloak is still starting (the app boots beside it): the logins work only once it is up, so wait for it
        Thread waiter = new Thread(
                () -> {
                    long deadline = System.nanoTime() + 600_000_000_000L;
                    while (System.getProperty(CityMain.SERVICES_READY_AT) == null && System.nanoTime() < deadline) {
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    print();
                },
                "city-ready-banner");
        waiter.setDaemon(true);
        waiter.start();
    }

    private void print() {
        String readyAt = System.getProperty(CityMain.SERVICES_READY_AT);
        long sinceServices = readyAt == null ? -1 : (System.nanoTime() - Long.parseLong(readyAt)) / 1_000_000;
        StringBuilder banner = new StringBuilder()
                .append("\n\n  City platform is ready")
                .append(sinceServices >= 0 ? " (" + sinceServices + " ms after PostgreSQL and Keycloak)" : "")
                .append("\n    Citizen portal    ")
                .append(base)
                .append('/')
                .append("\n    Staff pages       ")
                .append(base)
                .append("/admin")
                .append("\n    JSON API          ")
                .append(base)
                .append("/api/v1  (OpenAPI ")
                .append(base)
                .append("/q/openapi, Swagger UI ")
                .append(base)
                .append("/q/swagger-ui)")
                .append("\n    Health, metrics   ")
                .append(base)
                .append("/q/health  ")
                .append(base)
                .append("/q/metrics")
                .append("\n    Keycloak          ")
                .append(keycloakUrl)
                .append("/admin  (admin / admin)")
                .append(mail())
                .append("\n  Demo logins (user / password):");
        demoUsers(banner);
        banner.append("\n  Stop with Ctrl-C.\n");
        LOG.info(banner);
    }

    /** Where the demo mail is read, when the run command started its own mail server (GreenMail). */
    private static String mail() {
        String imap = System.getProperty(CityMain.LOCAL_IMAP_PORT);
        if (imap == null) {
            return "";
        }
        return "\n    Demo mail         imap://127.0.0.1:" + imap
                + "  (user: the address, such as citizen@demo.city.local; any password)";
    }

    private static void demoUsers(StringBuilder banner) {
        try (InputStream in = ReadyBanner.class.getClassLoader().getResourceAsStream("keycloak/dev-overlay.json")) {
            if (in == null) {
                return;
            }
            for (JsonNode user : new ObjectMapper().readTree(in).get("users")) {
                banner.append("\n    ")
                        .append(String.format(
                                "%-18s %s",
                                user.get("username").asText(),
                                user.get("credentials").get(0).get("value").asText()));
            }
        } catch (IOException e) {
            banner.append("\n    (could not read the demo users: ")
                    .append(e.getMessage())
                    .append(')');
        }
    }
}
