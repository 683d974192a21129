package city.citizen.web;

import city.citizen.api.Channel;
import city.citizen.api.DepartmentView;
import city.citizen.api.ServiceDetail;
import city.citizen.api.ServiceSummary;
import city.citizen.internal.CatalogueQuery;
import city.citizen.internal.CatalogueService;
import city.citizen.internal.application.ApplicationFormService;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import city.platform.web.Pager;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public pages of the service catalogue: home, browse and search, and one page per service. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CataloguePage {

    private static final int PAGE_SIZE = 15;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<DepartmentBar> departments, long totalServices);

        static native TemplateInstance list(
                PageOf<ServiceSummary> results,
                List<DepartmentView> departments,
                DepartmentView selected,
                String q,
                String channel,
                Pager pager);

        static native TemplateInstance detail(ServiceDetail service, boolean hasForm);
    }

    /** A department with the length of its bar in the chart, in percent of the largest. */
    public record DepartmentBar(DepartmentView department, int percent) {}

    private final CatalogueService catalogue;
    private final ApplicationFormService forms;

    CataloguePage(CatalogueService catalogue, ApplicationFormService forms) {
        this.catalogue = catalogue;
        this.forms = forms;
    }

    @GET
    @PermitAll
    public TemplateInstance home() {
        List<DepartmentView> departments = catalogue.departments();
        long total =
                departments.stream().mapToLong(DepartmentView::activeServices).sum();
        long max = Math.max(
                1,
                departments.stream()
                        .mapToLong(DepartmentView::activeServices)
                        .max()
                        .orElse(1));
        return Templates.home(
                departments.stream()
                        .map(d -> new DepartmentBar(d, (int) (d.activeServices() * 100 / max)))
                        .toList(),
                total);
    }

    @GET
    @Path("services")
    @PermitAll
    public TemplateInstance list(
            @QueryParam("q") String q,
            @QueryParam("department") String department,
            @QueryParam("channel") String channel,
            @QueryParam("page") String page) {
        List<DepartmentView> departments = catalogue.departments();
        DepartmentView selected = departments.stream()
                .filter(d -> d.code().equals(department))
                .findFirst()
                .orElse(null);
        Channel channelFilter = parseChannel(channel);
        String text = q == null ? "" : q.strip();
        PageOf<ServiceSummary> results = catalogue.find(
                CatalogueQuery.offered(text, selected == null ? null : selected.code(), channelFilter),
                PageQuery.of(Pager.parsePage(page), PAGE_SIZE));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", text);
        params.put("department", selected == null ? null : selected.code());
        params.put("channel", channelFilter == null ? null : channelFilter.name());
        return Templates.list(
                results,
                departments,
                selected,
                text,
                channelFilter == null ? "" : channelFilter.name(),
                Pager.of("/services", params, results));
    }

    @GET
    @Path("services/{code}")
    @PermitAll
    public TemplateInstance detail(@PathParam("code") String code) {
        ServiceDetail service = catalogue
                .findByCode(code, false)
                .orElseThrow(() -> ProblemException.notFound("No service " + code + " is offered."));
        return Templates.detail(service, forms.current(code).isPresent());
    }

    private static Channel parseChannel(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
