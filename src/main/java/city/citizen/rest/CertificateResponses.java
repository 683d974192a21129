package city.citizen.rest;

import jakarta.ws.rs.core.Response;

/** A certificate PDF as a download. */
final class CertificateResponses {

    private CertificateResponses() {}

    static Response pdf(byte[] pdf, String number) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
