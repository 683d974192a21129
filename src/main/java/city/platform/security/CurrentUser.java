package city.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the Keycloak subject, which is how every module refers to a person or a device. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The subject ({@code sub}) of the caller's token; the principal name when there is no token (tests). */
    public String id() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("no one is signed in");
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** A name to show: the preferred username when the token has one. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username");
        }
        return identity.getPrincipal().getName();
    }

    /** The OAuth client that obtained the token ({@code azp}): for devices, which device system calls. */
    public String clientId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("azp") != null) {
            return jwt.getClaim("azp");
        }
        return identity.getPrincipal().getName();
    }

    /** A claim of the caller's token ({@code email}, {@code name}, {@code locale}...), empty without a token. */
    public java.util.Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(name) instanceof String value) {
            return java.util.Optional.of(value);
        }
        return java.util.Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
