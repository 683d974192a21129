package city.parking.web;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** "Park here now": the plate, and the idempotency key made when the form was shown (one stay per form). */
public class ParkForm {

    @RestForm
    public String plate = "";

    @RestForm
    public String key = newKey();

    ParkForm withNewKey() {
        key = newKey();
        return this;
    }

    ParkForm withKeyIfMissing() {
        if (key == null || key.isBlank()) {
            key = newKey();
        }
        return this;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
