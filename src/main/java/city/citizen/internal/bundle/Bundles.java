package city.citizen.internal.bundle;

import city.citizen.api.ServiceDetail;
import city.citizen.internal.CatalogueService;
import city.citizen.internal.application.ApplicationFormService;
import city.citizen.internal.application.FormVersion;
import city.citizen.internal.casework.CaseDocuments;
import city.citizen.internal.casework.CaseStatus;
import city.citizen.internal.casework.CaseView;
import city.citizen.internal.casework.Casework;
import city.platform.db.SqlValues;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "One thing, once": a citizen fills one form for several services. Each part is an ordinary application of its
 * service (its form's rules, its fee, its department's queue, its certificate), made, saved and submitted through
 * {@link Casework}; the bundle routes the combined form's answers and documents to the parts and submits them all in
 * one transaction, so either every part is submitted or none is, with one reference to follow them by.
 */
@ApplicationScoped
public class Bundles {

    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<CaseStatus> DECIDED =
            EnumSet.of(CaseStatus.APPROVED, CaseStatus.CERTIFIED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN);

    private final EntityManager em;
    private final CatalogueService catalogue;
    private final ApplicationFormService forms;
    private final Casework casework;
    private final CaseDocuments documents;
    private final Clock clock;

    Bundles(
            EntityManager em,
            CatalogueService catalogue,
            ApplicationFormService forms,
            Casework casework,
            CaseDocuments documents,
            Clock clock) {
        this.em = em;
        this.catalogue = catalogue;
        this.forms = forms;
        this.casework = casework;
        this.documents = documents;
        this.clock = clock;
    }

