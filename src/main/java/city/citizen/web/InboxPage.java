package city.citizen.web;

import city.citizen.api.NotificationKind;
import city.citizen.internal.notification.ChannelPreference;
import city.citizen.internal.notification.NotificationService;
import city.citizen.internal.notification.NotificationView;
import city.citizen.internal.profile.ProfileService;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A citizen's inbox: their messages, newest first, marking them read, and the e-mail choice per kind. */
@Path(InboxPage.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITIZEN)
public class InboxPage {

    static final String PATH = "/citizen/inbox";
    private static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(InboxScreen s);
    }

    public record InboxScreen(
            PageOf<NotificationView> messages, long unread, List<ChannelPreference> preferences, String notice) {}

    private final NotificationService notifications;
    private final ProfileService profiles;
    private final CurrentUser user;
    private final InboxMsg msg;

    InboxPage(NotificationService notifications, ProfileService profiles, CurrentUser user, InboxMsg msg) {
        this.notifications = notifications;
        this.profiles = profiles;
        this.user = user;
        this.msg = msg;
    }

    @GET
    public Response inbox(@QueryParam("page") String page, @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "read" -> msg.marked();
            case "prefs" -> msg.prefs_saved();
            default -> null;
        };
        return NoStore.html(200, screen(pageNumber(page), notice));
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") UUID id) {
        if (!notifications.markRead(user.id(), id)) {
            return NoStore.html(404, screen(1, msg.err_unknown()));
        }
        return Response.seeOther(URI.create(PATH + "?done=read")).build();
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll() {
        notifications.markAllRead(user.id());
        return Response.seeOther(URI.create(PATH + "?done=read")).build();
    }

    /** The preferences form sends one checkbox {@code email.<KIND>} per kind that is on; a kind not sent is off. */
    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preferences(MultivaluedMap<String, String> form) {
        List<ChannelPreference> choices = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            choices.add(new ChannelPreference(kind, form.containsKey("email." + kind.name())));
        }
        notifications.choose(user.id(), choices);
        return Response.seeOther(URI.create(PATH + "?done=prefs#preferences")).build();
    }

    private static int pageNumber(String page) {
        try {
            int n = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(n, 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private TemplateInstance screen(int page, String notice) {
        String me = user.id();
        profiles.current(user);
        PageQuery query = PageQuery.of(page, PAGE_SIZE);
        PageOf<NotificationView> messages =
                PageOf.of(notifications.inbox(me, query.offset(), query.size()), query, notifications.total(me));
        return Templates.inbox(
                new InboxScreen(messages, notifications.unread(me), notifications.preferences(me), notice));
    }
}
