package city.citizen.internal.notification;

import city.citizen.api.CitizenProfiles;
import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import city.citizen.api.ProfileView;
import city.platform.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes notifications (the inbox copy and, when wanted, the e-mail in the outbox) in the sender's transaction, and
 * answers a citizen's inbox and channel preferences. Every read and change is by recipient: nobody reaches another's.
 */
@ApplicationScoped
public class NotificationService implements Notifications {

    static final String MESSAGE_ID_DOMAIN = "notifications.city";

    private final EntityManager em;
    private final CitizenProfiles profiles;
    private final NotificationTemplates templates;

    NotificationService(EntityManager em, CitizenProfiles profiles, NotificationTemplates templates) {
        this.em = em;
        this.profiles = profiles;
        this.templates = templates;
    }

    @Override
    @Transactional
    public UUID send(NotificationRequest request) {
        if (request.idempotencyKey().isBlank() || request.idempotencyKey().length() > 200) {
            throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
        }
        Optional<UUID> earlier = byKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<ProfileView> profile = profiles.find(request.recipient());
        String language = profile.map(ProfileView::language).orElse("zh");
        Map<String, String> params = new HashMap<>(request.params());
        params.putIfAbsent(
                "name",
                profile.map(p -> p.fullName() != null ? p.fullName() : p.username())
                        .orElse(""));
        NotificationTemplates.Rendered text = templates.render(request.template(), language, params);
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into citizen.notification"
                        + " (id, recipient, kind, template, language, subject, body, idempotency_key)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (idempotency_key) do nothing")
                .setParameter(1, id)
                .setParameter(2, request.recipient())
                .setParameter(3, request.kind().name())
                .setParameter(4, request.template())
                .setParameter(5, language)
                .setParameter(6, text.subject())
                .setParameter(7, text.body())
                .setParameter(8, request.idempotencyKey())
                .executeUpdate();
        if (inserted == 0) {
            // a concurrent send with the same key committed first
            return byKey(request.idempotencyKey()).orElseThrow();
        }
        String email = profile.map(ProfileView::email).orElse(null);
        if (email != null && !email.isBlank() && wantsEmail(request.recipient(), request.kind())) {
            em.createNativeQuery("insert into citizen.notification_email (notification_id, to_address, message_id)"
                            + " values (?1, ?2, ?3)")
                    .setParameter(1, id)
                    .setParameter(2, email)
                    .setParameter(3, "<" + id + "@" + MESSAGE_ID_DOMAIN + ">")
                    .executeUpdate();
        }
        return id;
    }

    private Optional<UUID> byKey(String key) {
        List<?> rows = em.createNativeQuery("select id from citizen.notification where idempotency_key = ?1")
                .setParameter(1, key)
                .getResultList();
        return rows.stream().map(r -> (UUID) r).findFirst();
    }

    /** The citizen's messages, newest first. */
    @Transactional
    public List<NotificationView> inbox(String recipient, int offset, int limit) {
        List<?> rows = em.createNativeQuery(
                        SELECT + " where n.recipient = ?1 order by n.created_at desc, n.id" + " offset ?2 limit ?3")
                .setParameter(1, recipient)
                .setParameter(2, offset)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> view((Object[]) r)).toList();
    }

    /** One of the citizen's messages; empty when it does not exist or is someone else's. */
    @Transactional
    public Optional<NotificationView> find(String recipient, UUID id) {
        List<?> rows = em.createNativeQuery(SELECT + " where n.recipient = ?1 and n.id = ?2")
                .setParameter(1, recipient)
                .setParameter(2, id)
                .getResultList();
        return rows.stream().map(r -> view((Object[]) r)).findFirst();
    }

    /** Marks one of the citizen's messages read (again: no change); false when it is not theirs. */
    @Transactional
    public boolean markRead(String recipient, UUID id) {
        em.createNativeQuery("update citizen.notification set read_at = now()"
                        + " where recipient = ?1 and id = ?2 and read_at is null")
                .setParameter(1, recipient)
                .setParameter(2, id)
                .executeUpdate();
        return find(recipient, id).isPresent();
    }

    /** Marks all of the citizen's messages read; answers how many were unread. */
    @Transactional
    public int markAllRead(String recipient) {
        return em.createNativeQuery(
                        "update citizen.notification set read_at = now() where recipient = ?1 and read_at is null")
                .setParameter(1, recipient)
                .executeUpdate();
    }

    @Transactional
    public long total(String recipient) {
        return ((Number) em.createNativeQuery("select count(*) from citizen.notification where recipient = ?1")
                        .setParameter(1, recipient)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long unread(String recipient) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from citizen.notification where recipient = ?1 and read_at is null")
                        .setParameter(1, recipient)
                        .getSingleResult())
                .longValue();
    }

    /** Every kind with the citizen's choice; e-mail is on until they turn it off. */
    @Transactional
    public List<ChannelPreference> preferences(String subject) {
        Map<NotificationKind, Boolean> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, true);
        }
        List<?> rows = em.createNativeQuery(
                        "select kind, email from citizen.notification_preference where subject = ?1")
                .setParameter(1, subject)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            chosen.put(NotificationKind.valueOf((String) r[0]), (Boolean) r[1]);
        }
        return chosen.entrySet().stream()
                .map(e -> new ChannelPreference(e.getKey(), e.getValue()))
                .toList();
    }

    /** Stores the citizen's choices together; kinds not named keep theirs. */
    @Transactional
    public List<ChannelPreference> choose(String subject, List<ChannelPreference> choices) {
        for (ChannelPreference c : choices) {
            em.createNativeQuery(
                            "insert into citizen.notification_preference (subject, kind, email) values (?1, ?2, ?3)"
                                    + " on conflict (subject, kind) do update set email = excluded.email, updated_at = now()")
                    .setParameter(1, subject)
                    .setParameter(2, c.kind().name())
                    .setParameter(3, c.email())
                    .executeUpdate();
        }
        return preferences(subject);
    }

    private boolean wantsEmail(String subject, NotificationKind kind) {
        List<?> rows = em.createNativeQuery(
                        "select email from citizen.notification_preference where subject = ?1 and kind = ?2")
                .setParameter(1, subject)
                .setParameter(2, kind.name())
                .getResultList();
        return rows.isEmpty() || Boolean.TRUE.equals(rows.get(0));
    }

    private static final String SELECT =
            "select n.id, n.kind, n.subject, n.body, n.language, n.created_at, n.read_at, e.status"
                    + " from citizen.notification n left join citizen.notification_email e on e.notification_id = n.id";

    private static NotificationView view(Object[] r) {
        return new NotificationView(
                (UUID) r[0],
                NotificationKind.valueOf((String) r[1]),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                SqlValues.instant(r[5]),
                SqlValues.instant(r[6]),
                (String) r[7]);
    }
}