    /** Every bundle, in the catalogue's order. */
    @Transactional
    public List<BundleSummary> list() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select code from citizen.bundle order by sort_order, code")
                .getResultList();
        return codes.stream().map(c -> find(c).orElseThrow()).toList();
    }

    @Transactional
    public Optional<BundleSummary> find(String code) {
        List<?> rows = em.createNativeQuery("""
                        select name_zh, name_en, description_zh, description_en from citizen.bundle
                        where code = :code""").setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        List<BundleSummary.Part> parts = new ArrayList<>();
        for (String service : partCodes(code)) {
            ServiceDetail s = catalogue.findService(service).orElseThrow();
            parts.add(new BundleSummary.Part(
                    s.code(), s.nameZh(), s.nameEn(), s.departmentNameZh(), s.departmentNameEn(), s.feeFen()));
        }
        long fee = parts.stream().mapToLong(BundleSummary.Part::feeFen).sum();
        return Optional.of(new BundleSummary(
                code, (String) row[0], (String) row[1], (String) row[2], (String) row[3], List.copyOf(parts), fee));
    }

    /** The bundle's combined form, from the current form of every part; 404 for an unknown bundle. */
    @Transactional
    public BundleForm form(String code) {
        BundleSummary bundle = find(code).orElseThrow(() -> ProblemException.notFound("No bundle " + code + "."));
        List<BundleForm.Part> parts = new ArrayList<>();
        for (BundleSummary.Part p : bundle.parts()) {
            FormVersion form = forms.current(p.serviceCode())
                    .orElseThrow(() -> new ProblemException(
                            Response.Status.CONFLICT, "Service " + p.serviceCode() + " has no online form now."));
            parts.add(new BundleForm.Part(form, p.nameZh(), p.nameEn()));
        }
        return BundleForm.of(parts);
    }

    /** Starts a bundle: one draft per part, each prefilled with what the city knows. */
    @Transactional
    public BundleView start(CurrentUser user, String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw ProblemException.invalidField("bundleCode", "required", "is required: the code of a bundle");
        }
        BundleSummary bundle = find(code.strip())
                .orElseThrow(() -> ProblemException.invalidField("bundleCode", "unknown", "no such bundle"));
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into citizen.bundle_case (id, bundle_code, applicant_subject, created_at)
                        values (:id, :code, :subject, :now)""")
                .setParameter("id", id)
                .setParameter("code", bundle.code())
                .setParameter("subject", user.id())
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        for (BundleSummary.Part p : bundle.parts()) {
            CaseView draft = casework.createDraft(user, p.serviceCode());
            em.createNativeQuery("update citizen.application_case set bundle_case_id = :bundle where id = :id")
                    .setParameter("bundle", id)
                    .setParameter("id", draft.id())
                    .executeUpdate();
        }
        return get(user.id(), id);
    }

    /** The citizen's bundle of this code that is not submitted yet, if any: where the page goes on. */
    @Transactional
    public Optional<BundleView> openDraft(String subject, String code) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        select id from citizen.bundle_case
                        where applicant_subject = :subject and bundle_code = :code and reference is null
                        order by created_at desc limit 1""")
                .setParameter("subject", subject)
                .setParameter("code", code)
                .getResultList();
        return ids.stream().findFirst().map(id -> get(subject, id));
    }

    /** What the city knows for the combined form, and where each answer came from, before anything is saved. */
    @Transactional
    public Casework.Prefill prefill(CurrentUser user, String code) {
        BundleForm form = form(code);
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (BundleSummary.Part p : find(code).orElseThrow().parts()) {
            Casework.Prefill known =
                    casework.prefill(user, forms.current(p.serviceCode()).orElseThrow());
            known.data().forEach((k, v) -> {
                String key = form.combinedField(p.serviceCode(), k);
                if (key != null) {
                    data.putIfAbsent(key, v);
                }
            });
            known.sources().forEach((k, v) -> {
                String key = form.combinedField(p.serviceCode(), k);
                if (key != null) {
                    sources.putIfAbsent(key, v);
                }
            });
        }
        return new Casework.Prefill(data, sources);
    }

    /** The citizen's bundles, newest first. */
    @Transactional
    public List<BundleView> mine(String subject) {
        @SuppressWarnings("unchecked")
        List<UUID> ids =
                em.createNativeQuery("""
                        select id from citizen.bundle_case where applicant_subject = :subject
                        order by created_at desc""").setParameter("subject", subject).getResultList();
        return ids.stream().map(id -> get(subject, id)).toList();
    }

    /** One of the citizen's bundles; 404 for anyone else's. */
    @Transactional
    public BundleView get(String subject, UUID id) {
        Object[] row = row(subject, id, false);
        String code = (String) row[0];
        BundleSummary bundle = find(code).orElseThrow();
        BundleForm form = form(code);
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        List<BundleView.PartView> parts = new ArrayList<>();
        long fee = 0;
        for (CaseView c : parts(subject, id)) {
            fee += c.feeFen();
            c.data().forEach((k, v) -> {
                String key = form.combinedField(c.serviceCode(), k);
                if (key != null) {
                    data.putIfAbsent(key, v);
                }
            });
            c.sources().forEach((k, v) -> {
                String key = form.combinedField(c.serviceCode(), k);
                if (key != null) {
                    sources.putIfAbsent(key, v);
                }
            });
            for (CaseView.DocumentView d : c.documents()) {
                String key = form.combinedDocument(c.serviceCode(), d.key());
                if (key != null) {
                    files.putIfAbsent(key, d.fileName());
                }
            }
            parts.add(new BundleView.PartView(
                    c.id(),
                    c.serviceCode(),
                    c.serviceNameZh(),
                    c.serviceNameEn(),
                    c.departmentCode(),
                    c.reference(),
                    c.status(),
                    c.status().labelZh(),
                    c.status().labelEn()));
        }
        Instant submittedAt = SqlValues.instant(row[2]);
        return new BundleView(
                id,
                code,
                bundle.nameZh(),
                bundle.nameEn(),
                (String) row[1],
                submittedAt,
                status(submittedAt, parts),
                fee,
                data,
                sources,
                files,
                List.copyOf(parts));
    }

    /**
     * Keeps answers of the combined form in every part that asks them, without checking them beyond their length; a
     * blank answer removes it. 400 names any key the combined form does not have.
     */
    @Transactional
    public BundleView save(String subject, UUID id, Map<String, String> answers) {
        row(subject, id, true);
        BundleForm form = form(code(subject, id));
        Map<String, String> given = answers == null ? Map.of() : answers;
        List<Problem.FieldError> unknown = new ArrayList<>();
        Map<String, Map<String, String>> byService = new HashMap<>();
        given.forEach((key, value) -> {
            List<BundleForm.Route> routes = form.fieldRoutes().get(key);
            if (routes == null) {
                unknown.add(new Problem.FieldError("data." + key, "is not a field of this form", "unknown_field"));
                return;
            }
            for (BundleForm.Route r : routes) {
                byService
                        .computeIfAbsent(r.serviceCode(), s -> new LinkedHashMap<>())
                        .put(r.key(), value);
            }
        });
        if (!unknown.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some answers are not of this form.", unknown);
        }
        for (CaseView c : parts(subject, id)) {
            Map<String, String> mine = byService.get(c.serviceCode());
            if (mine == null) {
                continue;
            }
            try {
                casework.saveDraft(subject, c.id(), mine, null);
            } catch (ProblemException e) {
                throw mapped(e, form, c.serviceCode());
            }
        }
        return get(subject, id);
    }

    /** Uploads a document of the combined form to every part that asks for it; its checks are each part's. */
    @Transactional
    public BundleView upload(String subject, String actor, UUID id, String key, String fileName, byte[] content) {
        row(subject, id, true);
        BundleForm form = form(code(subject, id));
        List<BundleForm.Route> routes = form.documentRoutes().get(key);
        if (routes == null) {
            throw ProblemException.notFound("This form asks for no document " + key + ".");
        }
        Map<String, UUID> cases = new HashMap<>();
        parts(subject, id).forEach(c -> cases.put(c.serviceCode(), c.id()));
        for (BundleForm.Route r : routes) {
            documents.upload(subject, actor, cases.get(r.serviceCode()), r.key(), fileName, content);
        }
        return get(subject, id);
    }

    /**
     * Submits every part at once: 400 naming every answer and document missing in any part (by the combined form's
     * keys), and nothing changes; else each part is submitted (its fee charged once), in one transaction, and the
     * bundle gets its reference. 409 when it was submitted already.
     */
    @Transactional
    public BundleView submit(String subject, String actor, UUID id) {
        Object[] row = row(subject, id, true);
        if (row[1] != null) {
            throw new ProblemException(
                    Response.Status.CONFLICT,
                    "https://city.example/problems/case-state",
                    "illegal-transition",
                    "Bundle " + row[1] + " was submitted already; follow its parts.",
                    List.of());
        }
        BundleForm form = form((String) row[0]);
        List<CaseView> parts = parts(subject, id);
        Set<Problem.FieldError> errors = new LinkedHashSet<>();
        for (CaseView c : parts) {
            for (Problem.FieldError e : casework.unready(subject, c.id())) {
                errors.add(mapped(e, form, c.serviceCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST, "Some answers are missing or invalid.", List.copyOf(errors));
        }
        for (CaseView c : parts) {
            casework.submit(subject, actor, c.id());
        }
        Instant now = clock.instant();
        long n = ((Number) em.createNativeQuery("select nextval('citizen.application_reference_seq')")
                        .getSingleResult())
                .longValue();
        String reference =
                String.format("SH-%d-%06d", LocalDate.ofInstant(now, CITY_ZONE).getYear(), n);
        em.createNativeQuery(
                        "update citizen.bundle_case set reference = :reference, submitted_at = :now where id = :id")
                .setParameter("reference", reference)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("id", id)
                .executeUpdate();
        return get(subject, id);
    }

    private static String status(Instant submittedAt, List<BundleView.PartView> parts) {
        if (submittedAt == null) {
            return "DRAFT";
        }
        if (parts.stream().anyMatch(p -> p.status() == CaseStatus.NEEDS_INFO)) {
            return "NEEDS_INFO";
        }
        if (parts.stream().allMatch(p -> DECIDED.contains(p.status()))) {
            return "COMPLETED";
        }
        return "IN_PROGRESS";
    }

    private List<String> partCodes(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                        "select service_code from citizen.bundle_part where bundle_code = :code order by position")
                .setParameter("code", code)
                .getResultList();
        return codes;
    }

    private List<CaseView> parts(String subject, UUID id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        select c.id from citizen.application_case c
                        join citizen.bundle_part p on p.service_code = c.service_code
                        join citizen.bundle_case b on b.id = c.bundle_case_id and b.bundle_code = p.bundle_code
                        where c.bundle_case_id = :id order by p.position""").setParameter("id", id).getResultList();
        return ids.stream().map(c -> casework.get(subject, c)).toList();
    }

    /** The bundle's code, reference and submission time; 404 for anyone else's. */
    private Object[] row(String subject, UUID id, boolean lock) {
        List<?> rows = em.createNativeQuery("select bundle_code, reference, submitted_at from citizen.bundle_case"
                        + " where id = :id and applicant_subject = :subject" + (lock ? " for update" : ""))
                .setParameter("id", id)
                .setParameter("subject", subject)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No bundle " + id + " of yours.");
        }
        return (Object[]) rows.get(0);
    }

    private String code(String subject, UUID id) {
        return (String) row(subject, id, false)[0];
    }

    /** A part's problem with its fields named by the combined form's keys. */
    private static ProblemException mapped(ProblemException e, BundleForm form, String serviceCode) {
        if (e.errors().isEmpty()) {
            return e;
        }
        List<Problem.FieldError> errors =
                e.errors().stream().map(f -> mapped(f, form, serviceCode)).toList();
        return new ProblemException(e.status(), e.type(), e.code(), e.getMessage(), errors);
    }

    private static Problem.FieldError mapped(Problem.FieldError f, BundleForm form, String serviceCode) {
        String field = f.field();
        String combined = null;
        if (field.startsWith("data.")) {
            combined = Optional.ofNullable(form.combinedField(serviceCode, field.substring(5)))
                    .map(k -> "data." + k)
                    .orElse(null);
        } else if (field.startsWith("documents.")) {
            combined = Optional.ofNullable(form.combinedDocument(serviceCode, field.substring(10)))
                    .map(k -> "documents." + k)
                    .orElse(null);
        }
        return combined == null ? f : new Problem.FieldError(combined, f.message(), f.code());
    }
}
