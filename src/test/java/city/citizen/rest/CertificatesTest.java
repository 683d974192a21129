package city.citizen.rest;

import static city.citizen.rest.Applications.MINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import city.citizen.internal.certificate.CertificatePdf;
import city.testing.CodeFlow;
import city.testing.PageForm;
import city.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approving a licence-type service issues a signed certificate: in the holder's wallet and nobody else's, as a PDF
 * with Chinese text, verifiable by code and by PDF (an altered one is refused), and revocable by its department.
 */
@QuarkusTest
class CertificatesTest {

    static final String MY_CERTIFICATES = "/api/v1/citizen/my/certificates";
    static final String VERIFY = "/api/v1/certificates/verify";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void registry() {
        Applications.registry();
    }

    /** A residence permit renewal of the demo citizen, submitted, claimed and approved by the police's clerk. */
    static String approvedResidencePermit(String citizen, String clerk) {
        String id = Applications.draft(citizen, "PSB-015");
        Applications.answer(
                citizen,
                id,
                Map.of(
                        "full_name", "张伟",
                        "id_number", "310101198503121236",
                        "phone", "13800138001",
                        "address", "上海市黄浦区南京东路 100 号 3 室",
                        "permit_number", "3100001234567"));
        Applications.upload(citizen, id, "id_card", Applications.png()).then().statusCode(200);
        Applications.upload(citizen, id, "lease", Applications.png()).then().statusCode(200);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(200);
        CaseQueueApiTest.act(clerk, id, "claim", null).then().statusCode(200);
        CaseQueueApiTest.act(clerk, id, "approve", Map.of("note", "居住登记满半年"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CERTIFIED"));
        return id;
    }

    static Map<String, Object> certificateOf(String citizen, String caseId) {
        List<Map<String, Object>> mine = given().auth()
                .oauth2(citizen)
                .get(MY_CERTIFICATES)
                .then()
                .statusCode(200)
                .extract()
                .path("");
        return mine.stream()
                .filter(c -> caseId.equals(c.get("caseId")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anApprovedLicenceIsIssuedSignedAndVerifiable() throws Exception {
        String citizen = Tokens.of("citizen");
        String clerk = Tokens.of("service-clerk");
        String caseId = approvedResidencePermit(citizen, clerk);

        // the application's history says so, and the wallet holds it
        List<String> steps = given().auth()
                .oauth2(citizen)
                .get(MINE + "/" + caseId)
                .then()
                .statusCode(200)
                .extract()
                .path("history.to");
        assertThat(steps).endsWith("APPROVED", "CERTIFIED");
        Map<String, Object> cert = certificateOf(citizen, caseId);
        assertThat(cert.get("typeCode")).isEqualTo("RESIDENCE_PERMIT");
        assertThat(cert.get("status")).isEqualTo("VALID");
        assertThat((String) cert.get("number")).matches("RP-\\d{4}-\\d{6,}");
        String code = (String) cert.get("verificationCode");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(cert.get("validUntil"))
                .isEqualTo(today.plusMonths(12).minusDays(1).toString());
        String statements = JSON.writeValueAsString(cert.get("statements"));
        assertThat(statements).contains("310101********1236").doesNotContain("310101198503121236");
        assertThat(statements).contains("3100001234567").contains("南京东路");

        // the PDF: Chinese text in an embedded font, the code, and the signed data
        byte[] pdf = given().auth()
                .oauth2(citizen)
                .get(MY_CERTIFICATES + "/" + cert.get("id") + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String jws;
        // kept for people to look at: target/sample-certificate.pdf and .png
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sample-certificate.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 72),
                    "png",
                    java.nio.file.Path.of("target", "sample-certificate.png").toFile());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("上海市居住证")
                    .contains("张伟")
                    .contains((String) cert.get("number"))
                    .contains(code)
                    .contains("上海市公安局");
            assertThat(doc.getPage(0)
                            .getResources()
                            .getFont(doc.getPage(0)
                                    .getResources()
                                    .getFontNames()
                                    .iterator()
                                    .next())
                            .isEmbedded())
                    .isTrue();
            jws = doc.getDocumentInformation().getCustomMetadataValue(CertificatePdf.JWS_KEY);
        }

        // the signature checks out with the published key, using only the JDK (not the library that signed it)
        String keys = given().get("/api/v1/certificates/keys")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode payload = verifyWithTheJdk(jws, JSON.readTree(keys));
        assertThat(payload.path("jti").asText()).isEqualTo(cert.get("id"));
        assertThat(payload.path("certificate").path("number").asText()).isEqualTo(cert.get("number"));
        assertThat(payload.path("certificate").path("holder").asText()).isEqualTo("张伟");
        assertThat(keys).doesNotContain("\"d\"");

        // anyone verifies it by code, typed sloppily too, and by the PDF
        given().queryParam("code", code)
                .get(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("certificate.holderName", equalTo("张伟"))
                .body("certificate.typeEn", equalTo("Shanghai residence permit"));
        given().queryParam("code", code.replace("-", "").toLowerCase())
                .get(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"));
        given().contentType("application/pdf")
                .body(pdf)
                .post(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("certificate.number", equalTo(cert.get("number")));

        // an altered PDF (its signed data changed: another holder) and a file that is no certificate are refused
        byte[] forged = withPayload(pdf, jws, payload.toString().replace("张伟", "王五"));
        given().contentType("application/pdf")
                .body(forged)
                .post(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("UNKNOWN"))
                .body("certificate", equalTo(null));
        given().contentType("application/pdf")
                .body("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII))
                .post(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("UNKNOWN"));
        given().queryParam("code", "0000-0000-0000-0000")
                .get(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("UNKNOWN"));
        given().queryParam("code", "not a code")
                .get(VERIFY)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void nobodyElseSeesItAndItsDepartmentRevokesItOnce() {
        String citizen = Tokens.of("citizen");
        String clerk = Tokens.of("service-clerk");
        String caseId = approvedResidencePermit(citizen, clerk);
        Map<String, Object> cert = certificateOf(citizen, caseId);
        String id = (String) cert.get("id");

        String other = Tokens.of("citizen2");
        given().auth().oauth2(other).get(MY_CERTIFICATES + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(other)
                .get(MY_CERTIFICATES + "/" + id + "/pdf")
                .then()
                .statusCode(404);
        List<String> theirs = given().auth()
                .oauth2(other)
                .get(MY_CERTIFICATES)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(theirs).doesNotContain(id);

        // the department lists it; a reason is required; revoked once, then 409
        List<String> department = given().auth()
                .oauth2(clerk)
                .get("/api/v1/citizen/certificates")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(department).contains(id);
        String revoke = "/api/v1/citizen/certificates/" + id + "/revoke";
        given().auth()
                .oauth2(clerk)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post(revoke)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(clerk)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "持证人已离沪"))
                .post(revoke)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedBy", equalTo("service-clerk"));
        given().auth()
                .oauth2(clerk)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post(revoke)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        // every verifier learns it, and the holder is told
        given().queryParam("code", cert.get("verificationCode"))
                .get(VERIFY)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("certificate.revokeReason", equalTo("持证人已离沪"))
                .body("certificate.revokedBy", equalTo(null));
        List<String> subjects = given().auth()
                .oauth2(citizen)
                .get("/api/v1/citizen/my/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("messages.items.subject");
        assertThat(subjects).anyMatch(s -> s.contains((String) cert.get("number")) && s.contains("注销"));
    }

    @Test
    @TestSecurity(user = "certificate-clerk-without-department", roles = "service-clerk")
    void aClerkWithoutADepartmentRevokesNothing() {
        String citizen = Tokens.of("citizen");
        String caseId = approvedResidencePermit(citizen, Tokens.of("service-clerk"));
        String id = (String) certificateOf(citizen, caseId).get("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .post("/api/v1/citizen/certificates/" + id + "/revoke")
                .then()
                .statusCode(404);
        given().get("/api/v1/citizen/certificates/" + id + "/pdf").then().statusCode(404);
        given().queryParam("code", certificateOf(citizen, caseId).get("verificationCode"))
                .get(VERIFY)
                .then()
                .body("status", equalTo("VALID"));
    }

    @Test
    void theWalletAndTheVerificationPageShowIt() throws Exception {
        String citizen = Tokens.of("citizen");
        String caseId = approvedResidencePermit(citizen, Tokens.of("service-clerk"));
        Map<String, Object> cert = certificateOf(citizen, caseId);
        String code = (String) cert.get("verificationCode");

        Map<String, String> session = CodeFlow.signIn("/citizen/licences", "citizen", "citizen-demo");
        String wallet = given().cookies(session)
                .cookie("lang", "en")
                .get("/citizen/licences")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(wallet)
                .contains("Shanghai residence permit")
                .contains((String) cert.get("number"))
                .contains(code)
                .contains("href=\"/citizen/licences/" + cert.get("id") + "/pdf\"");
        byte[] pdf = given().cookies(session)
                .get("/citizen/licences/" + cert.get("id") + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String myCity = given().auth()
                .oauth2(citizen)
                .get("/api/v1/citizen/my/city")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(myCity).contains("licences").contains((String) cert.get("number"));

        // the QR code's link, for anyone, not signed in
        String page = given().cookie("lang", "zh-CN")
                .get("/verify?code=" + code)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("真实有效").contains("张伟").contains((String) cert.get("number"));
        String bad = given().cookie("lang", "en")
                .get("/verify?code=nonsense")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(bad).contains("This is not a verification code").contains("value=\"nonsense\"");

        // uploading the PDF through the page's form (with its CSRF token)
        PageForm form = PageForm.get("/verify", "en");
        Response checked = given().cookie("city-csrf", form.csrfCookie())
                .cookie("lang", "en")
                .multiPart("csrf-token", form.csrfToken())
                .multiPart("file", "licence.pdf", pdf, "application/pdf")
                .post("/verify");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.asString())
                .contains("Genuine and valid")
                .contains((String) cert.get("number"))
                .contains("data-status=\"VALID\"");
    }

    /** Checks a compact EdDSA JWS against a JWK Set with the JDK's Ed25519; answers the payload. */
    static JsonNode verifyWithTheJdk(String jws, JsonNode jwks) throws Exception {
        String[] parts = jws.split("\\.");
        assertThat(parts).hasSize(3);
        Base64.Decoder url = Base64.getUrlDecoder();
        JsonNode header = JSON.readTree(url.decode(parts[0]));
        assertThat(header.path("alg").asText()).isEqualTo("EdDSA");
        JsonNode key = null;
        for (JsonNode k : jwks.path("keys")) {
            if (k.path("kid").asText().equals(header.path("kid").asText())) {
                key = k;
            }
        }
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(key.path("crv").asText()).isEqualTo("Ed25519");
        byte[] x = url.decode(key.path("x").asText());
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] encoded = new byte[spki.length + x.length];
        System.arraycopy(spki, 0, encoded, 0, spki.length);
        System.arraycopy(x, 0, encoded, spki.length, x.length);
        PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(url.decode(parts[2])))
                .as("the signature is valid")
                .isTrue();
        return JSON.readTree(url.decode(parts[1]));
    }

    /** The PDF with its embedded JWS's payload replaced, the old signature kept: a forgery. */
    static byte[] withPayload(byte[] pdf, String jws, String payload) throws Exception {
        String[] parts = jws.split("\\.");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentInformation().setCustomMetadataValue(CertificatePdf.JWS_KEY, forged);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
