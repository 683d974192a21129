package city.citizen.internal.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How notification e-mails are delivered. */
@ConfigMapping(prefix = "city.notifications")
public interface NotificationConfig {

    /** The sender address of the e-mails; a deployment sets its own. */
    @WithDefault("no-reply@city.example")
    String from();

    /** How often the dispatcher looks for e-mails to send (read by its {@code @Scheduled}, as a duration text). */
    @WithDefault("1s")
    String dispatchEvery();

    /** How long after the start the dispatcher first looks. */
    @WithDefault("3s")
    String dispatchDelay();

    /** How many e-mails one dispatcher pass claims at once: enough for 50 a second with a pass every second. */
    @WithDefault("100")
    int batchSize();

    /**
     * How long a claimed e-mail stays with the process that claimed it. Longer than an SMTP conversation can take, so
     * that a slow send is not re-sent by another pass; after a crash the e-mail is sent again when it runs out.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** The wait after the first failed attempt; doubled after each further one. */
    @WithDefault("PT30S")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration maxRetry();

    /** Attempts before an e-mail is marked failed: with the defaults about a day of trying. */
    @WithDefault("12")
    int maxAttempts();
}
