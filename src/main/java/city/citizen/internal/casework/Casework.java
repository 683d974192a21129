package city.citizen.internal.casework;

import city.citizen.api.KnownFact;
import city.citizen.api.ProfileView;
import city.citizen.api.ServiceDetail;
import city.citizen.internal.CatalogueService;
import city.citizen.internal.application.ApplicationFormService;
import city.citizen.internal.application.FormDefinition;
import city.citizen.internal.application.FormDocument;
import city.citizen.internal.application.FormField;
import city.citizen.internal.application.FormProblem;
import city.citizen.internal.application.FormRules;
import city.citizen.internal.application.FormVersion;
import city.citizen.internal.certificate.CertificateType;
import city.citizen.internal.certificate.CertificateView;
import city.citizen.internal.certificate.Certificates;
import city.citizen.internal.certificate.IssueRequest;
import city.citizen.internal.certificate.Statement;
import city.citizen.internal.profile.ProfileService;
import city.payments.api.ChargeRequest;
import city.payments.api.PaymentStatus;
import city.payments.api.PaymentView;
import city.payments.api.Payments;
import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applications from draft to decision: citizens fill, submit (paying the fee) and withdraw them; the department's
 * clerks claim, release, ask for more, approve and reject them. Every step takes the case's row lock, so two
 * requests on one case run one after the other and the second sees what the first did: a second submit finds the
 * case submitted (and the fee paid once), a second clerk finds it claimed. A fee whose case was not marked (a crash
 * between the two commits) is found by its reference at the next submit instead of being charged again.
 */
@ApplicationScoped
public class Casework {

    static final String PURPOSE = "citizen-application";
    static final String PAYEE = "revenue:city-services";
    static final int MAX_NOTE = 2000;
    static final int QUEUE_LIMIT = 500;

