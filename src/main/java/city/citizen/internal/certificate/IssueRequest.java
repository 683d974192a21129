package city.citizen.internal.certificate;

import java.util.List;
import java.util.UUID;

/** What casework hands over when an application that issues a certificate is approved. */
public record IssueRequest(
        UUID caseId,
        String serviceCode,
        String holderSubject,
        String holderName,
        String departmentCode,
        List<Statement> statements,
        String issuedBy) {}
