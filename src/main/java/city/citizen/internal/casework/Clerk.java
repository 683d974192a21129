package city.citizen.internal.casework;

import city.platform.security.CurrentUser;
import java.util.Optional;

/**
 * A service clerk as casework knows them: the name that goes on the cases they take, and the department (the
 * {@code department} claim of their token) whose queue they work; without one they see no case at all.
 */
public record Clerk(String name, Optional<String> department) {

    public static Clerk of(CurrentUser user) {
        return new Clerk(user.displayName(), user.claim("department").filter(d -> !d.isBlank()));
    }

    boolean serves(ApplicationCase c) {
        return department.isPresent() && department.get().equals(c.departmentCode) && c.status != CaseStatus.DRAFT;
    }
}
