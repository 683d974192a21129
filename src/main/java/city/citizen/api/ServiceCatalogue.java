package city.citizen.api;

import java.util.Optional;

/** The government service catalogue as other modules see it. */
public interface ServiceCatalogue {

    /** A service that is offered now, by its code; empty when unknown or retired. */
    Optional<ServiceDetail> findService(String code);
}
