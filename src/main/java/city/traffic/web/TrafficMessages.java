package city.traffic.web;

import city.platform.web.Lang;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The traffic pages' texts in a page's language, for what Java code says; templates use {@code traffic:}. */
final class TrafficMessages {

    private TrafficMessages() {}

    static TrafficMsg in(Lang lang) {
        return MessageBundles.get(TrafficMsg.class, Localized.Literal.of(lang.tag()));
    }
}
