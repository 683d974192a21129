package city.traffic.web;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.FieldErrors;
import city.platform.web.PageContext;
import city.traffic.internal.TrafficNetworks;
import city.traffic.internal.network.CityFlowFormat;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The road network signals run on: what it is, its CityFlow roadnet to download, and (for traffic operators) a new
 * roadnet to upload. A file that is not a valid network is refused whole, each problem named where it is in the file.
 */
@Path("/traffic/network")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TRAFFIC_OPERATOR, Roles.POLICE})
public class TrafficNetworkPage {

    static final int EARLIER_SHOWN = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance network(NetworkScreen n);
    }

    /** One problem of an uploaded file: where it is in the file, and what is wrong. */
    public record FileProblem(String path, String message) {}

    /** The page, with the upload form as typed and the problems of the file sent. */
    public record NetworkScreen(
            TrafficNetworks.NetworkInfo active,
            List<TrafficNetworks.NetworkInfo> earlier,
            String name,
            FieldErrors errors,
            List<FileProblem> problems,
            String notice) {}

    private final TrafficNetworks networks;
    private final CurrentUser user;
    private final PageContext page;

    TrafficNetworkPage(TrafficNetworks networks, CurrentUser user, PageContext page) {
        this.networks = networks;
        this.user = user;
        this.page = page;
    }

    @GET
    public Response network(@QueryParam("done") String done) {
        TrafficMsg msg = TrafficMessages.in(page.language());
        String notice = "imported".equals(done) ? msg.done_imported() : null;
        return TrafficPage.html(200, screen("", FieldErrors.NONE, List.of(), notice));
    }

    @GET
    @Path("roadnet.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response roadnet() {
        return Response.ok(CityFlowFormat.exportRoadnet(networks.current()))
                .header("Content-Disposition", "attachment; filename=\"roadnet.json\"")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.TRAFFIC_OPERATOR)
    public Response upload(@RestForm String name, @RestForm("roadnet") FileUpload file) {
        TrafficMsg msg = TrafficMessages.in(page.language());
        String typed = name == null ? "" : name;
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.isBlank() || typed.strip().length() > 200) {
            errors.put("name", msg.err_network_name());
        }
        String roadnet = null;
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            errors.put("roadnet", msg.err_roadnet_file());
        } else {
            try {
                roadnet = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                errors.put("roadnet", msg.err_not_utf8());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) {
            return TrafficPage.html(400, screen(typed, FieldErrors.of(errors), List.of(), null));
        }
        try {
            networks.replace(typed.strip(), roadnet, user.id());
        } catch (ProblemException e) {
            List<FileProblem> problems = e.errors().stream()
                    .filter(f -> !f.field().equals("name"))
                    .map(TrafficNetworkPage::problem)
                    .toList();
            String general = msg.err_network_invalid();
            if (problems.isEmpty()
                    && e.errors().stream().anyMatch(f -> f.field().equals("name"))) {
                return TrafficPage.html(
                        400, screen(typed, FieldErrors.of(Map.of("name", msg.err_network_name())), List.of(), null));
            }
            return TrafficPage.html(
                    e.status().getStatusCode(), screen(typed, new FieldErrors(Map.of(), general), problems, null));
        }
        return Response.seeOther(URI.create("/traffic/network?done=imported")).build();
    }

    private static FileProblem problem(Problem.FieldError f) {
        return new FileProblem(f.field().isEmpty() ? "/" : f.field(), f.message());
    }

    private TemplateInstance screen(String name, FieldErrors errors, List<FileProblem> problems, String notice) {
        TrafficNetworks.NetworkInfo active = networks.currentInfo();
        List<TrafficNetworks.NetworkInfo> earlier = networks.all().stream()
                .filter(n -> n.id() != active.id())
                .limit(EARLIER_SHOWN)
                .toList();
        return Templates.network(new NetworkScreen(active, earlier, name, errors, problems, notice));
    }
}
