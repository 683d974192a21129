package city.citizen.internal.application;

import city.citizen.internal.GovService;
import city.platform.db.SqlStates;
import city.platform.rest.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Keeps the services' application forms: reads the current or a given version, and publishes a new one. */
@ApplicationScoped
public class ApplicationFormService {

    /** Strict: a misspelt property in a definition is a mistake, not something silently dropped. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final EntityManager em;
    private final Clock clock;

    ApplicationFormService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The form citizens fill in now for an offered service, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FormVersion> current(String serviceCode) {
        return service(serviceCode).flatMap(s -> latest(s).map(f -> view(s, f)));
    }

    /** A given version of a service's form (an application keeps the one it was filled on). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FormVersion> byId(long formId) {
        ApplicationForm f = em.find(ApplicationForm.class, formId);
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(view(em.find(GovService.class, f.serviceId), f));
    }

    /**
     * Publishes a new version of the form, if the caller saw the current one ({@code seenVersion}, 0 when the service
     * had none). Throws {@link FormDefinitionException} for a definition with mistakes, a 404 problem for an unknown
     * service and a 409 problem when someone published in between.
     */
    @Transactional
    public FormVersion publish(String serviceCode, FormDefinition definition, int seenVersion, String user) {
        GovService service =
                service(serviceCode).orElseThrow(() -> ProblemException.notFound("No service " + serviceCode + "."));
        List<FormProblem> problems = FormRules.check(definition);
        if (!problems.isEmpty()) {
            throw new FormDefinitionException(problems);
        }
        int current = latest(service).map(f -> f.version).orElse(0);
        if (current != seenVersion) {
            throw ProblemException.conflict(
                    "form-changed", "The form was changed by someone else (now version " + current + ").");
        }
        ApplicationForm f = new ApplicationForm();
        f.serviceId = service.id;
        f.version = current + 1;
        f.definition = write(definition);
        f.createdBy = user;
        f.createdAt = clock.instant();
        try {
            em.persist(f);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw ProblemException.conflict("form-changed", "The form was changed by someone else.");
            }
            throw e;
        }
        return view(service, f);
    }

    /** Reads a definition as typed by staff; throws {@link FormDefinitionException} when it is not valid JSON. */
    public static FormDefinition parse(String json) {
        if (json == null || json.isBlank()) {
            throw new FormDefinitionException(List.of(new FormProblem("definition", "json_invalid")));
        }
        try {
            FormDefinition d = JSON.readValue(json, FormDefinition.class);
            if (d == null) {
                throw new FormDefinitionException(List.of(new FormProblem("definition", "json_invalid")));
            }
            return d;
        } catch (JsonProcessingException e) {
            throw new FormDefinitionException(List.of(new FormProblem("definition", "json_invalid")));
        }
    }

    /** The definition as staff edit it: indented JSON. */
    public static String pretty(FormDefinition definition) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(FormDefinition definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<GovService> service(String code) {
        return em.createQuery("from GovService s where s.code = :c", GovService.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    private Optional<ApplicationForm> latest(GovService service) {
        return em.createQuery(
                        "from ApplicationForm f where f.serviceId = :s order by f.version desc", ApplicationForm.class)
                .setParameter("s", service.id)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private static FormVersion view(GovService s, ApplicationForm f) {
        try {
            return new FormVersion(
                    f.id,
                    s.code,
                    f.version,
                    JSON.readValue(f.definition, FormDefinition.class),
                    s.feeFen,
                    f.createdBy,
                    f.createdAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form " + f.id + " is not readable", e);
        }
    }
}
