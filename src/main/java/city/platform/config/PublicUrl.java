package city.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** The address citizens reach the platform at ({@code city.public-url}, {@code CITY_PUBLIC_URL}). */
@ConfigMapping(prefix = "city.public-url")
public interface PublicUrl {

    /**
     * For links in QR codes and e-mails. The default is where the app listens on this machine, so that a local
     * platform works without setting anything (the run command sets it to its own port); a deployment behind a domain
     * sets it.
     */
    @WithParentName
    @WithDefault("http://localhost:8080")
    String value();
}
