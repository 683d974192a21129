package city.citizen.internal.mycity;

import city.citizen.api.MyCityItem;
import city.citizen.api.MyCitySection;
import city.citizen.internal.notification.NotificationService;
import city.citizen.internal.notification.NotificationView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The unread messages of the citizen's inbox. */
@ApplicationScoped
class InboxSection implements MyCitySection {

    private static final Heading HEADING = new Heading("messages", 90, "消息", "Messages", "/citizen/inbox");

    private final NotificationService notifications;

    InboxSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Heading heading() {
        return HEADING;
    }

    @Override
    public List<MyCityItem> items(String subject) {
        long unread = notifications.unread(subject);
        List<MyCityItem> items = new ArrayList<>();
        items.add(MyCityItem.of(unread + " 条未读", unread + " unread", "/citizen/inbox", unread > 0));
        for (NotificationView n : notifications.inbox(subject, 0, 3)) {
            if (n.unread()) {
                items.add(MyCityItem.of(n.subject(), n.subject(), "/citizen/inbox", false));
            }
        }
        return items;
    }
}
