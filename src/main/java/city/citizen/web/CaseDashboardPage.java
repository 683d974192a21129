package city.citizen.web;

import city.citizen.internal.casework.CaseStatistics;
import city.citizen.internal.casework.CaseStatistics.DepartmentLoad;
import city.platform.security.Roles;
import city.platform.web.NoStore;
import city.platform.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/** The city's casework dashboard for city-admin: each department's cases by status, as numbers and as bars. */
@Path("/admin/citizen/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CITY_ADMIN)
public class CaseDashboardPage {

    /** A department's row: its load, its name, the median as people read it, and its bar's length in percent. */
    public record LoadRow(DepartmentLoad load, String name, String median, int openPercent) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<LoadRow> rows, long open, long overdue, int overduePercent);
    }

    private final CaseStatistics statistics;
    private final PageContext page;

    CaseDashboardPage(CaseStatistics statistics, PageContext page) {
        this.statistics = statistics;
        this.page = page;
    }

    @GET
    public Response dashboard() {
        CitizenMsg msg = page.language().messages(CitizenMsg.class);
        List<DepartmentLoad> loads = statistics.byDepartment();
        long most =
                Math.max(1, loads.stream().mapToLong(DepartmentLoad::open).max().orElse(1));
        List<LoadRow> rows = loads.stream()
                .map(l -> new LoadRow(l, page.t(l.nameZh(), l.nameEn()), median(l.medianToDecision(), msg), (int)
                        Math.round(100.0 * l.open() / most)))
                .toList();
        long open = loads.stream().mapToLong(DepartmentLoad::open).sum();
        long overdue = loads.stream().mapToLong(DepartmentLoad::overdue).sum();
        return NoStore.html(
                200,
                Templates.dashboard(rows, open, overdue, open == 0 ? 0 : (int) Math.round(100.0 * overdue / open)));
    }

    private static String median(Duration d, CitizenMsg msg) {
        if (d == null) {
            return "–";
        }
        return d.toHours() >= 48 ? msg.dash_days(d.toDays()) : msg.dash_hours(Math.max(0, d.toHours()));
    }
}
