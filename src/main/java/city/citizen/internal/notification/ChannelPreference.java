package city.citizen.internal.notification;

import city.citizen.api.NotificationKind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** Whether a citizen wants a kind of notification by e-mail too; the inbox always keeps a copy. */
@JsonIgnoreProperties(value = "inbox", allowGetters = true)
public record ChannelPreference(
        @NotNull NotificationKind kind, @NotNull Boolean email) {

    /** The inbox is not a choice: it is always on. */
    @JsonProperty
    public boolean inbox() {
        return true;
    }
}
