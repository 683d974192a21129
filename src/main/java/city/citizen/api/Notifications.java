package city.citizen.api;

import java.util.UUID;

/**
 * How other modules tell a citizen something: a message in their inbox and, if they want that kind by e-mail, an
 * e-mail, rendered in the citizen's language from the template files.
 *
 * <p>{@link #send} joins the caller's transaction (or runs in its own when there is none): the message exists exactly
 * when the caller commits, and never when it rolls back. The same idempotency key twice gives one message (the first
 * one's id); e-mail is delivered after the commit, at least once, with a Message-ID header fixed per message so that
 * the rare re-send after a crash is recognisable. An unknown template throws {@link IllegalArgumentException}.
 */
public interface Notifications {

    /** Writes the message (and its e-mail in the outbox); answers its id. */
    UUID send(NotificationRequest request);
}
