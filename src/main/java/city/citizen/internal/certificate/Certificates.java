package city.citizen.internal.certificate;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import city.platform.config.PublicUrl;
import city.platform.crypto.SignedJws;
import city.platform.db.SqlValues;
import city.platform.rest.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The city's electronic certificates: issued when an application that grants one is approved (in the approval's
 * transaction, so a certificate exists exactly when its approval does), kept in the holder's licence wallet, verified
 * by anyone by code or by the PDF, revoked by the issuing department.
 *
 * <p>What a certificate states is signed as a compact JWS (EdDSA, a key of {@link CertificateKeys}) and the JWS is
 * embedded in the PDF: a verifier checks the signature against the published keys, so a PDF whose embedded data was
 * altered is refused, and what it states is shown from the signed data (and our record), never from the page.
 */
@ApplicationScoped
public class Certificates {

    /** Shanghai's dates: a certificate issued at 01:00 on the 1st in Shanghai is issued on the 1st. */
    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    /** A certificate PDF of ours is about 30 kB; an upload to verify may be a little bigger, never this big. */
    public static final int MAX_PDF_BYTES = 2 * 1024 * 1024;

    static final int MAX_REASON = 500;
    private static final int MAX_JWS = 16 * 1024;
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Statement>> STATEMENTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> FIELDS = new TypeReference<>() {};

    private static final String SELECT = """
            select c.id, c.number, c.verification_code, c.type_code, t.name_zh, t.name_en, c.holder_name,
                   c.department_code, d.name_zh as dept_zh, d.name_en as dept_en, c.issued_at, c.valid_until,
                   cast(c.statements as text), c.revoked_at, c.revoked_by, c.revoke_reason, c.case_id
            from citizen.certificate c
            join citizen.certificate_type t on t.code = c.type_code
            left join citizen.department d on d.code = c.department_code
            """;

    private final EntityManager em;
    private final CertificateKeys keys;
    private final CertificatePdf pdfs;
    private final Notifications notifications;
    private final PublicUrl publicUrl;
    private final Clock clock;

