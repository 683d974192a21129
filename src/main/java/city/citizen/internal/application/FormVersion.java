package city.citizen.internal.application;

import java.time.Instant;

/** One version of a service's application form, with the fee the service charges. */
public record FormVersion(
        long id,
        String serviceCode,
        int version,
        FormDefinition definition,
        long feeFen,
        String createdBy,
        Instant createdAt) {}
