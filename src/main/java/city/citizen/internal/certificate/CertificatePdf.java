package city.citizen.internal.certificate;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.logging.Logger;

/**
 * Lays out a certificate as a one-page A4 PDF with PDFBox: the certificate's kind, number and statements in Chinese
 * and English in a subset of a packaged CJK TrueType font, a QR code (drawn as vector squares) of the verification
 * page, and the verification code. The signed JWS of what it certifies is kept in the document information under
 * {@link #JWS_KEY}, so that an uploaded PDF can be checked without trusting what it shows.
 */
@ApplicationScoped
public class CertificatePdf {

    /** The document information entry that carries the JWS. */
    public static final String JWS_KEY = "CityCertificate";

    private static final Logger LOG = Logger.getLogger(CertificatePdf.class);
    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final float MARGIN = 56;
    private static final float RED = 0.70f;

    private final CertificateConfig config;
    /** The font file found, looked up once; null until then. */
    private volatile Optional<File> fontFound;

    CertificatePdf(CertificateConfig config) {
        this.config = config;
    }

    /** What the PDF prints. */
    public record Content(
            String typeZh,
            String typeEn,
            String number,
            String verificationCode,
            String holderName,
            String departmentZh,
            String departmentEn,
            java.time.Instant issuedAt,
            LocalDate validUntil,
            List<Statement> statements,
            String verifyUrl,
            String jws) {}

    /** The font file embedded in certificates, if the machine has one of those configured. */
    public Optional<File> fontFile() {
        Optional<File> found = fontFound;
        if (found == null) {
            found = config.fontFiles().stream()
                    .map(File::new)
                    .filter(File::canRead)
                    .findFirst();
            if (found.isEmpty()) {
                LOG.warnf(
                        "No CJK font for certificates among %s: install Debian's fonts-wqy-microhei"
                                + " (the README's commands do) or set city.certificates.font-files",
                        config.fontFiles());
            }
            fontFound = found;
        }
        return found;
    }