    /** Promised days are counted in Shanghai, where the departments work. */
    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};

    private final EntityManager em;
    private final ApplicationFormService forms;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final Payments payments;
    private final Certificates certificates;
    private final Instance<KnownFact> facts;
    private final Event<ApplicationStatusChanged> changed;
    private final Clock clock;

    Casework(
            EntityManager em,
            ApplicationFormService forms,
            CatalogueService catalogue,
            ProfileService profiles,
            Payments payments,
            Certificates certificates,
            Instance<KnownFact> facts,
            Event<ApplicationStatusChanged> changed,
            Clock clock) {
        this.em = em;
        this.forms = forms;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.payments = payments;
        this.certificates = certificates;
        this.facts = facts;
        this.changed = changed;
        this.clock = clock;
    }

    // ---- the citizen's side

    /** The citizen's applications, newest first, without their documents and history. */
    @Transactional
    public List<CaseView> mine(String subject) {
        return em.createQuery(
                        "from ApplicationCase c where c.applicantSubject = :s order by c.createdAt desc",
                        ApplicationCase.class)
                .setParameter("s", subject)
                .setMaxResults(QUEUE_LIMIT)
                .getResultStream()
                .map(c -> view(c, false))
                .toList();
    }

    /** One of the citizen's applications; 404 for anyone else's, so that nobody learns it exists. */
    @Transactional
    public CaseView get(String subject, UUID id) {
        ApplicationCase c = em.find(ApplicationCase.class, id);
        if (c == null || !c.applicantSubject.equals(subject)) {
            throw CaseProblems.notFound(id);
        }
        return view(c, true);
    }

    /** The citizen's latest draft or returned application for a service, if they have one to go on with. */
    @Transactional
    public Optional<CaseView> openDraft(String subject, String serviceCode) {
        return em.createQuery(
                        "from ApplicationCase c where c.applicantSubject = :s and c.serviceCode = :code"
                                + " and c.status in (:editable) order by c.updatedAt desc",
                        ApplicationCase.class)
                .setParameter("s", subject)
                .setParameter("code", serviceCode)
                .setParameter("editable", List.of(CaseStatus.DRAFT, CaseStatus.NEEDS_INFO))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(c -> view(c, true));
    }

    /** What a new draft would be filled in with, and where each answer comes from; nothing is stored. */
    public record Prefill(Map<String, String> data, Map<String, String> sources) {}

    /** The answers the city knows for a form, before any draft exists. */
    @Transactional
    public Prefill prefill(CurrentUser user, FormVersion form) {
        ProfileView profile = profiles.current(user);
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (FormField f : form.definition().fields()) {
            String known = f.prefill() == null ? null : fact(profile, f.prefill());
            if (known != null) {
                data.put(f.key(), known);
                String from = source(profile, f.prefill());
                if (from != null) {
                    sources.put(f.key(), from);
                }
            }
        }
        return new Prefill(data, sources);
    }

    /** The form version an application was filled on. */
    @Transactional
    public FormVersion formOf(CaseView view) {
        ApplicationCase c = em.find(ApplicationCase.class, view.id());
        if (c == null) {
            throw CaseProblems.notFound(view.id());
        }
        return form(c);
    }

    /**
     * Starts a draft for a service that has an online form, filled in with what the city already knows of the
     * citizen; 400 for an unknown or retired service or one without a form.
     */
    @Transactional
    public CaseView createDraft(CurrentUser user, String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank() || serviceCode.length() > 40) {
            throw ProblemException.invalidField("serviceCode", "required", "is required: the code of a service");
        }
        ServiceDetail service = catalogue
                .findService(serviceCode)
                .orElseThrow(() -> ProblemException.invalidField("serviceCode", "unknown", "no such service"));
        FormVersion form = forms.current(serviceCode)
                .orElseThrow(() -> ProblemException.invalidField(
                        "serviceCode", "no_form", "this service cannot be applied for online"));
        ProfileView profile = profiles.current(user);
        Map<String, String> data = new LinkedHashMap<>();
        for (FormField f : form.definition().fields()) {
            String known = f.prefill() == null ? null : fact(profile, f.prefill());
            if (known != null) {
                data.put(f.key(), known);
            }
        }
        Instant now = clock.instant();
        ApplicationCase c = new ApplicationCase();
        c.id = UUID.randomUUID();
        c.serviceCode = service.code();
        c.formId = form.id();
        c.formVersion = form.version();
        c.applicantSubject = user.id();
        c.departmentCode = service.departmentCode();
        c.status = CaseStatus.DRAFT;
        c.data = write(data);
        c.feeFen = service.feeFen();
        c.createdAt = now;
        c.updatedAt = now;
        em.persist(c);
        step(c, user.displayName(), null, CaseStatus.DRAFT, null);
        fire(c, service, null, null);
        return view(c, true);
    }

    /**
     * Keeps answers of a draft (or of an application returned for more information) without checking them: only
     * keys the form asks and answers of at most {@value FormRules#MAX_ANSWER} characters. A null or blank answer
     * removes it.
     *
     * @param version the version the citizen read, or null to skip the check for a concurrent change
     */
    @Transactional
    public CaseView saveDraft(String subject, UUID id, Map<String, String> answers, Integer version) {
        ApplicationCase c = lockMine(subject, id);
        if (!c.status.editable()) {
            throw CaseProblems.state(
                    CaseProblems.NOT_EDITABLE,
                    "Application " + CaseProblems.label(c) + " is " + c.status + "; its answers can no longer change.");
        }
        if (version != null && version != c.version) {
            throw CaseProblems.state(
                    CaseProblems.STALE,
                    "Application " + CaseProblems.label(c) + " was changed elsewhere since you opened it; reload it.");
        }
        Map<String, String> given = answers == null ? Map.of() : answers;
        FormDefinition form = form(c).definition();
        refuse(FormRules.checkDraft(form, given), List.of());
        Map<String, String> data = answers(c);
        given.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                data.remove(k);
            } else {
                data.put(k, v.strip());
            }
        });
        c.data = write(data);
        c.updatedAt = clock.instant();
        em.flush();
        return view(c, true);
    }

    /**
     * Submits a draft, or resubmits an application returned for more information: checks every answer and required
     * document (400 naming each, nothing changed), charges the fee once, gives the reference and the day a decision
     * is promised by. 402 when the wallet lacks the fee; 409 for an application that is not a draft or returned.
     */
    @Transactional
    public CaseView submit(String subject, String actorName, UUID id) {
        ApplicationCase c = lockMine(subject, id);
        if (!c.status.canMoveTo(CaseStatus.SUBMITTED) || c.status == CaseStatus.IN_REVIEW) {
            throw CaseProblems.illegal(c, CaseStatus.SUBMITTED);
        }
        List<Problem.FieldError> errors = unready(c);
        if (!errors.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Some answers are missing or invalid.", errors);
        }
        ServiceDetail service = service(c);
        CaseStatus from = c.status;
        if (c.feeFen > 0 && c.paymentId == null) {
            c.paymentId = pay(c, service).id();
        }
        Instant now = clock.instant();
        if (c.reference == null) {
            c.reference = nextReference(now);
        }
        if (c.submittedAt == null) {
            c.submittedAt = now;
            c.dueAt = due(now, service.processingDays());
        }
        move(c, service, actorName, CaseStatus.SUBMITTED, from == CaseStatus.NEEDS_INFO ? "resubmitted" : null);
        return view(c, true);
    }

    /**
     * What keeps one of the citizen's drafts from being submitted: every answer and required document missing or
     * invalid (as {@code data.<key>} and {@code documents.<key>}), empty when it is ready. Changes nothing.
     */
    @Transactional
    public List<Problem.FieldError> unready(String subject, UUID id) {
        return unready(lockMine(subject, id));
    }

    private List<Problem.FieldError> unready(ApplicationCase c) {
        FormVersion form = form(c);
        Map<String, String> data = answers(c);
        Set<String> uploaded =
                Set.copyOf(em.createQuery("select d.docKey from CaseDocument d where d.caseId = :c", String.class)
                        .setParameter("c", c.id)
                        .getResultList());
        List<Problem.FieldError> errors = new ArrayList<>();
        FormRules.checkAnswers(form.definition(), data)
                .forEach(p -> errors.add(new Problem.FieldError("data." + p.path(), message(p.code()), p.code())));
        for (FormDocument d : form.definition().documents()) {
            if (d.required() && !uploaded.contains(d.key())) {
                errors.add(new Problem.FieldError("documents." + d.key(), "is required: upload it", "required"));
            }
        }
        return errors;
    }

    /** Withdraws an application nobody has taken in review yet; a fee paid for it goes back. */
    @Transactional
    public CaseView withdraw(String subject, String actorName, UUID id, String note) {
        ApplicationCase c = lockMine(subject, id);
        if (!c.status.canMoveTo(CaseStatus.WITHDRAWN)) {
            throw CaseProblems.illegal(c, CaseStatus.WITHDRAWN);
        }
        String clean = note(note, "note", false);
        ServiceDetail service = service(c);
        refundIfUnreviewed(c, "withdrawn by the applicant");
        move(c, service, actorName, CaseStatus.WITHDRAWN, clean);
        return view(c, true);
    }

    // ---- the clerk's side

    /** The clerk's department's applications, the first due first; nothing for a clerk without a department. */
    @Transactional
    public List<CaseView> queue(Clerk clerk, QueueFilter filter) {
        if (clerk.department().isEmpty()) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("from ApplicationCase c where c.departmentCode = :d");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("d", clerk.department().get());
        if (filter.status() != null) {
            q.append(" and c.status = :status");
            params.put("status", filter.status());
        } else {
            q.append(" and c.status in (:open)");
            params.put("open", List.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW, CaseStatus.NEEDS_INFO));
        }
        if (filter.status() == CaseStatus.DRAFT) {
            return List.of();
        }
        if (filter.service() != null && !filter.service().isBlank()) {
            q.append(" and c.serviceCode = :service");
            params.put("service", filter.service().strip());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            q.append(" and c.dueAt < :now and c.status in (:stillOpen)");
            params.put("now", clock.instant());
            params.put("stillOpen", List.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW, CaseStatus.NEEDS_INFO));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            q.append(" and (c.dueAt is null or c.dueAt >= :now or c.status not in (:stillOpen))");
            params.put("now", clock.instant());
            params.put("stillOpen", List.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW, CaseStatus.NEEDS_INFO));
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            String who = filter.assignee().strip();
            if (who.equals("none")) {
                q.append(" and c.assignee is null");
            } else {
                q.append(" and c.assignee = :assignee");
                params.put("assignee", who.equals("me") ? clerk.name() : who);
            }
        }
        q.append(" order by c.dueAt asc nulls last, c.submittedAt asc");
        var query = em.createQuery(q.toString(), ApplicationCase.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(QUEUE_LIMIT)
                .getResultStream()
                .map(c -> view(c, false))
                .toList();
    }

    /** One application of the clerk's department; 404 for any other. */
    @Transactional
    public CaseView getForClerk(Clerk clerk, UUID id) {
        ApplicationCase c = em.find(ApplicationCase.class, id);
        if (c == null || !clerk.serves(c)) {
            throw CaseProblems.notFound(id);
        }
        return view(c, true);
    }

    /** Takes a submitted application in review; 409 when another clerk has it. Claiming one's own again is a no-op. */
    @Transactional
    public CaseView claim(Clerk clerk, UUID id) {
        ApplicationCase c = lockForClerk(clerk, id);
        if (c.status == CaseStatus.IN_REVIEW) {
            if (clerk.name().equals(c.assignee)) {
                return view(c, true);
            }
            throw CaseProblems.claimedByOther(c);
        }
        if (c.status != CaseStatus.SUBMITTED) {
            throw CaseProblems.illegal(c, CaseStatus.IN_REVIEW);
        }
        ServiceDetail service = service(c);
        c.assignee = clerk.name();
        c.reviewed = true;
        move(c, service, clerk.name(), CaseStatus.IN_REVIEW, null);
        return view(c, true);
    }

    /** Puts an application the clerk has in review back in the queue for anyone. */
    @Transactional
    public CaseView release(Clerk clerk, UUID id, String note) {
        ApplicationCase c = lockOwn(clerk, id, CaseStatus.SUBMITTED);
        String clean = note(note, "note", false);
        ServiceDetail service = service(c);
        c.assignee = null;
        move(c, service, clerk.name(), CaseStatus.SUBMITTED, clean == null ? "released" : clean);
        return view(c, true);
    }

    /** Returns an application to the citizen, saying what is missing. */
    @Transactional
    public CaseView requestInfo(Clerk clerk, UUID id, String note) {
        ApplicationCase c = lockOwn(clerk, id, CaseStatus.NEEDS_INFO);
        String clean = note(note, "note", true);
        ServiceDetail service = service(c);
        move(c, service, clerk.name(), CaseStatus.NEEDS_INFO, clean);
        return view(c, true);
    }

    @Transactional
    public CaseView approve(Clerk clerk, UUID id, String note) {
        ApplicationCase c = lockOwn(clerk, id, CaseStatus.APPROVED);
        String clean = note(note, "note", false);
        ServiceDetail service = service(c);
        c.decidedAt = clock.instant();
        c.decisionNote = clean;
        move(c, service, clerk.name(), CaseStatus.APPROVED, clean);
        Optional<CertificateType> grants = certificates.typeFor(c.serviceCode);
        if (grants.isPresent()) {
            CertificateView issued = certificates.issue(certificateRequest(c, clerk), grants.get());
            move(c, service, clerk.name(), CaseStatus.CERTIFIED, issued.typeZh() + " " + issued.number());
        }
        return view(c, true);
    }

    /** What the certificate of an approved case states: the answers its type names, as the form labels them. */
    private IssueRequest certificateRequest(ApplicationCase c, Clerk clerk) {
        CertificateType type = certificates.typeFor(c.serviceCode).orElseThrow();
        Map<String, String> data = answers(c);
        Map<String, FormField> fields = new LinkedHashMap<>();
        form(c).definition().fields().forEach(f -> fields.put(f.key(), f));
        List<Statement> statements = new ArrayList<>();
        for (String key : type.fields()) {
            FormField field = fields.get(key);
            String value = data.get(key);
            if (field == null || value == null || value.isBlank() || "full_name".equals(key)) {
                continue;
            }
            statements.add(statement(field, value.strip()));
        }
        String holderName = Optional.ofNullable(data.get("full_name"))
                .filter(n -> !n.isBlank())
                .map(String::strip)
                .or(() -> profiles.find(c.applicantSubject).map(p -> p.fullName()))
                .orElse(c.applicantSubject);
        return new IssueRequest(
                c.id, c.serviceCode, c.applicantSubject, holderName, c.departmentCode, statements, clerk.name());
    }

    /** A statement as printed: a choice by its label, an ID number masked but for its region and last four. */
    static Statement statement(FormField field, String value) {
        if ("choice".equals(field.type())) {
            return field.choices().stream()
                    .filter(ch -> ch.value().equals(value))
                    .findFirst()
                    .map(ch -> new Statement(field.labelZh(), field.labelEn(), ch.labelZh(), ch.labelEn()))
                    .orElse(new Statement(field.labelZh(), field.labelEn(), value, value));
        }
        if ("id-number".equals(field.type()) && value.length() > 10) {
            String masked =
                    value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
            return new Statement(field.labelZh(), field.labelEn(), masked, masked);
        }
        return new Statement(field.labelZh(), field.labelEn(), value, value);
    }

    /**
     * Rejects an application, with the reason the citizen reads; an application nobody took in review is refunded
     * (once, whatever the retries). A submitted one may be rejected by any clerk of the department, one in review only
     * by the clerk who has it.
     */
    @Transactional
    public CaseView reject(Clerk clerk, UUID id, String reason) {
        ApplicationCase c = lockForClerk(clerk, id);
        if (!c.status.canMoveTo(CaseStatus.REJECTED)) {
            throw CaseProblems.illegal(c, CaseStatus.REJECTED);
        }
        if (c.status != CaseStatus.SUBMITTED
                && c.assignee != null
                && !clerk.name().equals(c.assignee)) {
            throw CaseProblems.claimedByOther(c);
        }
        String clean = note(reason, "reason", true);
        ServiceDetail service = service(c);
        refundIfUnreviewed(c, "rejected before review: " + clean);
        c.decidedAt = clock.instant();
        c.decisionNote = clean;
        move(c, service, clerk.name(), CaseStatus.REJECTED, clean);
        return view(c, true);
    }

    // ---- the rules every step shares

    private ApplicationCase lockMine(String subject, UUID id) {
        ApplicationCase c = em.find(ApplicationCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.applicantSubject.equals(subject)) {
            throw CaseProblems.notFound(id);
        }
        return c;
    }

    private ApplicationCase lockForClerk(Clerk clerk, UUID id) {
        if (clerk.department().isEmpty()) {
            throw CaseProblems.notFound(id);
        }
        ApplicationCase c = em.find(ApplicationCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !clerk.serves(c)) {
            throw CaseProblems.notFound(id);
        }
        return c;
    }

    /** An application the clerk has in review, that may move on to {@code to}. */
    private ApplicationCase lockOwn(Clerk clerk, UUID id, CaseStatus to) {
        ApplicationCase c = lockForClerk(clerk, id);
        if (c.status != CaseStatus.IN_REVIEW || !c.status.canMoveTo(to)) {
            throw CaseProblems.illegal(c, to);
        }
        if (!clerk.name().equals(c.assignee)) {
            throw CaseProblems.claimedByOther(c);
        }
        return c;
    }

    private void move(ApplicationCase c, ServiceDetail service, String actor, CaseStatus to, String note) {
        CaseStatus from = c.status;
        if (!from.canMoveTo(to)) {
            throw CaseProblems.illegal(c, to);
        }
        c.status = to;
        c.updatedAt = clock.instant();
        step(c, actor, from, to, note);
        em.flush();
        fire(c, service, from, note);
    }

    private void step(ApplicationCase c, String actor, CaseStatus from, CaseStatus to, String note) {
        CaseStep s = new CaseStep();
        s.caseId = c.id;
        s.actor = actor;
        s.at = clock.instant();
        s.fromStatus = from;
        s.toStatus = to;
        s.note = note;
        em.persist(s);
    }

    private void fire(ApplicationCase c, ServiceDetail service, CaseStatus from, String note) {
        changed.fire(new ApplicationStatusChanged(
                c.id,
                c.reference,
                c.applicantSubject,
                c.serviceCode,
                service.nameZh(),
                service.nameEn(),
                from,
                c.status,
                note));
    }

    /**
     * The case's fee: the payment made for it already if there is one, else a new charge. Attempts run one at a time
     * under the case's lock and look for an earlier payment by the case's id, so none charges twice; each attempt has
     * its own key, since payments replays a refusal (402) to the same key and a citizen who tops up must be able to
     * pay.
     */
    private PaymentView pay(ApplicationCase c, ServiceDetail service) {
        Optional<PaymentView> earlier = payments.findByReference(PURPOSE, c.id.toString()).stream()
                .filter(p -> p.status() == PaymentStatus.COMPLETED && p.refundedFen() == 0)
                .findFirst();
        return earlier.orElseGet(() -> payments.charge(new ChargeRequest(
                c.applicantSubject,
                c.feeFen,
                PAYEE,
                PURPOSE,
                c.id.toString(),
                "政务服务费 " + service.nameZh() + " / Service fee " + service.nameEn(),
                "application-fee:" + c.id + ":" + UUID.randomUUID())));
    }

    private void refundIfUnreviewed(ApplicationCase c, String why) {
        if (c.paymentId != null && !c.reviewed && c.refundId == null) {
            c.refundId = payments.refund(
                            c.paymentId,
                            c.feeFen,
                            "Application " + CaseProblems.label(c) + " " + why,
                            "application-refund:" + c.id)
                    .id();
        }
    }

    private String nextReference(Instant now) {
        long n = ((Number) em.createNativeQuery("select nextval('citizen.application_reference_seq')")
                        .getSingleResult())
                .longValue();
        return String.format("SH-%d-%06d", LocalDate.ofInstant(now, CITY_ZONE).getYear(), n);
    }

    /** The end of the {@code days}-th working day after submission (Saturdays and Sundays do not count). */
    static Instant due(Instant submitted, int days) {
        LocalDate day = LocalDate.ofInstant(submitted, CITY_ZONE);
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.plusDays(1).atStartOfDay(CITY_ZONE).toInstant();
    }

    private static String note(String note, String field, boolean required) {
        if (note == null || note.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, "required", "is required: say why");
            }
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw ProblemException.invalidField(field, "too_long", "must be at most " + MAX_NOTE + " characters");
        }
        return note.strip();
    }

    private static void refuse(List<FormProblem> answers, List<Problem.FieldError> documents) {
        if (answers.isEmpty() && documents.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        answers.forEach(p -> errors.add(new Problem.FieldError("data." + p.path(), message(p.code()), p.code())));
        errors.addAll(documents);
        throw new ProblemException(Response.Status.BAD_REQUEST, "Some answers are missing or invalid.", errors);
    }

    private static String message(String code) {
        return switch (code) {
            case "required" -> "is required";
            case "unknown_field" -> "is not a field of this form";
            case "too_long" -> "must be at most " + FormRules.MAX_ANSWER + " characters";
            case "number" -> "must be a number";
            case "date" -> "must be a date (YYYY-MM-DD)";
            case "phone" -> "must be a mainland mobile number of 11 digits";
            case "id_number" -> "must be a valid resident ID number";
            case "choice" -> "must be one of the choices";
            case "pattern" -> "does not have the expected format";
            default -> "is invalid";
        };
    }

    FormVersion form(ApplicationCase c) {
        return forms.byId(c.formId).orElseThrow(() -> new IllegalStateException("form " + c.formId + " is gone"));
    }

    private ServiceDetail service(ApplicationCase c) {
        return catalogue
                .findByCode(c.serviceCode, true)
                .orElseThrow(() -> new IllegalStateException("service " + c.serviceCode + " is gone"));
    }

    private String fact(ProfileView p, String prefill) {
        return switch (prefill) {
            case "fullName" -> p.fullName();
            case "idNumber" -> p.idNumber();
            case "phone" -> p.phone();
            case "address" -> p.address();
            case "email" -> p.email();
            case "birthDate" -> p.birthDate() == null ? null : p.birthDate().toString();
            default -> knownFact(prefill).flatMap(f -> f.valueFor(p.subject())).orElse(null);
        };
    }

    /** The other module that keeps a fact forms may ask for, if any does. */
    private Optional<KnownFact> knownFact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private String source(ProfileView p, String prefill) {
        return switch (prefill) {
            case "fullName" -> p.fullNameFrom();
            case "idNumber" -> p.idNumberFrom();
            case "phone" -> p.phoneFrom();
            case "address" -> p.addressFrom();
            case "email" -> p.emailFrom();
            case "birthDate" -> "registry";
            default -> knownFact(prefill).map(KnownFact::source).orElse(null);
        };
    }

    static Map<String, String> answers(ApplicationCase c) {
        try {
            Map<String, String> m = JSON.readValue(c.data, ANSWERS);
            return m == null ? new LinkedHashMap<>() : new LinkedHashMap<>(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers of case " + c.id + " are not readable", e);
        }
    }

    private static String write(Map<String, String> data) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    CaseView view(ApplicationCase c, boolean full) {
        ServiceDetail service = service(c);
        Map<String, String> data = answers(c);
        Map<String, String> sources = new LinkedHashMap<>();
        List<CaseView.DocumentView> documents = List.of();
        List<CaseView.StepView> history = List.of();
        if (full) {
            Optional<ProfileView> profile = profiles.find(c.applicantSubject);
            if (profile.isPresent()) {
                for (FormField f : form(c).definition().fields()) {
                    if (f.prefill() != null
                            && data.containsKey(f.key())
                            && Objects.equals(data.get(f.key()), fact(profile.get(), f.prefill()))) {
                        String from = source(profile.get(), f.prefill());
                        if (from != null) {
                            sources.put(f.key(), from);
                        }
                    }
                }
            }
            documents = em.createQuery(
                            "select new city.citizen.internal.casework.CaseView$DocumentView(d.docKey, d.fileName,"
                                    + " d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt)"
                                    + " from CaseDocument d where d.caseId = :c order by d.docKey",
                            CaseView.DocumentView.class)
                    .setParameter("c", c.id)
                    .getResultList();
            history = em.createQuery("from CaseStep s where s.caseId = :c order by s.id", CaseStep.class)
                    .setParameter("c", c.id)
                    .getResultStream()
                    .map(s -> new CaseView.StepView(s.actor, s.at, s.fromStatus, s.toStatus, s.note))
                    .toList();
        }
        boolean overdue = c.status.open() && c.dueAt != null && c.dueAt.isBefore(clock.instant());
        return new CaseView(
                c.id,
                c.reference,
                c.serviceCode,
                service.nameZh(),
                service.nameEn(),
                c.departmentCode,
                c.formVersion,
                c.status,
                data,
                sources,
                c.feeFen,
                c.paymentId,
                c.refundId != null,
                c.submittedAt,
                c.dueAt,
                overdue,
                c.decidedAt,
                c.assignee,
                c.decisionNote,
                c.createdAt,
                c.updatedAt,
                c.version,
                documents,
                history);
    }
}
