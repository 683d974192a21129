package city.citizen.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import city.citizen.api.NotificationKind;
import city.citizen.api.NotificationRequest;
import city.citizen.api.Notifications;
import city.testing.LocalServicesResource;
import city.testing.PageForm;
import city.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notifications reach the citizen's inbox and, over a real SMTP server (GreenMail), their mailbox: once per
 * idempotency key, never when the sender rolls back, with retries while the server is down, as the citizen chose.
 */
@QuarkusTest
class NotificationsTest {

    static final String INBOX = "/api/v1/citizen/my/notifications";

    @Inject
    Notifications notifications;

    static UUID send(String recipient, NotificationKind kind, String key) {
        Notifications n = jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(Notifications.class)
                .get();
        return n.send(new NotificationRequest(
                recipient,
                kind,
                "application_status",
                Map.of(
                        "reference", "SH-2026-" + key.hashCode(),
                        "service_zh", "居住证办理",
                        "service_en", "Residence permit",
                        "status_zh", "已受理",
                        "status_en", "accepted",
                        "note", "",
                        "url", "/citizen/applications"),
                key));
    }

    static List<MimeMessage> mailWithId(String messageId) {
        return LocalServicesResource.mail().received().stream()
                .filter(m -> {
                    try {
                        return messageId.equals(m.getMessageID());
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static String to(MimeMessage m) throws MessagingException {
        return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
    }

    @Test
    void aMessageReachesTheInboxAndTheMailboxOnceAndNobodyElse() throws Exception {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        // the first call with the citizen's token fills their profile (the e-mail address) from the account
        long unreadBefore = given().auth()
                .oauth2(citizen)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("unread");
        String key = "test:" + UUID.randomUUID();
        UUID id = send(me, NotificationKind.APPLICATION_STATUS, key);
        assertThat(send(me, NotificationKind.APPLICATION_STATUS, key)).isEqualTo(id);

        given().auth()
                .oauth2(citizen)
                .get(INBOX + "/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("APPLICATION_STATUS"))
                .body("subject", containsString("已受理"))
                .body("body", containsString("居住证办理"));
        given().auth().oauth2(citizen).get(INBOX).then().body("unread", equalTo((int) unreadBefore + 1));

        String messageId = "<" + id + "@notifications.city>";
        await().atMost(Duration.ofSeconds(20)).until(() -> mailWithId(messageId).size() == 1);
        MimeMessage mail = mailWithId(messageId).get(0);
        assertThat(to(mail)).contains("citizen@demo.city.local");
        assertThat(mail.getSubject()).contains("已受理");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "delivered"
                        .equals(given().auth()
                                .oauth2(citizen)
                                .get(INBOX + "/" + id)
                                .jsonPath()
                                .getString("email")));
        Thread.sleep(1500);
        assertThat(mailWithId(messageId)).as("sent once").hasSize(1);

        // another citizen neither reads nor marks it
        String other = Tokens.of("citizen2");
        given().auth()
                .oauth2(other)
                .get(INBOX + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .post(INBOX + "/" + id + "/read")
                .then()
                .statusCode(404);
        assertThat(given().auth().oauth2(other).get(INBOX).jsonPath().getList("messages.items.id"))
                .doesNotContain(id.toString());

        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .post(INBOX + "/" + id + "/read")
                .then()
                .statusCode(200)
                .body("unread", equalTo(false));
        given().auth().oauth2(citizen).get(INBOX).then().body("unread", equalTo((int) unreadBefore));
    }

    @Test
    void aRolledBackSenderLeavesNoMessage() {
        String recipient = "rollback-" + UUID.randomUUID();
        String key = "test:" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                send(recipient, NotificationKind.PAYMENT_RECEIPT, key);
                throw new IllegalStateException("the sender's work failed");
            });
        } catch (IllegalStateException expected) {
            // the sender's transaction rolled back
        }
        UUID again = send(recipient, NotificationKind.PAYMENT_RECEIPT, key);
        assertThat(notificationsOf(recipient)).containsExactly(again);
    }

    static List<UUID> notificationsOf(String recipient) {
        return QuarkusTransaction.requiringNew()
                .call(() -> jakarta
                        .enterprise
                        .inject
                        .spi
                        .CDI
                        .current()
                        .select(jakarta.persistence.EntityManager.class)
                        .get()
                        .createNativeQuery("select id from citizen.notification where recipient = ?1", UUID.class)
                        .setParameter(1, recipient)
                        .getResultList()
                        .stream()
                        .map(UUID.class::cast)
                        .toList());
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndGoesOutOnceItIsBack() throws Exception {
        String citizen = Tokens.of("citizen");
        String me = Tokens.subject(citizen);
        given().auth().oauth2(citizen).get(INBOX).then().statusCode(200);
        LocalServicesResource.mail().stopForNow();
        UUID id;
        try {
            id = send(me, NotificationKind.APPLICATION_STATUS, "test:" + UUID.randomUUID());
            // at least one attempt fails and is put back for later
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) >= 1 && "created".equals(state(id)));
        } finally {
            LocalServicesResource.mail().restart();
        }
        String messageId = "<" + id + "@notifications.city>";
        await().atMost(Duration.ofSeconds(30)).until(() -> "delivered".equals(state(id)));
        assertThat(mailWithId(messageId)).hasSize(1);
        assertThat(attempts(id)).isGreaterThanOrEqualTo(2);
    }

    static Object[] email(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(jakarta.persistence.EntityManager.class)
                .get()
                .createNativeQuery("select status, attempts from citizen.notification_email where notification_id = ?1")
                .setParameter(1, id)
                .getSingleResult());
    }

