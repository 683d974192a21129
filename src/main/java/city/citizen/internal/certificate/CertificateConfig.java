package city.citizen.internal.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** How certificates are made. */
@ConfigMapping(prefix = "city.certificates")
public interface CertificateConfig {

    /**
     * TrueType fonts or collections with Chinese glyphs, the first that exists is embedded (as a subset) in every
     * certificate: Debian's fonts-wqy-microhei (installed by the README's commands), then other packaged ones. The font
     * is never committed to the repository.
     */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,"
            + "/usr/share/fonts/truetype/arphic/uming.ttc,/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    List<String> fontFiles();
}