    /** The PDF of a certificate. */
    public byte[] render(Content c) {
        File file = fontFile()
                .orElseThrow(() ->
                        new IllegalStateException("No CJK font to make certificates with; install fonts-wqy-microhei"));
        try (FontSource source = FontSource.open(file);
                PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, source.font(), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            Writer w = new Writer(font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw(cs, w, page.getMediaBox(), c);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.typeZh() + " " + c.typeEn() + " " + c.number());
            info.setAuthor(c.departmentZh() + " / " + c.departmentEn());
            info.setSubject(c.holderName());
            info.setCreator("City platform");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(CITY_ZONE));
            created.setTimeInMillis(c.issuedAt().toEpochMilli());
            info.setCreationDate(created);
            info.setCustomMetadataValue(JWS_KEY, c.jws());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the certificate PDF of " + c.number(), e);
        }
    }

    /**
     * The JWS an uploaded PDF carries, if it is a PDF at all and carries one. PDFBox reads the file from memory; the
     * caller limits its size.
     */
    public static Optional<String> embeddedJws(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Optional.ofNullable(doc.getDocumentInformation().getCustomMetadataValue(JWS_KEY))
                    .filter(s -> !s.isBlank());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void draw(PDPageContentStream cs, Writer w, PDRectangle box, Content c) throws IOException {
        float width = box.getWidth();
        float top = box.getHeight() - MARGIN;
        // a double frame in the red of official seals
        cs.setStrokingColor(RED, 0.1f, 0.1f);
        cs.setLineWidth(2.5f);
        cs.addRect(MARGIN - 20, MARGIN - 20, width - 2 * (MARGIN - 20), box.getHeight() - 2 * (MARGIN - 20));
        cs.stroke();
        cs.setLineWidth(0.8f);
        cs.addRect(MARGIN - 14, MARGIN - 14, width - 2 * (MARGIN - 14), box.getHeight() - 2 * (MARGIN - 14));
        cs.stroke();

        float y = top - 30;
        w.centered(cs, c.typeZh(), 28, width / 2, y);
        y -= 26;
        w.centered(cs, c.typeEn(), 14, width / 2, y);
        y -= 28;
        w.centered(cs, "证照编号 Certificate No. " + c.number(), 11, width / 2, y);
        y -= 40;

        float labelX = MARGIN + 10;
        float valueX = MARGIN + 190;
        float valueWidth = width - valueX - MARGIN - 10;
        List<Statement> rows = new ArrayList<>();
        rows.add(new Statement("持证人", "Holder", c.holderName(), c.holderName()));
        rows.addAll(c.statements());
        rows.add(new Statement("发证机关", "Issued by", c.departmentZh(), c.departmentEn()));
        LocalDate issued = LocalDate.ofInstant(c.issuedAt(), CITY_ZONE);
        rows.add(new Statement("发证日期", "Issued on", DATE_ZH.format(issued), issued.toString()));
        rows.add(
                c.validUntil() == null
                        ? new Statement("有效期至", "Valid until", "长期", "until revoked")
                        : new Statement(
                                "有效期至",
                                "Valid until",
                                DATE_ZH.format(c.validUntil()),
                                c.validUntil().toString()));
        for (Statement s : rows) {
            if (y < MARGIN + 190) {
                break;
            }
            w.text(cs, s.labelZh(), 11, labelX, y);
            w.text(cs, s.labelEn(), 8, labelX, y - 12);
            String value = s.valueZh().equals(s.valueEn()) ? s.valueZh() : s.valueZh() + " / " + s.valueEn();
            List<String> lines = w.wrap(value, 11, valueWidth);
            float lineY = y;
            for (String line : lines.subList(0, Math.min(lines.size(), 4))) {
                w.text(cs, line, 11, valueX, lineY);
                lineY -= 15;
            }
            y = Math.min(y - 30, lineY - 10);
        }

        // the QR code of the verification page, bottom right, drawn as squares so that it stays sharp when printed
        QrCode qr = QrCode.encodeText(c.verifyUrl(), QrCode.Ecc.MEDIUM);
        float size = 120;
        float module = size / (qr.size + 8);
        float qrX = width - MARGIN - size;
        float qrY = MARGIN + 20;
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < qr.size; row++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, row)) {
                    cs.addRect(qrX + (col + 4) * module, qrY + size - (row + 5) * module, module, module);
                }
            }
        }
        cs.fill();
        float textX = MARGIN + 10;
        w.text(cs, "核验码 Verification code", 10, textX, qrY + 92);
        w.text(cs, c.verificationCode(), 16, textX, qrY + 70);
        w.text(cs, "扫描二维码或访问以下网址核验本证照：", 9, textX, qrY + 48);
        w.text(cs, "Scan the QR code or visit, to verify this certificate:", 8, textX, qrY + 36);
        for (String line : w.wrap(c.verifyUrl(), 8, qrX - textX - 10)) {
            w.text(cs, line, 8, textX, qrY + 24);
            qrY -= 10;
        }
        w.text(cs, "本电子证照经电子签名，与纸质证照具有同等效力。", 8, textX, MARGIN + 4);
        w.text(cs, "Electronically signed; as valid as the paper certificate.", 7, textX, MARGIN - 6);
    }

    /** Writes text in the embedded font, replacing what the font has no glyph for. */
    private static final class Writer {
        private final PDType0Font font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        Writer(PDType0Font font) {
            this.font = font;
        }

        void text(PDPageContentStream cs, String s, float size, float x, float y) throws IOException {
            cs.beginText();
            cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(printable(s));
            cs.endText();
        }

        void centered(PDPageContentStream cs, String s, float size, float center, float y) throws IOException {
            String p = printable(s);
            text(cs, p, size, center - width(p, size) / 2, y);
        }

        List<String> wrap(String s, float size, float maxWidth) throws IOException {
            String p = printable(s);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < p.length(); ) {
                int cp = p.codePointAt(i);
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, size) > maxWidth) {
                    // Latin words break at a space; Chinese anywhere
                    int space = line.lastIndexOf(" ");
                    if (cp < 0x2E80 && !Character.isWhitespace(cp) && space > 0) {
                        String rest = line.substring(space + 1);
                        lines.add(line.substring(0, space));
                        line.setLength(0);
                        line.append(rest);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private String printable(String s) {
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** The font of a .ttf file or the first of a .ttc collection, open while the PDF is made. */
    private record FontSource(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {

        static FontSource open(File file) throws IOException {
            if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                if (first[0] == null) {
                    collection.close();
                    throw new IOException("The font collection " + file + " holds no font");
                }
                return new FontSource(first[0], collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new FontSource(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
