package city.citizen.internal.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every status change casework announces, as the notifications will observe them. */
@ApplicationScoped
public class StatusChangeRecorder {

    private final List<ApplicationStatusChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ApplicationStatusChanged event) {
        seen.add(event);
    }

    public List<ApplicationStatusChanged> of(UUID caseId) {
        return seen.stream().filter(e -> e.caseId().equals(caseId)).toList();
    }
}
