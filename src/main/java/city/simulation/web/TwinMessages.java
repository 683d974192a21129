package city.simulation.web;

import city.platform.web.Lang;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The twin's texts in a page's language, for what Java code says; templates use the {@code twin:} namespace. */
final class TwinMessages {

    private TwinMessages() {}

    static TwinMsg in(Lang lang) {
        return MessageBundles.get(TwinMsg.class, Localized.Literal.of(lang.tag()));
    }
}
