package city.platform.web;

import city.platform.rest.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** The friendly error page of the site, in the layout, for every status. */
@ApplicationScoped
public class ErrorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    public TemplateInstance render(Problem problem) {
        return Templates.error(problem);
    }
}
