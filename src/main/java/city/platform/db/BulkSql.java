package city.platform.db;

import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The journals' bulk SQL: many rows inserted in one statement, and old rows deleted in slices. An insert sends one
 * array per column and lets PostgreSQL unnest them in step ({@code insert ... select * from unnest(?::bigint[],
 * ...)}): one round trip and one plan per batch, whatever its size, where a JDBC batch sends a statement per row.
 * Instants are written as timestamps.
 */
public final class BulkSql {

    /**
     * Rows a purge deletes per statement: small enough that each statement is short and keeps no lock for long while
     * the journals write, large enough that a day of readings goes in a few dozen statements.
     */
    public static final int PURGE_SLICE = 50_000;

    private BulkSql() {}

    /**
     * The start of a batched insert: {@code insertInto} names the table and columns, such as {@code insert into
     * parking.sensor_event (space_id, sensor_at)}; add one {@link Insert#column} per column, in the same order.
     */
    public static <T> Insert<T> insert(String insertInto) {
        return new Insert<>(insertInto, List.of(), "");
    }

    /**
     * Deletes the rows of {@code table} matching {@code condition} (with {@code ?} for {@code parameters}), {@link
     * #PURGE_SLICE} at a time until none is left; returns how many.
     */
    public static int purge(Connection c, String table, String condition, Object... parameters) throws SQLException {
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where ctid in (select ctid from "
                + table + " where " + condition + " limit " + PURGE_SLICE + ")")) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, jdbc(parameters[i]));
            }
            int n;
            do {
                n = ps.executeUpdate();
                total += n;
            } while (n > 0);
        }
        return total;
    }

    /** An insert of rows of type {@code T}, one array parameter per column; immutable, so a constant can hold it. */
    public static final class Insert<T> {

        private record Column<T>(String cast, String arrayType, Function<? super T, ?> value) {}

        private final String insertInto;
        private final List<Column<T>> columns;
        private final String tail;

        private Insert(String insertInto, List<Column<T>> columns, String tail) {
            this.insertInto = insertInto;
            this.columns = columns;
            this.tail = tail;
        }

        /** A column of the PostgreSQL type {@code type} (such as {@code bigint}, {@code timestamptz}). */
        public Insert<T> column(String type, Function<? super T, ?> value) {
            return column(type, type, value);
        }

        /**
         * A column sent as an array of {@code arrayType} and cast to {@code cast}, such as {@code real} values sent as
         * {@code float8}.
         */
        public Insert<T> column(String cast, String arrayType, Function<? super T, ?> value) {
            List<Column<T>> more = new ArrayList<>(columns);
            more.add(new Column<>(cast, arrayType, value));
            return new Insert<>(insertInto, List.copyOf(more), tail);
        }

        /** What follows the rows, such as {@code on conflict (id) do update set ...}. */
        public Insert<T> then(String tail) {
            return new Insert<>(insertInto, columns, " " + tail);
        }

        public String sql() {
            StringBuilder sql = new StringBuilder(insertInto).append(" select * from unnest(");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("?::")
                        .append(columns.get(i).cast())
                        .append("[]");
            }
            return sql.append(')').append(tail).toString();
        }

        /** Inserts {@code rows} in one statement on {@code c}; does nothing for no rows. Returns the rows written. */
        public int execute(Connection c, Collection<? extends T> rows) throws SQLException {
            if (rows.isEmpty()) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement(sql())) {
                for (int i = 0; i < columns.size(); i++) {
                    Column<T> column = columns.get(i);
                    List<Object> values = new ArrayList<>(rows.size());
                    for (T row : rows) {
                        values.add(jdbc(column.value().apply(row)));
                    }
                    ps.setArray(i + 1, c.createArrayOf(column.arrayType(), typed(values)));
                }
                return ps.executeUpdate();
            }
        }
    }

    private static Object jdbc(Object value) {
        return value instanceof Instant instant ? Timestamp.from(instant) : value;
    }

    /** The values as an array of their own class ({@code Long[]}, {@code Timestamp[]}), as the driver encodes best. */
    private static Object[] typed(List<Object> values) {
        Class<?> type = values.stream()
                .filter(v -> v != null)
                .findFirst()
                .<Class<?>>map(Object::getClass)
                .orElse(Object.class);
        return values.toArray((Object[]) Array.newInstance(type, 0));
    }
}
