package city.citizen.internal;

import city.citizen.api.DepartmentView;
import city.citizen.api.DocumentName;
import city.citizen.api.ServiceCatalogue;
import city.citizen.api.ServiceDetail;
import city.citizen.api.ServiceInput;
import city.citizen.api.ServiceSummary;
import city.platform.rest.PageOf;
import city.platform.rest.PageQuery;
import city.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** Reads and keeps the government service catalogue. */
@ApplicationScoped
public class CatalogueService implements ServiceCatalogue {

    private final GovServiceRepository services;
    private final DepartmentRepository departments;
    private final CatalogueSearch search;
    private final EntityManager em;
    private final Clock clock;

    CatalogueService(
            GovServiceRepository services,
            DepartmentRepository departments,
            CatalogueSearch search,
            EntityManager em,
            Clock clock) {
        this.services = services;
        this.departments = departments;
        this.search = search;
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceDetail> findService(String code) {
        return findByCode(code, false);
    }

    /** A service by code; retired ones only when asked for (staff). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceDetail> findByCode(String code, boolean includeRetired) {
        return services.findByCode(code)
                .filter(s -> includeRetired || s.retiredAt == null)
                .map(CatalogueService::detail);
    }

    /** Every department, in the city's order, with how many services it offers now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentView> departments() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.code, d.name_zh, d.name_en,
                               (select count(*) from citizen.gov_service s
                                 where s.department_id = d.id and s.retired_at is null)
                        from citizen.department d order by d.sort_order, d.code""").getResultList();
        return rows.stream()
                .map(r -> new DepartmentView((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** One page of services matching the query: ranked when it has text, else in department order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<ServiceSummary> find(CatalogueQuery query, PageQuery page) {
        return search.search(query, page);
    }

    @Transactional
    public ServiceDetail create(ServiceInput input) {
        if (services.findByCode(input.code()).isPresent()) {
            throw ProblemException.conflict("A service with code " + input.code() + " already exists.");
        }
        GovService service = new GovService();
        service.code = input.code();
        service.createdAt = clock.instant();
        apply(service, input);
        try {
            services.persistAndFlush(service);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.conflict("A service with code " + input.code() + " already exists.");
            }
            throw e;
        }
        return detail(service);
    }

    @Transactional
    public ServiceDetail update(String code, ServiceInput input) {
        GovService service =
                services.findByCode(code).orElseThrow(() -> ProblemException.notFound("No service " + code + "."));
        if (!code.equals(input.code())) {
            throw ProblemException.invalidField("code", "cannot be changed (it was " + code + ")");
        }
        if (input.version() != null && input.version() != service.version) {
            throw staleEdit(code);
        }
        apply(service, input);
        try {
            services.flush();
        } catch (OptimisticLockException e) {
            throw staleEdit(code);
        }
        return detail(service);
    }

    /** Stops offering a service; it stays in the database. Retiring twice changes nothing. */
    @Transactional
    public void retire(String code) {
        GovService service =
                services.findByCode(code).orElseThrow(() -> ProblemException.notFound("No service " + code + "."));
        if (service.retiredAt == null) {
            service.retiredAt = clock.instant();
            service.updatedAt = service.retiredAt;
        }
    }

    private static ProblemException staleEdit(String code) {
        return ProblemException.conflict("Service " + code
                + " was changed by someone else since you opened it. Reload it and make your change again.");
    }

    private void apply(GovService service, ServiceInput input) {
        service.department = departments
                .findByCode(input.departmentCode())
                .orElseThrow(() ->
                        ProblemException.invalidField("departmentCode", "no department " + input.departmentCode()));
        service.nameZh = input.nameZh().strip();
        service.nameEn = input.nameEn().strip();
        service.descriptionZh = input.descriptionZh().strip();
        service.descriptionEn = input.descriptionEn().strip();
        service.eligibilityZh = input.eligibilityZh().strip();
        service.eligibilityEn = input.eligibilityEn().strip();
        service.feeFen = input.feeFen();
        service.processingDays = input.processingDays();
        service.channel = input.channel();
        service.documents.clear();
        input.documents()
                .forEach(d -> service.documents.add(
                        new DocumentEntry(d.nameZh().strip(), d.nameEn().strip())));
        service.updatedAt = clock.instant();
    }

    static ServiceDetail detail(GovService s) {
        return new ServiceDetail(
                s.code,
                s.department.code,
                s.department.nameZh,
                s.department.nameEn,
                s.nameZh,
                s.nameEn,
                s.descriptionZh,
                s.descriptionEn,
                s.eligibilityZh,
                s.eligibilityEn,
                s.documents.stream()
                        .map(d -> new DocumentName(d.nameZh, d.nameEn))
                        .toList(),
                s.feeFen,
                s.processingDays,
                s.channel,
                s.retiredAt,
                s.updatedAt,
                s.version);
    }
}
