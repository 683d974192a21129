package city.platform.db;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Recognises PostgreSQL errors by SQLSTATE through the exceptions that Hibernate, Agroal and Narayana wrap them in. */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String DEADLOCK = "40P01";
    public static final String SERIALIZATION_FAILURE = "40001";

    private SqlStates() {}

    /**
     * Whether {@code error}, one of its causes, or an exception suppressed along the way (Narayana attaches the
     * failure of a commit-time flush that way) is an SQL error with that state.
     */
    public static boolean is(Throwable error, String state) {
        return anyInChain(error, t -> t instanceof SQLException sql && state.equals(sql.getSQLState()));
    }

    /**
     * Whether the work failed because the database could not be reached: no connection (SQLSTATE class 08), the
     * server shutting down or starting (57P01 to 57P03), the pool's wait for a connection run out, or the socket
     * refused. Nothing of the work was committed; the same request can succeed once the database is back.
     */
    public static boolean isUnavailable(Throwable error) {
        return anyInChain(error, t -> {
            if (t instanceof java.net.ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // Agroal's wait for a free connection ran out (it names no SQLSTATE)
                return state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || sql.getMessage() != null
                                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
            }
            return false;
        });
    }

    /**
     * Whether {@code test} holds for {@code error}, one of its causes, the next exceptions of an SQL error, or an
     * exception suppressed along the way (Narayana attaches the failure of a commit-time flush that way).
     */
    private static boolean anyInChain(Throwable error, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (error != null) {
            todo.add(error);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }

    /** Whether the database gave up on the transaction for a reason that running it again may not meet. */
    public static boolean isTransient(Throwable error) {
        return is(error, DEADLOCK) || is(error, SERIALIZATION_FAILURE);
    }

    /**
     * Runs {@code work} (which must open its own transaction) again when the database broke it off for a deadlock or a
     * serialization failure, up to {@code attempts} times in all. Two inserts into an exclusion constraint that
     * conflict with each other, or an update re-checking one while a conflicting insert is in flight, can deadlock in
     * PostgreSQL; the loser is simply run again.
     */
    public static <T> T retryingTransient(int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(5L * attempt + (long) (Math.random() * 10));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
