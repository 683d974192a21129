package city.citizen.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class DepartmentRepository implements PanacheRepository<Department> {

    Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
