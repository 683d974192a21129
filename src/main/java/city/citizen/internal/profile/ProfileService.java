package city.citizen.internal.profile;

import city.citizen.api.CitizenProfiles;
import city.citizen.api.ProfileView;
import city.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the citizens' profiles: created the first time a citizen is seen, with what their sign-in account says (name,
 * e-mail, language); never overwrites a fact the registry or the citizen gave.
 */
@ApplicationScoped
public class ProfileService implements CitizenProfiles {

    static final String ACCOUNT = "account";
    static final String REGISTRY = "registry";

    private final EntityManager em;

    ProfileService(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public Optional<ProfileView> find(String subject) {
        return Optional.ofNullable(em.find(CitizenProfile.class, subject)).map(ProfileService::view);
    }

    /** The caller's profile, created or filled in from their account's claims where a fact is still unknown. */
    @Transactional
    public ProfileView current(CurrentUser user) {
        return fromAccount(
                user.id(), user.displayName(), user.claim("name"), user.claim("email"), user.claim("locale"));
    }

    /**
     * A person's profile, created or filled in from what their account says (at sign-in, or on a call with their
     * token) where a fact is still unknown; what the registry or the citizen wrote stays.
     */
    @Transactional
    public ProfileView fromAccount(
            String subject,
            String username,
            Optional<String> fullName,
            Optional<String> emailClaim,
            Optional<String> locale) {
        CitizenProfile p = em.find(CitizenProfile.class, subject);
        boolean fresh = p == null;
        if (fresh) {
            p = new CitizenProfile();
            p.subject = subject;
            p.username = username;
            p.language = locale.filter(l -> l.startsWith("en")).map(l -> "en").orElse("zh");
        }
        boolean changed = fresh;
        if (p.fullName == null) {
            Optional<String> name = fullName;
            if (name.isPresent()) {
                p.fullName = name.get();
                p.fullNameFrom = ACCOUNT;
                changed = true;
            }
        }
        if (p.email == null) {
            Optional<String> email = emailClaim;
            if (email.isPresent()) {
                p.email = email.get();
                p.emailFrom = ACCOUNT;
                changed = true;
            }
        }
        if (changed) {
            p.updatedAt = Instant.now();
            if (fresh) {
                em.persist(p);
            }
        }
        return view(p);
    }

    /** Writes what the household registry holds of a citizen (the demo data); facts the citizen typed stay. */
    @Transactional
    public void register(
            String subject,
            String username,
            String fullName,
            String idNumber,
            String phone,
            String address,
            java.time.LocalDate birthDate) {
        CitizenProfile p = em.find(CitizenProfile.class, subject);
        if (p == null) {
            p = new CitizenProfile();
            p.subject = subject;
            p.username = username;
            em.persist(p);
        }
        if (!"citizen".equals(p.fullNameFrom)) {
            p.fullName = fullName;
            p.fullNameFrom = REGISTRY;
        }
        if (!"citizen".equals(p.idNumberFrom)) {
            p.idNumber = idNumber;
            p.idNumberFrom = REGISTRY;
        }
        if (!"citizen".equals(p.phoneFrom)) {
            p.phone = phone;
            p.phoneFrom = REGISTRY;
        }
        if (!"citizen".equals(p.addressFrom)) {
            p.address = address;
            p.addressFrom = REGISTRY;
        }
        p.birthDate = birthDate;
        p.updatedAt = Instant.now();
    }

    static ProfileView view(CitizenProfile p) {
        return new ProfileView(
                p.subject,
                p.username,
                p.fullName,
                p.fullNameFrom,
                p.email,
                p.emailFrom,
                p.phone,
                p.phoneFrom,
                p.idNumber,
                p.idNumberFrom,
                p.address,
                p.addressFrom,
                p.birthDate,
                p.language);
    }
}
