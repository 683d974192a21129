package city.citizen.rest;

import city.citizen.internal.notification.ChannelPreference;
import city.citizen.internal.notification.NotificationService;
import city.citizen.internal.notification.NotificationView;
import city.citizen.internal.profile.ProfileService;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A citizen's inbox and the channels they chose per kind of notification, for the mobile app. */
@Path("/api/v1/citizen/my")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My notifications", description = "A citizen's inbox, unread count and e-mail choices per kind")
@RolesAllowed(Roles.CITIZEN)
public class MyNotificationsResource {

    /** One page of the inbox with the unread count across all pages. */
    public record Inbox(PageOf<NotificationView> messages, long unread) {}

    /** How many messages a call marked read. */
    public record Marked(int marked, long unread) {}

    private final NotificationService notifications;
    private final ProfileService profiles;
    private final CurrentUser user;

    MyNotificationsResource(NotificationService notifications, ProfileService profiles, CurrentUser user) {
        this.notifications = notifications;
        this.profiles = profiles;
        this.user = user;
    }

    @GET
    @Path("notifications")
    @Operation(summary = "My messages, newest first, with the unread count")
    public Inbox inbox(
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        String me = user.id();
        // the mobile app never passes the portal's sign-in: its token tells the profile where to write
        profiles.current(user);
        List<NotificationView> items = notifications.inbox(me, query.offset(), query.size());
        return new Inbox(PageOf.of(items, query, notifications.total(me)), notifications.unread(me));
    }

    @GET
    @Path("notifications/{id}")
    @Operation(summary = "One of my messages (404 for any other)")
    public NotificationView get(@PathParam("id") UUID id) {
        return notifications.find(user.id(), id).orElseThrow(MyNotificationsResource::unknown);
    }

    @POST
    @Path("notifications/{id}/read")
    @Operation(summary = "Mark one of my messages read (again: no change)")
    public NotificationView read(@PathParam("id") UUID id) {
        if (!notifications.markRead(user.id(), id)) {
            throw unknown();
        }
        return get(id);
    }

    @POST
    @Path("notifications/read-all")
    @Operation(summary = "Mark all my messages read")
    public Marked readAll() {
        int marked = notifications.markAllRead(user.id());
        return new Marked(marked, notifications.unread(user.id()));
    }

    @GET
    @Path("notification-preferences")
    @Operation(summary = "For each kind of notification, whether I get it by e-mail too (the inbox always has it)")
    public List<ChannelPreference> preferences() {
        return notifications.preferences(user.id());
    }

    @PUT
    @Path("notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose e-mail on or off per kind; kinds not named keep their choice")
    public List<ChannelPreference> choose(@NotNull @Size(max = 20) List<@NotNull @Valid ChannelPreference> choices) {
        return notifications.choose(user.id(), choices);
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("No such message in your inbox");
    }
}
