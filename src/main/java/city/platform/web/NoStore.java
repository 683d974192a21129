package city.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Answers that no cache may keep ({@code Cache-Control: no-store}): pages that show a person's own money, stays or
 * codes, or carry a one-time form key, and the JSON their scripts poll. A shared or back-button cache would show them
 * to the next person at the screen, or replay a spent key.
 */
public final class NoStore {

    public static final String CACHE_CONTROL = "no-store";

    private NoStore() {}

    /** An HTML page in UTF-8 with this status and body (a template instance or a string). */
    public static Response html(int status, Object body) {
        return of(Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")))
                .entity(body)
                .build();
    }

    /** Any other answer (JSON, a download): the builder with the header, for the caller to finish. */
    public static Response.ResponseBuilder of(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", CACHE_CONTROL);
    }
}
