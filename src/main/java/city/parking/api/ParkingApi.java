package city.parking.api;

import java.util.List;
import java.util.Optional;

/** What other modules (traffic, the digital twin, the data exchange) may ask the parking module. */
public interface ParkingApi {

    List<LotView> lots();

    Optional<LotView> lot(String lotId);

    /** The spaces of a lot with their sensors and live status; empty for an unknown lot. */
    List<SpaceView> spaces(String lotId);

    /** The plates a citizen (Keycloak subject) registered, oldest first: how traffic finds a driver's violations. */
    List<String> platesOf(String citizenId);

    /** Who registered a plate, if anyone: whom traffic tells of a violation. */
    Optional<String> ownerOf(String plate);
}
