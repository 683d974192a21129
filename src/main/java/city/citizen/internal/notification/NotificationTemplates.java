package city.citizen.internal.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Renders a notification from its template files {@code templates/notifications/<name>.<zh|en>.txt}: the first line
 * is the subject, the rest the body.
 */
@ApplicationScoped
class NotificationTemplates {

    /** A rendered message. */
    record Rendered(String subject, String body) {}

    private final Engine engine;

    NotificationTemplates(Engine engine) {
        this.engine = engine;
    }

    Rendered render(String name, String language, Map<String, String> params) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        Template template = engine.getTemplate("notifications/" + name + "." + language + ".txt");
        if (template == null) {
            throw new IllegalArgumentException("No notification template " + name + " in " + language);
        }
        TemplateInstance instance = template.instance();
        params.forEach(instance::data);
        String text;
        try {
            text = instance.render();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Template " + name + " cannot be rendered: " + e.getMessage(), e);
        }
        int newline = text.indexOf('\n');
        String subject = (newline < 0 ? text : text.substring(0, newline)).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        return new Rendered(subject.length() > 300 ? subject.substring(0, 300) : subject, body);
    }
}
