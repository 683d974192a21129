package city.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The values of a native query's row as Java time: Hibernate hands a {@code timestamptz} back as an {@link Instant},
 * an {@link OffsetDateTime} or a {@link Timestamp} depending on the query and the driver, and a {@code date} as a
 * {@link LocalDate} or a {@link java.sql.Date}.
 */
public final class SqlValues {

    private SqlValues() {}

    /** A {@code timestamptz} column's value, or null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** A {@code date} column's value, or null. */
    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date type " + value.getClass());
    }
}
