package city.simulation.web;

import city.platform.web.FieldErrors;
import java.util.Map;

/** The form that generates a scenario's demand from the boundary's origin-destination matrix, as typed. */
public record GenerateForm(
        String network,
        String nameZh,
        String nameEn,
        String peak,
        String startHour,
        String minutes,
        String seed,
        FieldErrors errors) {

    static final GenerateForm EMPTY = new GenerateForm("", "", "", "6000", "8", "60", "0", FieldErrors.NONE);

    GenerateForm refused(Map<String, String> why) {
        return new GenerateForm(network, nameZh, nameEn, peak, startHour, minutes, seed, FieldErrors.of(why));
    }

    public boolean networkIs(long id) {
        return Long.toString(id).equals(network);
    }
}
