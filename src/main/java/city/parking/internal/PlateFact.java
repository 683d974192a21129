package city.parking.internal;

import city.citizen.api.KnownFact;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The plate a citizen registered first for parking, for the forms that ask for a vehicle. */
@ApplicationScoped
class PlateFact implements KnownFact {

    private final Vehicles vehicles;

    PlateFact(Vehicles vehicles) {
        this.vehicles = vehicles;
    }

    @Override
    public String name() {
        return "plate";
    }

    @Override
    public String source() {
        return "parking";
    }

    @Override
    public Optional<String> valueFor(String subject) {
        return vehicles.plates(subject).stream().findFirst();
    }
}
