package city.citizen.internal.casework;

import city.citizen.internal.application.FormDocument;
import city.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;

/**
 * The documents of applications: uploaded by the applicant while the application is a draft or returned to them,
 * each checked against what the form asks (the type sniffed from the content with Tika, the size, an image or PDF
 * that is whole), kept in PostgreSQL with its SHA-256; read only by the applicant and the department's clerks.
 */
@ApplicationScoped
public class CaseDocuments {

    private static final Tika TIKA = new Tika();

    private final EntityManager em;
    private final Casework casework;
    private final Clock clock;

    CaseDocuments(EntityManager em, Casework casework, Clock clock) {
        this.em = em;
        this.casework = casework;
        this.clock = clock;
    }

    /** A document's content, for download. */
    public record Download(String fileName, String mediaType, String sha256, byte[] content) {}

    /**
     * Keeps the applicant's document for one of the form's documents, replacing an earlier one. 404 for another's
     * application or a document the form does not ask; 409 once the application left the citizen's hands; 413 for a
     * file over the form's limit; 400 for an empty file, a type the form does not take, or a damaged image or PDF.
     */
    @Transactional
    public CaseView.DocumentView upload(
            String subject, String actorName, UUID caseId, String key, String fileName, byte[] content) {
        ApplicationCase c = em.find(ApplicationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.applicantSubject.equals(subject)) {
            throw CaseProblems.notFound(caseId);
        }
        FormDocument doc = casework.form(c).definition().documents().stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("This form asks for no document '" + key + "'."));
        if (!c.status.editable()) {
            throw CaseProblems.state(
                    CaseProblems.NOT_EDITABLE,
                    "Application " + CaseProblems.label(c) + " is " + c.status
                            + "; its documents can no longer change.");
        }
        if (content == null || content.length == 0) {
            throw refused(Response.Status.BAD_REQUEST, "empty", "The file is empty.");
        }
        if (content.length > doc.maxBytes()) {
            throw refused(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "too-large",
                    "The file has " + content.length + " bytes; " + doc.nameEn() + " may have at most "
                            + doc.sizeLimit() + ".");
        }
        String type = TIKA.detect(content);
        if (!doc.types().contains(type)) {
            throw refused(
                    Response.Status.BAD_REQUEST,
                    "wrong-type",
                    "The file is " + type + " by its content; " + doc.nameEn() + " must be one of " + doc.types()
                            + ".");
        }
        if (!whole(type, content)) {
            throw refused(
                    Response.Status.BAD_REQUEST, "damaged", "The file looks like " + type + " but cannot be read.");
        }
        CaseDocument d = em.createQuery("from CaseDocument d where d.caseId = :c and d.docKey = :k", CaseDocument.class)
                .setParameter("c", caseId)
                .setParameter("k", key)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    CaseDocument fresh = new CaseDocument();
                    fresh.id = UUID.randomUUID();
                    fresh.caseId = caseId;
                    fresh.docKey = key;
                    return fresh;
                });
        d.fileName = cleanName(fileName, key, type);
        d.mediaType = type;
        d.sizeBytes = content.length;
        d.sha256 = sha256(content);
        d.content = content;
        d.uploadedBy = actorName;
        d.uploadedAt = clock.instant();
        if (!em.contains(d)) {
            em.persist(d);
        }
        c.updatedAt = d.uploadedAt;
        em.flush();
        return new CaseView.DocumentView(d.docKey, d.fileName, d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt);
    }

    /** A document for its applicant; 404 for anyone else. */
    @Transactional
    public Download forApplicant(String subject, UUID caseId, String key) {
        ApplicationCase c = em.find(ApplicationCase.class, caseId);
        if (c == null || !c.applicantSubject.equals(subject)) {
            throw CaseProblems.notFound(caseId);
        }
        return read(caseId, key);
    }

    /** A document for a clerk of the application's department; 404 for any other clerk. */
    @Transactional
    public Download forClerk(Clerk clerk, UUID caseId, String key) {
        ApplicationCase c = em.find(ApplicationCase.class, caseId);
        if (c == null || !clerk.serves(c)) {
            throw CaseProblems.notFound(caseId);
        }
        return read(caseId, key);
    }

    private Download read(UUID caseId, String key) {
        List<CaseDocument> found = em.createQuery(
                        "from CaseDocument d where d.caseId = :c and d.docKey = :k", CaseDocument.class)
                .setParameter("c", caseId)
                .setParameter("k", key)
                .getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("No document '" + key + "' was uploaded for this application.");
        }
        CaseDocument d = found.get(0);
        return new Download(d.fileName, d.mediaType, d.sha256, d.content);
    }

    private static ProblemException refused(Response.Status status, String code, String detail) {
        return new ProblemException(status, CaseProblems.DOCUMENT_REFUSED, code, detail, List.of());
    }

    /** Whether an image decodes, or a PDF has its end-of-file marker: a truncated upload is refused. */
    static boolean whole(String type, byte[] content) {
        if (type.equals("application/pdf")) {
            int from = Math.max(0, content.length - 1024);
            String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
            return tail.contains("%%EOF");
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(content)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String cleanName(String fileName, String key, String type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty()) {
            name = key
                    + switch (type) {
                        case "application/pdf" -> ".pdf";
                        case "image/png" -> ".png";
                        default -> ".jpg";
                    };
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
