package city.citizen.api;

import java.util.Optional;

/** How other modules learn what the city knows of a citizen (a Keycloak subject), without reading citizen tables. */
public interface CitizenProfiles {

    /** The profile of a citizen who has signed in at least once, or who is in the registry. */
    Optional<ProfileView> find(String subject);
}
