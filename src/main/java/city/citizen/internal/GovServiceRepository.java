package city.citizen.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class GovServiceRepository implements PanacheRepository<GovService> {

    Optional<GovService> findByCode(String code) {
        return find("from GovService s join fetch s.department where s.code = ?1", code)
                .firstResultOptional();
    }
}
