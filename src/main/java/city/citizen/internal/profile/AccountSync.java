package city.citizen.internal.profile;

import io.quarkus.oidc.SecurityEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Fills a person's profile from their account when they sign in on the portal (name, e-mail, language), so that the
 * city can write to them before they ever open a page that reads the profile. The event comes on an I/O thread: the
 * write goes to a worker.
 */
@ApplicationScoped
class AccountSync {

    private static final Logger LOG = Logger.getLogger(AccountSync.class);

    private final ProfileService profiles;

    AccountSync(ProfileService profiles) {
        this.profiles = profiles;
    }

    void signedIn(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN
                || event.getSecurityIdentity() == null
                || !(event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null) {
            return;
        }
        String subject = jwt.getSubject();
        String username =
                Optional.ofNullable(jwt.<String>getClaim("preferred_username")).orElse(subject);
        Optional<String> name = claim(jwt, "name");
        Optional<String> email = claim(jwt, "email");
        Optional<String> locale = claim(jwt, "locale");
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                profiles.fromAccount(subject, username, name, email, locale);
            } catch (RuntimeException e) {
                LOG.warnf(e, "profile of %s not updated from the account at sign-in", username);
            }
        });
    }

    private static Optional<String> claim(JsonWebToken jwt, String name) {
        return jwt.getClaim(name) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }
}
