package city.payments.internal.ledger;

import city.platform.rest.ProblemException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Statements of one ledger account: pages for the API and pages, the whole window as CSV. */
@ApplicationScoped
public class Statements {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_CSV_LINES = 100_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Ledger ledger;
    private final CsvMapper csv = new CsvMapper();

    Statements(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The filter of a statement request: dates are whole days in the city's time zone, both ends included. */
    public static StatementFilter filter(LocalDate from, LocalDate to, String code, String direction) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        StatementFilter.Direction dir = null;
        if (direction != null && !direction.isBlank()) {
            try {
                dir = StatementFilter.Direction.valueOf(direction.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("direction", "must be in or out");
            }
        }
        return new StatementFilter(
                from == null ? null : from.atStartOfDay(CITY_ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CITY_ZONE).toInstant(),
                code == null || code.isBlank() ? null : code.toUpperCase(Locale.ROOT),
                dir,
                null,
                null);
    }

    public StatementPage page(long accountId, StatementFilter filter, String after, int size) {
        StatementCursor cursor = StatementCursor.decode(after);
        StatementFilter f = cursor == null
                ? filter
                : new StatementFilter(
                        filter.from(), filter.to(), filter.code(), filter.direction(), cursor.at(), cursor.id());
        List<StatementLine> lines = ledger.statement(accountId, f, size + 1);
        boolean more = lines.size() > size;
        List<StatementLine> shown = more ? lines.subList(0, size) : lines;
        String next = null;
        if (more) {
            var last = shown.get(shown.size() - 1).transfer();
            next = new StatementCursor(last.createdAt(), last.id()).encode();
        }
        return new StatementPage(shown.stream().map(StatementLineView::of).toList(), next);
    }

    /** Every line of the window as CSV (UTF-8 with a byte-order mark, so spreadsheet programs show Chinese). */
    public StreamingOutput csv(long accountId, StatementFilter filter) {
        CsvSchema schema = csv.schemaFor(CsvRow.class).withHeader();
        return out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (SequenceWriter rows = csv.writer(schema).writeValues(writer)) {
                StatementFilter f = filter;
                int written = 0;
                while (written < MAX_CSV_LINES) {
                    List<StatementLine> lines = ledger.statement(accountId, f, 500);
                    for (StatementLine line : lines) {
                        rows.write(CsvRow.of(line));
                    }
                    written += lines.size();
                    if (lines.size() < 500) {
                        break;
                    }
                    var last = lines.get(lines.size() - 1).transfer();
                    f = new StatementFilter(f.from(), f.to(), f.code(), f.direction(), last.createdAt(), last.id());
                }
            }
        };
    }

    /** A CSV line: amounts in yuan with two decimals, times in the city's time zone. */
    @JsonPropertyOrder({
        "time",
        "type",
        "kind",
        "amountYuan",
        "counterpart",
        "counterpartName",
        "reference",
        "description",
        "transferId"
    })
    record CsvRow(
            String time,
            String type,
            String kind,
            BigDecimal amountYuan,
            String counterpart,
            String counterpartName,
            String reference,
            String description,
            String transferId) {

        static CsvRow of(StatementLine line) {
            var t = line.transfer();
            return new CsvRow(
                    CSV_TIME.format(t.createdAt().atZone(CITY_ZONE)),
                    t.code(),
                    t.kind().name(),
                    BigDecimal.valueOf(line.signedAmount(), 2),
                    safe(line.counterpartCode()),
                    safe(line.counterpartZh() + " / " + line.counterpartEn()),
                    safe(t.reference()),
                    safe(t.description()),
                    t.id().toString());
        }

        /** Text a spreadsheet would run as a formula (OWASP CSV injection) is quoted with a leading apostrophe. */
        static String safe(String text) {
            if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                return "'" + text;
            }
            return text;
        }
    }
}
