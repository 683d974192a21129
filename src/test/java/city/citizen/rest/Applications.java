package city.citizen.rest;

import static io.restassured.RestAssured.given;

import city.citizen.internal.profile.ProfileService;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;

/** What the casework tests do again and again: start, fill, upload and submit an application. */
final class Applications {

    static final String MINE = "/api/v1/citizen/my/applications";
    static final String CASES = "/api/v1/citizen/cases";

    /** A travel endorsement: a fee of 15 yuan, a photo, and three answers nobody knows beforehand. */
    static final String ENDORSEMENT = "PSB-007";

    static final int ENDORSEMENT_FEE = 1500;

    static final Map<String, String> ENDORSEMENT_ANSWERS =
            Map.of("permit_number", "C12345678", "destination", "hk", "kind", "tourism1");

    private Applications() {}

    /**
     * What the household registry holds of the two demo citizens (as {@code RegistryDemoData} writes it when the demo
     * runs), so that their forms fill in once only.
     */
    static void registry() {
        ProfileService profiles = CDI.current().select(ProfileService.class).get();
        profiles.register(
                "00000000-0000-4000-8000-000000000001",
                "citizen",
                "张伟",
                "310101198503121236",
                "13800138001",
                "上海市黄浦区南京东路 100 号 3 室",
                LocalDate.of(1985, 3, 12));
        profiles.register(
                "00000000-0000-4000-8000-000000000017",
                "citizen2",
                "李娜",
                "310104199207082467",
                "13900139002",
                "上海市徐汇区漕溪北路 28 号 1202 室",
                LocalDate.of(1992, 7, 8));
    }

    static String draft(String token, String service) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("serviceCode", service))
                .post(MINE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void answer(String token, String id, Map<String, String> answers) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("data", answers))
                .put(MINE + "/" + id)
                .then()
                .statusCode(200);
    }

    static io.restassured.response.Response upload(String token, String id, String key, byte[] content) {
        return given().auth()
                .oauth2(token)
                .contentType("application/octet-stream")
                .queryParam("fileName", "scan.bin")
                .body(content)
                .put(MINE + "/" + id + "/documents/" + key);
    }

    /** A filled, uploaded and submitted travel endorsement of the token's citizen. */
    static String submittedEndorsement(String token) {
        String id = draft(token, ENDORSEMENT);
        answer(token, id, ENDORSEMENT_ANSWERS);
        upload(token, id, "photo", png()).then().statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .post(MINE + "/" + id + "/submit")
                .then()
                .statusCode(200);
        return id;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(24, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
