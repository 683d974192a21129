package city.payments.web;

import io.nayuki.qrcodegen.QrCode;
import io.quarkus.qute.RawString;

/**
 * A QR code as inline SVG, drawn on the server so that pages need no script or CDN to show one. Dark modules are one
 * path; the four-module quiet zone that scanners need is part of the picture.
 */
final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {}

    /**
     * The SVG of {@code text}, with medium error correction (a phone screen or a printed sticker may be partly
     * dirty or glared). {@code label} names the picture for screen readers; it is escaped here.
     */
    static RawString of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + QUIET_ZONE * 2;
        StringBuilder path = new StringBuilder(qr.size * qr.size * 4);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        String name = escape(label);
        return new RawString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " "
                + size + "\" role=\"img\" aria-label=\"" + name + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + name + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
