package city.payments.web;

import city.platform.web.Yuan;
import io.quarkus.qute.TemplateExtension;

/** Money in templates: {@code {fen:yuan(amountFen)}}, {@code {fen:signed(amountFen)}}, {@code {fen:plain(amountFen)}}. */
@TemplateExtension(namespace = "fen")
final class FenTemplates {

    private FenTemplates() {}

    static String yuan(long fen) {
        return Yuan.format(fen);
    }

    static String signed(long fen) {
        return Yuan.signed(fen);
    }

    static String plain(long fen) {
        return Yuan.plain(fen);
    }
}
