package city.simulation.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The twin's pages as answers no cache keeps: they show a run's progress or live state, and a form's one-time token. */
final class NoStore {

    private NoStore() {}

    static Response html(int status, TemplateInstance body) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(body)
                .build();
    }
}
