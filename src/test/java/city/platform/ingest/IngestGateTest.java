package city.platform.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IngestGateTest {

    @Test
    void admitsUpToCapacityCountingTheConsumersBacklog() {
        AtomicLong backlog = new AtomicLong();
        IngestGate gate = new IngestGate("test", 100, backlog::get);
        assertThat(gate.admit(60)).isTrue();
        assertThat(gate.admit(50)).isFalse();
        assertThat(gate.inFlight()).isEqualTo(60);
        assertThat(gate.admit(40)).isTrue();
        gate.done(60);
        backlog.set(70);
        assertThat(gate.admit(31)).isFalse();
        assertThat(gate.admit(30)).isFalse();
        backlog.set(0);
        assertThat(gate.admit(30)).isTrue();
    }

    @Test
    void theRefusalIsA503WithRetryAfter() {
        var response = new IngestGate("parking-occupancy", 1, () -> 0).saturated("/x");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    }
}
