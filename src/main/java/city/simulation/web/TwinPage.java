package city.simulation.web;

import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import city.simulation.evaluation.DemandGenerator;
import city.simulation.evaluation.EvaluationRefused;
import city.simulation.evaluation.EvaluationView;
import city.simulation.evaluation.Evaluations;
import city.simulation.evaluation.ScenarioInfo;
import city.simulation.evaluation.Scenarios;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The twin's offline evaluation for traffic operators: pick or upload a scenario, choose controllers, start; the run's
 * page shows a progress bar that follows the run without a reload (its script polls {@code status} every second) and
 * turns into the results table and charts when it is done. Past runs are listed newest first. Every form works
 * without scripts and, when refused, comes back with what was typed and every problem named.
 */
@Path("/traffic/twin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TRAFFIC_OPERATOR)
public class TwinPage {

    static final String HOME = "/traffic/twin";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(IndexScreen s);

        static native TemplateInstance run(RunScreen r);

        static native TemplateInstance results(RunScreen r);
    }

    private final Evaluations evaluations;
    private final Scenarios scenarios;
    private final DemandGenerator generator;
    private final TwinScreens screens;
    private final CurrentUser user;
    private final PageContext page;

    TwinPage(
            Evaluations evaluations,
            Scenarios scenarios,
            DemandGenerator generator,
            TwinScreens screens,
            CurrentUser user,
            PageContext page) {
        this.evaluations = evaluations;
        this.scenarios = scenarios;
        this.generator = generator;
        this.screens = screens;
        this.user = user;
        this.page = page;
    }

    @GET
    public Response index(@QueryParam("scenario") Long scenario, @QueryParam("done") String done) {
        TwinMsg msg = msg();
        String notice =
                "uploaded".equals(done) ? msg.done_uploaded() : "generated".equals(done) ? msg.done_generated() : null;
        return index(200, RunForm.offered(scenario), UploadForm.EMPTY, GenerateForm.EMPTY, notice);
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(
            @RestForm String scenario,
            @RestForm("controller") List<String> chosen,
            @RestForm String minutes,
            @RestForm String seed,
            @RestForm String ambulanceFrom,
            @RestForm String ambulanceTo,
            @RestForm String ambulanceMinute) {
        TwinMsg msg = msg();
        RunFormParser.Parsed typed =
                RunFormParser.parse(scenario, chosen, minutes, seed, ambulanceFrom, ambulanceTo, ambulanceMinute, msg);
        RunForm form = typed.form();
        if (typed.request() != null) {
            try {
                EvaluationView run = evaluations.start(typed.request(), user.id());
                return Response.seeOther(URI.create(HOME + "/runs/" + run.id())).build();
            } catch (EvaluationRefused e) {
                form = form.refused(RunFormParser.refusal(e, msg));
            }
        }
        return index(400, form, UploadForm.EMPTY, GenerateForm.EMPTY, null);
    }

    @POST
    @Path("scenarios/generated")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(
            @RestForm String network,
            @RestForm String nameZh,
            @RestForm String nameEn,
            @RestForm String peak,
            @RestForm String startHour,
            @RestForm String minutes,
            @RestForm String seed) {
        TwinMsg msg = msg();
        GenerateFormParser.Parsed typed =
                GenerateFormParser.parse(network, nameZh, nameEn, peak, startHour, minutes, seed, msg);
        Map<String, String> errors = typed.errors();
        GenerateFormParser.problems(generator.problems(typed.request()), msg, errors);
        if (errors.isEmpty()) {
            try {
                ScenarioInfo info = generator.generate(typed.request(), user.id());
                return Response.seeOther(URI.create(HOME + "?scenario=" + info.id() + "&done=generated#new"))
                        .build();
            } catch (ProblemException e) {
                GenerateFormParser.refusal(e, msg, errors);
            }
        }
        GenerateForm refused = typed.form().refused(errors);
        return index(400, RunForm.offered(typed.network()), UploadForm.EMPTY, refused, null);
    }

    @POST
    @Path("scenarios")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @RestForm String nameZh,
            @RestForm String nameEn,
            @RestForm("roadnet") FileUpload roadnet,
            @RestForm("flow") FileUpload flow) {
        TwinMsg msg = msg();
        UploadForm form;
        try {
            UploadFormParser.Parsed typed = UploadFormParser.parse(nameZh, nameEn, roadnet, flow, msg);
            form = typed.form();
            if (!typed.refused()) {
                ScenarioInfo info =
                        scenarios.upload(form.nameZh(), form.nameEn(), typed.roadnet(), typed.flow(), user.id());
                return Response.seeOther(URI.create(HOME + "?scenario=" + info.id() + "&done=uploaded#new"))
                        .build();
            }
        } catch (ProblemException e) {
            form = UploadFormParser.refusal(nameZh, nameEn, e, msg);
        }
        return index(400, RunForm.offered(null), form, GenerateForm.EMPTY, null);
    }

    @GET
    @Path("runs/{id}")
    public Response run(@PathParam("id") long id) {
        return NoStore.html(200, Templates.run(screens.run(evaluations.get(id), null, msg())));
    }

    /** The run's status for the page's script: polled every second while it waits or runs. */
    @GET
    @Path("runs/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("id") long id) {
        RunStatus s = TwinScreens.status(evaluations.get(id), msg());
        return NoStore.of(Response.ok(s)).build();
    }

    /** The results section alone, which the run page's script puts in place of the progress bar when it is done. */
    @GET
    @Path("runs/{id}/results")
    public Response results(@PathParam("id") long id) {
        return NoStore.html(200, Templates.results(screens.run(evaluations.get(id), null, msg())));
    }

    @POST
    @Path("runs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id) {
        try {
            evaluations.cancel(id);
            return Response.seeOther(URI.create(HOME + "/runs/" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND) {
                throw e;
            }
            TwinMsg msg = msg();
            String over = msg.err_cancel_over();
            return NoStore.html(409, Templates.run(screens.run(evaluations.get(id), over, msg)));
        }
    }

    private Response index(int status, RunForm run, UploadForm upload, GenerateForm generate, String notice) {
        return NoStore.html(status, Templates.index(screens.index(run, upload, generate, notice, msg())));
    }

    private TwinMsg msg() {
        return TwinMessages.in(page.language());
    }
}