    Certificates(
            EntityManager em,
            CertificateKeys keys,
            CertificatePdf pdfs,
            Notifications notifications,
            PublicUrl publicUrl,
            Clock clock) {
        this.em = em;
        this.keys = keys;
        this.pdfs = pdfs;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The certificate an approved application for the service issues, if it issues one. */
    @Transactional
    public Optional<CertificateType> typeFor(String serviceCode) {
        List<?> rows =
                em.createNativeQuery("""
                        select t.code, t.number_prefix, t.name_zh, t.name_en, t.valid_months, cast(t.fields as text)
                        from citizen.certificate_issuer i join citizen.certificate_type t on t.code = i.certificate_type
                        where i.service_code = :service""").setParameter("service", serviceCode).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new CertificateType(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    row[4] == null ? null : ((Number) row[4]).intValue(),
                    read((String) row[5], FIELDS));
        });
    }

    /**
     * Issues the certificate of an approved application, in the caller's transaction: its number, verification code,
     * signed data and PDF. One per case: a second call for the same case answers the first certificate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CertificateView issue(IssueRequest request, CertificateType type) {
        Optional<CertificateView> earlier = ofCase(request.caseId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (pdfs.fontFile().isEmpty()) {
            // the approval is not made either: it waits for a server that can issue what it grants
            throw new ProblemException(
                    jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE,
                    "This server cannot make certificates: it has no CJK font (install fonts-wqy-microhei or set"
                            + " city.certificates.font-files). Nothing was approved; try again once it has one.");
        }
        Instant now = clock.instant();
        LocalDate issuedOn = LocalDate.ofInstant(now, CITY_ZONE);
        LocalDate validUntil = type.validMonths() == null
                ? null
                : issuedOn.plusMonths(type.validMonths()).minusDays(1);
        UUID id = UUID.randomUUID();
        long n = ((Number) em.createNativeQuery("select nextval('citizen.certificate_number_seq')")
                        .getSingleResult())
                .longValue();
        String number = String.format("%s-%d-%06d", type.numberPrefix(), issuedOn.getYear(), n);
        String code = newCode();
        String[] department = departmentNames(request.departmentCode());
        CertificateKeys.KeySet keySet = keys.current();
        String jws = sign(keySet, id, number, code, type, request, department, now, validUntil);
        byte[] pdf = pdfs.render(new CertificatePdf.Content(
                type.nameZh(),
                type.nameEn(),
                number,
                code,
                request.holderName(),
                department[0],
                department[1],
                now,
                validUntil,
                request.statements(),
                verifyUrl(code),
                jws));
        em.createNativeQuery("""
                        insert into citizen.certificate (id, number, verification_code, type_code, case_id,
                            holder_subject, holder_name, department_code, issued_at, valid_until, statements, jws, kid,
                            pdf, pdf_sha256)
                        values (:id, :number, :code, :type, :caseId, :holder, :holderName, :department, :issuedAt,
                            :validUntil, cast(:statements as jsonb), :jws, :kid, :pdf, :sha256)""")
                .setParameter("id", id)
                .setParameter("number", number)
                .setParameter("code", code)
                .setParameter("type", type.code())
                .setParameter("caseId", request.caseId())
                .setParameter("holder", request.holderSubject())
                .setParameter("holderName", request.holderName())
                .setParameter("department", request.departmentCode())
                .setParameter("issuedAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("validUntil", validUntil)
                .setParameter("statements", write(request.statements()))
                .setParameter("jws", jws)
                .setParameter("kid", keySet.signingKey().getKeyId())
                .setParameter("pdf", pdf)
                .setParameter("sha256", sha256(pdf))
                .executeUpdate();
        return ofCase(request.caseId()).orElseThrow();
    }

    /** The citizen's certificates, newest first. */
    @Transactional
    public List<CertificateView> mine(String subject) {
        return views(
                SELECT + " where c.holder_subject = :holder order by c.issued_at desc, c.number", "holder", subject);
    }

    /** One of the citizen's certificates; 404 for anyone else's. */
    @Transactional
    public CertificateView mine(String subject, UUID id) {
        return views(SELECT + " where c.id = :id", "id", id).stream()
                .filter(v -> subject.equals(holderOf(v.id())))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("No certificate " + id + " of yours."));
    }

    /** The PDF of one of the citizen's certificates; 404 for anyone else's. */
    @Transactional
    public byte[] myPdf(String subject, UUID id) {
        List<?> rows = em.createNativeQuery(
                        "select pdf from citizen.certificate where id = :id and holder_subject = :holder")
                .setParameter("id", id)
                .setParameter("holder", subject)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No certificate " + id + " of yours.");
        }
        return (byte[]) rows.get(0);
    }

    /** The department's certificates, newest first, at most {@code limit}; none for a clerk without one. */
    @Transactional
    public List<CertificateView> ofDepartment(Optional<String> department, int limit) {
        if (department.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery(SELECT
                        + " where c.department_code = :department order by c.issued_at desc, c.number limit :limit")
                .setParameter("department", department.get())
                .setParameter("limit", limit)
                .getResultList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), CITY_ZONE);
        return rows.stream().map(r -> view((Object[]) r, today)).toList();
    }

    /** The certificate an application issued, if any. */
    @Transactional
    public Optional<CertificateView> ofCase(UUID caseId) {
        return views(SELECT + " where c.case_id = :caseId", "caseId", caseId).stream()
                .findFirst();
    }

    /** The PDF of a certificate of the clerk's department; 404 for another department's. */
    @Transactional
    public byte[] departmentPdf(Optional<String> department, UUID id) {
        List<?> rows = em.createNativeQuery(
                        "select pdf from citizen.certificate where id = :id and department_code = :department")
                .setParameter("id", id)
                .setParameter("department", department.orElse(""))
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No certificate " + id + " of your department.");
        }
        return (byte[]) rows.get(0);
    }

    /**
     * Revokes a certificate of the clerk's department, with the reason verifiers and the holder read; 404 for another
     * department's, 409 when it is revoked already. The holder is told.
     */
    @Transactional
    public CertificateView revoke(String actor, Optional<String> department, UUID id, String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw ProblemException.invalidField("reason", "required", "is required: say why");
        }
        if (clean.length() > MAX_REASON) {
            throw ProblemException.invalidField("reason", "too-long", "is longer than " + MAX_REASON + " characters");
        }
        List<?> locked = em.createNativeQuery("""
                        select holder_subject, revoked_at from citizen.certificate
                        where id = :id and department_code = :department for update""")
                .setParameter("id", id)
                .setParameter("department", department.orElse(""))
                .getResultList();
        if (locked.isEmpty()) {
            throw ProblemException.notFound("No certificate " + id + " of your department.");
        }
        Object[] row = (Object[]) locked.get(0);
        if (row[1] != null) {
            throw ProblemException.conflict(
                    "https://city.example/problems/certificate-revoked", "The certificate is revoked already.");
        }
        em.createNativeQuery("""
                        update citizen.certificate set revoked_at = :now, revoked_by = :actor, revoke_reason = :reason
                        where id = :id""")
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter("actor", actor)
                .setParameter("reason", clean)
                .setParameter("id", id)
                .executeUpdate();
        CertificateView revoked = views(SELECT + " where c.id = :id", "id", id).get(0);
        notifications.send(new NotificationRequest(
                (String) row[0],
                NotificationKind.APPLICATION_STATUS,
                "certificate_revoked",
                Map.of(
                        "number", revoked.number(),
                        "type_zh", revoked.typeZh(),
                        "type_en", revoked.typeEn(),
                        "reason", clean,
                        "url", "/citizen/licences"),
                "citizen:certificate:" + id + ":revoked"));
        return revoked;
    }

    /** Verifies a verification code, as printed (any case, with or without the dashes). */
    @Transactional
    public Verification verifyCode(String code) {
        String normal = normalise(code);
        if (normal == null) {
            throw ProblemException.invalidField(
                    "code", "format", "is not a verification code: 16 letters and digits, such as 7K3M-Q9TZ-2HXD-F4PA");
        }
        return views(SELECT + " where c.verification_code = :code", "code", normal).stream()
                .findFirst()
                .map(Verification::of)
                .orElseGet(() -> Verification.unknown("No certificate has this verification code."));
    }

    /**
     * Verifies an uploaded PDF by the signed data it carries: genuine and on record, or unknown. What it states comes
     * from our record of the signed certificate, not from the uploaded pages.
     */
    @Transactional
    public Verification verifyPdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalidField("file", "required", "is empty: upload the certificate's PDF");
        }
        if (pdf.length > MAX_PDF_BYTES) {
            throw ProblemException.invalidField("file", "too-big", "is bigger than a certificate can be (2 MB)");
        }
        Optional<String> jws = CertificatePdf.embeddedJws(pdf);
        if (jws.isEmpty()) {
            return Verification.unknown("The file is not a certificate PDF of this city: it carries no signed data.");
        }
        SignedJws.Verified verified;
        try {
            verified = SignedJws.verify(jws.get(), SignedJws.ed25519Keys(keys.allPublicKeys()), MAX_JWS);
        } catch (SignedJws.Rejected e) {
            return Verification.unknown(
                    switch (e.failure()) {
                        case TAMPERED -> "The signed data of the file was altered: the signature does not match.";
                        case UNKNOWN_KEY, NO_KEY_ID -> "The file was not signed with a key of this city.";
                        case MALFORMED -> "The signed data of the file is not readable.";
                    });
        }
        String id;
        try {
            id = JwtClaims.parse(verified.payload()).getJwtId();
        } catch (Exception e) {
            return Verification.unknown("The signed data of the file is not readable.");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            return Verification.unknown("The signed data of the file names no certificate.");
        }
        List<?> signed = em.createNativeQuery("select jws from citizen.certificate where id = :id")
                .setParameter("id", uuid)
                .getResultList();
        if (signed.isEmpty() || !jws.get().strip().equals(signed.get(0))) {
            return Verification.unknown("No certificate of this city matches the file.");
        }
        return Verification.of(views(SELECT + " where c.id = :id", "id", uuid).get(0));
    }

    /** The public keys that sign certificates, retired ones too (a certificate outlives its key), as a JWK Set. */
    public String jwks() {
        return keys.allPublicKeys();
    }

    /** Where the QR code of a certificate leads. */
    public String verifyUrl(String code) {
        return publicUrl.value().replaceAll("/+$", "") + "/verify?code=" + code;
    }

    /** A printed code in its stored form, or null if it cannot be one. */
    static String normalise(String code) {
        if (code == null || code.length() > 40) {
            return null;
        }
        String s = code.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (!CODE.matcher(s).matches()) {
            return null;
        }
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    private static String newCode() {
        StringBuilder s = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
        }
        return s.toString();
    }

    private String sign(
            CertificateKeys.KeySet keySet,
            UUID id,
            String number,
            String code,
            CertificateType type,
            IssueRequest request,
            String[] department,
            Instant now,
            LocalDate validUntil) {
        Map<String, Object> certificate = new LinkedHashMap<>();
        certificate.put("type", type.code());
        certificate.put("typeZh", type.nameZh());
        certificate.put("typeEn", type.nameEn());
        certificate.put("number", number);
        certificate.put("verificationCode", code);
        certificate.put("holder", request.holderName());
        certificate.put("issuer", request.departmentCode());
        certificate.put("issuerZh", department[0]);
        certificate.put("issuerEn", department[1]);
        certificate.put("issuedOn", LocalDate.ofInstant(now, CITY_ZONE).toString());
        certificate.put("validUntil", validUntil == null ? null : validUntil.toString());
        certificate.put(
                "statements",
                request.statements().stream()
                        .map(s -> Map.of(
                                "labelZh", s.labelZh(),
                                "labelEn", s.labelEn(),
                                "valueZh", s.valueZh(),
                                "valueEn", s.valueEn()))
                        .toList());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(publicUrl.value());
        claims.setJwtId(id.toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setClaim("certificate", certificate);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(city.platform.crypto.SigningKeys.ALGORITHM);
        jws.setKeyIdHeaderValue(keySet.signingKey().getKeyId());
        jws.setHeader("typ", "city-certificate+jwt");
        jws.setPayload(claims.toJson());
        jws.setKey(keySet.signingKey().getPrivateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign certificate " + number, e);
        }
    }

    private String[] departmentNames(String code) {
        List<?> rows = em.createNativeQuery("select name_zh, name_en from citizen.department where code = :code")
                .setParameter("code", code)
                .getResultList();
        if (rows.isEmpty()) {
            return new String[] {code, code};
        }
        Object[] row = (Object[]) rows.get(0);
        return new String[] {(String) row[0], (String) row[1]};
    }

    private String holderOf(UUID id) {
        return (String) em.createNativeQuery("select holder_subject from citizen.certificate where id = :id")
                .setParameter("id", id)
                .getSingleResult();
    }

    private List<CertificateView> views(String sql, String name, Object value) {
        List<?> rows = em.createNativeQuery(sql).setParameter(name, value).getResultList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), CITY_ZONE);
        return rows.stream().map(r -> view((Object[]) r, today)).toList();
    }

    private static CertificateView view(Object[] row, LocalDate today) {
        Instant revokedAt = SqlValues.instant(row[13]);
        LocalDate validUntil = SqlValues.localDate(row[11]);
        CertificateStatus status = revokedAt != null
                ? CertificateStatus.REVOKED
                : validUntil != null && validUntil.isBefore(today)
                        ? CertificateStatus.EXPIRED
                        : CertificateStatus.VALID;
        return new CertificateView(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                row[8] == null ? (String) row[7] : (String) row[8],
                row[9] == null ? (String) row[7] : (String) row[9],
                SqlValues.instant(row[10]),
                validUntil,
                read((String) row[12], STATEMENTS),
                status,
                revokedAt,
                (String) row[14],
                (String) row[15],
                (UUID) row[16]);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable certificate data", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
