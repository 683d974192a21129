package city.citizen.rest;

import city.citizen.internal.casework.CaseDocuments;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored document as a download: never shown inline, never cached, its type the sniffed one. */
final class DocumentResponses {

    private DocumentResponses() {}

    static Response of(CaseDocuments.Download d) {
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("X-Checksum-SHA256", d.sha256())
                .build();
    }
}
