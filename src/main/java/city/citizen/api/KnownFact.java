package city.citizen.api;

import java.util.Optional;

/**
 * A fact about a citizen that another module keeps (the plates they registered for parking, say), offered to the
 * portal so that an application form fills it in and says where it came from, and nobody is asked twice. A form field
 * names it by {@link #name()} as its {@code prefill}. Implemented by the module that keeps the fact, as a CDI bean.
 */
public interface KnownFact {

    /** The name forms use as a field's {@code prefill}, such as {@code plate}. */
    String name();

    /** Where the fact comes from, as the form's source label names it, such as {@code parking}. */
    String source();

    /** The citizen's value, if the module knows one. */
    Optional<String> valueFor(String subject);
}
