package city.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists each invalid field of a request.
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param code the case within the type when one type has several (such as {@code request-paid} of {@code
 *     payment-state}), or null; an extension member, so that clients and pages tell cases apart without reading the
 *     detail
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, String instance, List<FieldError> errors, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** A problem of no particular case. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /**
     * One invalid field: its JSON path (such as {@code documents[0].nameEn}), what is wrong with it in English, and
     * the kind of fault as a short code (such as {@code past}) when a field can be wrong in more than one way, else
     * null. Pages translate a field error by its field and code, never by its message.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    public static Problem of(Response.Status status, String detail, String instance) {
        return new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, List.of());
    }

    public static Problem validation(List<FieldError> errors, String instance) {
        return new Problem(
                URI.create("https://city.example/problems/validation").toString(),
                "Invalid request",
                400,
                "Some fields are missing or invalid; see errors.",
                instance,
                errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
