package city.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SqlStatesTest {

    @Test
    void findsTheStateThroughCausesAndSuppressedExceptions() {
        RuntimeException wrapped = new RuntimeException("flush", new SQLException("dup", SqlStates.UNIQUE_VIOLATION));
        assertThat(SqlStates.is(wrapped, SqlStates.UNIQUE_VIOLATION)).isTrue();
        assertThat(SqlStates.is(wrapped, SqlStates.EXCLUSION_VIOLATION)).isFalse();

        IllegalStateException commit = new IllegalStateException("Could not commit transaction");
        commit.addSuppressed(new RuntimeException(new SQLException("deadlock", SqlStates.DEADLOCK)));
        assertThat(SqlStates.is(new RuntimeException(commit), SqlStates.DEADLOCK))
                .isTrue();
        assertThat(SqlStates.isTransient(new RuntimeException(commit))).isTrue();
        assertThat(SqlStates.is(null, SqlStates.DEADLOCK)).isFalse();
    }

    @Test
    void aPoolThatGaveNoConnectionInTimeIsUnavailableAsAnUnreachableDatabaseIs() {
        // Agroal's words, wrapped by Hibernate as a request sees them (found by bench/citizen.sh: it was a 500)
        RuntimeException pool = new RuntimeException(
                "Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"));
        assertThat(SqlStates.isUnavailable(pool)).isTrue();
        assertThat(SqlStates.isUnavailable(new RuntimeException(new SQLException("syntax error", "42601"))))
                .isFalse();
    }

    @Test
    void retriesOnlyTransientFailuresAndOnlySoOften() {
        AtomicInteger calls = new AtomicInteger();
        String done = SqlStates.retryingTransient(5, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new RuntimeException(new SQLException("deadlock", SqlStates.DEADLOCK));
            }
            return "done";
        });
        assertThat(done).isEqualTo("done");
        assertThat(calls).hasValue(3);

        calls.set(0);
        assertThatThrownBy(() -> SqlStates.retryingTransient(5, () -> {
                    calls.incrementAndGet();
                    throw new RuntimeException(new SQLException("dup", SqlStates.UNIQUE_VIOLATION));
                }))
                .isInstanceOf(RuntimeException.class);
        assertThat(calls).hasValue(1);

        calls.set(0);
        assertThatThrownBy(() -> SqlStates.retryingTransient(3, () -> {
                    calls.incrementAndGet();
                    throw new RuntimeException(new SQLException("serialization", SqlStates.SERIALIZATION_FAILURE));
                }))
                .isInstanceOf(RuntimeException.class);
        assertThat(calls).hasValue(3);
    }
}
