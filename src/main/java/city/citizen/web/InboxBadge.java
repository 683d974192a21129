package city.citizen.web;

import city.citizen.internal.notification.NotificationService;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.HeaderBadge;
import city.platform.web.Lang;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The unread count of a citizen's inbox in the site header, on every page. */
@ApplicationScoped
class InboxBadge implements HeaderBadge {

    private final NotificationService notifications;
    private final CurrentUser user;

    InboxBadge(NotificationService notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    @Override
    public Optional<Badge> badge(String subject) {
        if (!user.hasRole(Roles.CITIZEN)) {
            return Optional.empty();
        }
        return Optional.of(new Badge(
                InboxPage.PATH,
                Lang.ZH.messages(InboxMsg.class).badge(),
                Lang.EN.messages(InboxMsg.class).badge(),
                notifications.unread(subject)));
    }
}
