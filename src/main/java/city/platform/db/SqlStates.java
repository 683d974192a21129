package city.platform.db;

import java.sql.SQLException;

/** Recognises PostgreSQL errors by SQLSTATE through the exceptions that Hibernate and Agroal wrap them in. */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String EXCLUSION_VIOLATION = "23P01";

    private SqlStates() {}

    /** Whether {@code error}, or one of its causes, is an SQL error with that state. */
    public static boolean is(Throwable error, String state) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
