package city.citizen.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import city.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A document may be as large as its form allows (5 MB here), past the platform's 2 MB for other bodies. */
@QuarkusTest
class LargeUploadTest {

    static byte[] pdfOf(int bytes) {
        byte[] pdf = new byte[bytes];
        Arrays.fill(pdf, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes();
        byte[] tail = "\n%%EOF\n".getBytes();
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, bytes - tail.length, tail.length);
        return pdf;
    }

    @Test
    void aDocumentUpToItsFormsLimitIsTakenAndOneOverItIsRefusedWithTheReason() {
        Applications.registry();
        String citizen = Tokens.of("citizen");
        String id = Applications.draft(citizen, "PSB-016");
        given().auth()
                .oauth2(citizen)
                .contentType("application/octet-stream")
                .queryParam("fileName", "id.pdf")
                .body(pdfOf(4 * 1024 * 1024))
                .put(Applications.MINE + "/" + id + "/documents/id_card")
                .then()
                .statusCode(200)
                .body("sizeBytes", equalTo(4 * 1024 * 1024));
        given().auth()
                .oauth2(citizen)
                .contentType("application/octet-stream")
                .queryParam("fileName", "id.pdf")
                .body(pdfOf(6 * 1024 * 1024))
                .put(Applications.MINE + "/" + id + "/documents/id_card")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("too-large"));
        // other bodies keep the platform's 2 MB
        given().auth()
                .oauth2(citizen)
                .contentType("application/json")
                .body("{\"data\":{\"purpose\":\"" + "x".repeat(2_200_000) + "\"}}")
                .put(Applications.MINE + "/" + id)
                .then()
                .statusCode(413);
    }
}