    static String state(UUID id) {
        return (String) email(id)[0];
    }

    static int attempts(UUID id) {
        return ((Number) email(id)[1]).intValue();
    }

    @Test
    void aCitizenWhoTurnedEmailOffForAKindGetsItInTheInboxOnly() {
        String citizen = Tokens.of("citizen2");
        String me = Tokens.subject(citizen);
        given().auth().oauth2(citizen).get(INBOX).then().statusCode(200);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body(List.of(Map.of("kind", "BOOKING_EXPIRY", "email", false)))
                .put("/api/v1/citizen/my/notification-preferences")
                .then()
                .statusCode(200)
                .body("find { it.kind == 'BOOKING_EXPIRY' }.email", equalTo(false))
                .body("find { it.kind == 'TRAFFIC_FINE' }.email", equalTo(true));
        UUID quiet = send(me, NotificationKind.BOOKING_EXPIRY, "test:" + UUID.randomUUID());
        given().auth()
                .oauth2(citizen)
                .get(INBOX + "/" + quiet)
                .then()
                .statusCode(200)
                .body("email", equalTo(null));
        UUID loud = send(me, NotificationKind.TRAFFIC_FINE, "test:" + UUID.randomUUID());
        given().auth()
                .oauth2(citizen)
                .get(INBOX + "/" + loud)
                .then()
                .statusCode(200)
                .body("email", org.hamcrest.Matchers.notNullValue());

        // an unknown kind is a problem naming it, and nothing changes
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .body("[{\"kind\":\"HOROSCOPE\",\"email\":true}]")
                .put("/api/v1/citizen/my/notification-preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(citizen)
                .get("/api/v1/citizen/my/notification-preferences")
                .then()
                .body("find { it.kind == 'BOOKING_EXPIRY' }.email", equalTo(false));
    }

    @Test
    @TestSecurity(user = "inbox-page-reader", roles = "citizen")
    void theInboxPageShowsTheUnreadCountAndMarksRead() {
        UUID id = send("inbox-page-reader", NotificationKind.PAYMENT_RECEIPT, "test:" + UUID.randomUUID());
        PageForm page = PageForm.get("/citizen/inbox", "zh-CN");
        assertThat(page.body()).contains("我的消息").contains("data-message=\"" + id + "\"");
        assertThat(page.body()).contains("data-testid=\"unread-count\">1<");
        page.post().post("/citizen/inbox/" + id + "/read").then().statusCode(303);
        String after = PageForm.get("/citizen/inbox", "en").body();
        assertThat(after).contains("My messages").doesNotContain("data-testid=\"unread-count\"");
        // a message of someone else is not there to mark
        UUID foreign = send("someone-else", NotificationKind.PAYMENT_RECEIPT, "test:" + UUID.randomUUID());
        page.post().post("/citizen/inbox/" + foreign + "/read").then().statusCode(404);
        assertThat(notificationsOf("someone-else")).contains(foreign);
    }
}
