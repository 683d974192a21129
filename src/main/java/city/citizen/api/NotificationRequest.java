package city.citizen.api;

import java.util.Map;
import java.util.Objects;

/**
 * A notification to send to a citizen.
 *
 * @param recipient the citizen's Keycloak subject
 * @param kind what it is about, which decides the channels the citizen chose
 * @param template the name of the template files {@code templates/notifications/<template>.<zh|en>.txt}, whose first
 *     line is the subject
 * @param params the values the template refers to, as text
 * @param idempotencyKey unique per message across all senders (prefix it with the module, e.g. {@code parking:...}):
 *     sending the same key again answers the first message
 */
public record NotificationRequest(
        String recipient, NotificationKind kind, String template, Map<String, String> params, String idempotencyKey) {

    public NotificationRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
