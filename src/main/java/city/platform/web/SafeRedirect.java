package city.platform.web;

import java.net.URI;

/** Where a {@code return} parameter may send the browser: only a path on this site, never another host. */
public final class SafeRedirect {

    private SafeRedirect() {}

    public static URI to(String target) {
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.startsWith("/\\")
                || target.chars().anyMatch(c -> c < 0x20)) {
            return URI.create("/");
        }
        try {
            return URI.create(target);
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}
