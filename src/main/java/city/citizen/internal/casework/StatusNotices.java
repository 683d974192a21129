package city.citizen.internal.casework;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the applicant of every step of their application (submitted, taken in review, more information needed,
 * approved, rejected, withdrawn) through the portal's notifications, in the transaction of the step: the message
 * exists exactly when the step does.
 */
@ApplicationScoped
class StatusNotices {

    private final Notifications notifications;

    StatusNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void changed(@Observes ApplicationStatusChanged event) {
        // a new draft is the citizen's own doing; a clerk handing a case back to the queue changes nothing for them
        if (event.to() == CaseStatus.DRAFT
                || (event.from() == CaseStatus.IN_REVIEW && event.to() == CaseStatus.SUBMITTED)) {
            return;
        }
        notifications.send(new NotificationRequest(
                event.applicantSubject(),
                NotificationKind.APPLICATION_STATUS,
                "application_status",
                Map.of(
                        "reference", event.reference() == null ? "" : event.reference(),
                        "service_zh", event.serviceNameZh(),
                        "service_en", event.serviceNameEn(),
                        "status_zh", event.to().labelZh(),
                        "status_en", event.to().labelEn(),
                        "note", event.note() == null ? "" : event.note(),
                        "url", "/citizen/applications"),
                // one message per step; the step and its message commit or roll back together
                "citizen:case:" + event.caseId() + ":" + event.to() + ":" + UUID.randomUUID()));
    }
}
