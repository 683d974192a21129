package city.citizen.api;

import java.util.List;

/**
 * A section of a citizen's "my city" overview, contributed by the module that owns the facts (a CDI bean
 * implementing this interface): parking the bookings, traffic the fines, health later the appointments. The portal
 * asks every section at once and shows a section that fails or takes longer than its budget as unavailable, while
 * the rest of the page renders.
 *
 * <p>{@link #items} runs on a worker thread without the caller's request: it gets the citizen's subject and must not
 * use request-scoped beans.
 */
public interface MyCitySection {

    /**
     * What the page shows above the section's lines.
     *
     * @param key a stable key, such as {@code parking}: the section's id in the API and the page
     * @param order where the section stands on the page, smaller first
     * @param href the module's own page for more
     */
    record Heading(String key, int order, String titleZh, String titleEn, String href) {}

    Heading heading();

    /** What the section shows of this citizen, most important first (a few lines; the module's page has the rest). */
    List<MyCityItem> items(String subject);
}
