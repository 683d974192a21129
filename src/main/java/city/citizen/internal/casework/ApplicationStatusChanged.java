package city.citizen.internal.casework;

import java.util.UUID;

/**
 * An application moved from one status to another; fired synchronously inside the transaction that moved it, so an
 * observer's writes (a notification in the outbox) commit or roll back with the change.
 *
 * @param from null when the case was just created
 * @param note the clerk's reason or request, or null
 */
public record ApplicationStatusChanged(
        UUID caseId,
        String reference,
        String applicantSubject,
        String serviceCode,
        String serviceNameZh,
        String serviceNameEn,
        CaseStatus from,
        CaseStatus to,
        String note) {}
