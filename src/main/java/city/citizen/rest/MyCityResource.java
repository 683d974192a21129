package city.citizen.rest;

import city.citizen.internal.mycity.MyCity;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.Lang;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "My city" for the mobile app: one call, every module's section, each available or not. */
@Path("/api/v1/citizen/my/city")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My city", description = "A citizen's overview across the city's services")
@RolesAllowed(Roles.CITIZEN)
public class MyCityResource {

    /** One line, in the language of the request. */
    public record Item(String text, String detail, String href, boolean attention) {}

    /** One section; {@code available} is false when its module did not answer in time. */
    public record Section(String key, String title, String href, boolean available, List<Item> items) {}

    public record Overview(List<Section> sections) {}

    private final MyCity myCity;
    private final CurrentUser user;

    MyCityResource(MyCity myCity, CurrentUser user) {
        this.myCity = myCity;
        this.user = user;
    }

    @GET
    @Operation(
            summary = "My applications, wallet, parking bookings, traffic violations and messages at once",
            description = "Each section is read from its module within 300 ms; a section that fails or is late comes"
                    + " with available=false and no items, and the others still come.")
    public Overview overview(@Context HttpHeaders headers) {
        // the API speaks the client's Accept-Language (English when it names none, see ApiLanguage)
        Lang lang = headers.getAcceptableLanguages().stream()
                .map(l -> Lang.fromTag(l.toLanguageTag()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(Lang.EN);
        return new Overview(myCity.of(user.id()).stream()
                .map(s -> new Section(
                        s.key(),
                        lang.select(s.titleZh(), s.titleEn()),
                        s.href(),
                        s.available(),
                        s.items().stream()
                                .map(i -> new Item(
                                        lang.select(i.textZh(), i.textEn()),
                                        i.detailZh() == null ? null : lang.select(i.detailZh(), i.detailEn()),
                                        i.href(),
                                        i.attention()))
                                .toList()))
                .toList());
    }
}
