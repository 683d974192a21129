package city.platform.boot;

/**
 * What the launcher ({@link CityMain}) tells the running app about the services it started beside it. The app boots
 * while the launcher's Keycloak is still starting (ADR 3); callers that would otherwise knock at Keycloak's door
 * every second, each time with a warning in the log, ask here first.
 */
public final class Launcher {

    static final String KEYCLOAK_STARTING = "city.boot.keycloak-starting";

    private Launcher() {}

    /** True while a Keycloak this launcher started is not ready yet; false when Keycloak is someone else's. */
    public static boolean keycloakStarting() {
        return Boolean.getBoolean(KEYCLOAK_STARTING) && System.getProperty(CityMain.SERVICES_READY_AT) == null;
    }
}
