package city.citizen.internal.notification;

import city.citizen.api.NotificationKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A message in a citizen's inbox.
 *
 * @param email the state of its e-mail ({@code created}, {@code sending}, {@code delivered}, {@code failed}), null when
 *     none was sent
 */
public record NotificationView(
        UUID id,
        NotificationKind kind,
        String subject,
        String body,
        String language,
        Instant createdAt,
        Instant readAt,
        String email) {

    @JsonProperty
    public boolean unread() {
        return readAt == null;
    }
}
