package city.payments.internal.paycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.paycode.PayCodeRejected.Reason;
import city.platform.crypto.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.junit.jupiter.api.Test;

class PayCodeVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String PAYER = "wallet:" + UUID.fromString("3f2c9a7e-5b1d-4e8a-9c0f-1a2b3c4d5e6f");

    private final OctetKeyPairJsonWebKey key = SigningKeys.generate("k1");
    private final String jwks = SigningKeys.publicJwkSet(List.of(SigningKeys.publicJson(key)));
    private final PayCodeSigner signer = new PayCodeSigner(key, CLOCK, Duration.ofSeconds(60));

    @Test
    void shouldVerifyAValidCodeOfflineFromTheJwkSetAlone() {
        IssuedPayCode issued = signer.sign(PAYER);

        PayCodeClaims claims = new PayCodeVerifier(jwks, CLOCK).verify(issued.code());

        assertThat(claims.payerRef()).isEqualTo(PAYER);
        assertThat(claims.kid()).isEqualTo("k1");
        assertThat(claims.jti()).hasSize(16);
        assertThat(claims.issuedAt()).isEqualTo(NOW);
        assertThat(claims.expiresAt()).isEqualTo(NOW.plusSeconds(60)).isEqualTo(issued.expiresAt());
    }

    @Test
    void shouldPublishNoPrivateKeyAndKeepCodesShortEnoughForAQrCode() {
        IssuedPayCode issued = signer.sign(PAYER);

        assertThat(jwks).contains("\"kid\":\"k1\"", "\"crv\":\"Ed25519\"").doesNotContain("\"d\"");
        assertThat(issued.code().split("\\.")).hasSize(3);
        assertThat(issued.code()).hasSizeLessThan(300);
        assertThat(issued.toString()).doesNotContain(issued.code());
        String header =
                new String(Base64.getUrlDecoder().decode(issued.code().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).isEqualTo("{\"alg\":\"EdDSA\",\"kid\":\"k1\"}");
    }

    @Test
    void shouldGiveEveryCodeItsOwnJti() {
        PayCodeVerifier verifier = new PayCodeVerifier(jwks, CLOCK);

        String first = verifier.verify(signer.sign(PAYER).code()).jti();
        String second = verifier.verify(signer.sign(PAYER).code()).jti();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldAcceptACodeWithinTheClockSkewAndRejectItAfter() {
        IssuedPayCode issued = signer.sign(PAYER);
        Instant lastAccepted = issued.expiresAt().plus(PayCodeVerifier.CLOCK_SKEW);

        assertThat(verifierAt(lastAccepted).verify(issued.code()).payerRef()).isEqualTo(PAYER);
        assertRejected(() -> verifierAt(lastAccepted.plusSeconds(1)).verify(issued.code()), Reason.EXPIRED);
    }

    @Test
    void shouldTakeTheLifetimeFromTheSigner() {
        PayCodeSigner longer = new PayCodeSigner(key, CLOCK, Duration.ofMinutes(2));

        IssuedPayCode issued = longer.sign(PAYER);

        assertThat(issued.expiresAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(verifierAt(NOW.plusSeconds(100)).verify(issued.code()).payerRef())
                .isEqualTo(PAYER);
        assertThatThrownBy(() -> new PayCodeSigner(key, CLOCK, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectATamperedPayload() {
        String[] parts = signer.sign(PAYER).code().split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        String tampered = parts[0] + "." + new String(payload) + "." + parts[2];

        assertRejected(() -> new PayCodeVerifier(jwks, CLOCK).verify(tampered), Reason.TAMPERED);
    }

    @Test
    void shouldRejectAPayloadSwappedFromAnotherCode() {
        String[] mine = signer.sign(PAYER).code().split("\\.");
        String[] other = signer.sign("wallet:someone-else").code().split("\\.");

        assertRejected(
                () -> new PayCodeVerifier(jwks, CLOCK).verify(mine[0] + "." + other[1] + "." + mine[2]),
                Reason.TAMPERED);
    }

    @Test
    void shouldRejectACodeSignedByAnotherKeyWithTheSameKid() {
        PayCodeSigner impostor = new PayCodeSigner(SigningKeys.generate("k1"), CLOCK, Duration.ofSeconds(60));

        assertRejected(
                () -> new PayCodeVerifier(jwks, CLOCK)
                        .verify(impostor.sign(PAYER).code()),
                Reason.TAMPERED);
    }

    @Test
    void shouldRejectACodeThatClaimsAnotherAlgorithm() {
        String[] parts = signer.sign(PAYER).code().split("\\.");
        String none = base64url("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + parts[1] + ".";
        String hmac = base64url("{\"alg\":\"HS256\",\"kid\":\"k1\"}") + "." + parts[1] + "." + parts[2];
        PayCodeVerifier verifier = new PayCodeVerifier(jwks, CLOCK);

        assertRejected(() -> verifier.verify(none), Reason.TAMPERED);
        assertRejected(() -> verifier.verify(hmac), Reason.TAMPERED);
    }

    @Test
    void shouldRejectACodeWithAnUnknownKid() {
        PayCodeSigner stranger = new PayCodeSigner(SigningKeys.generate("k2"), CLOCK, Duration.ofSeconds(60));

        assertRejected(
                () -> new PayCodeVerifier(jwks, CLOCK)
                        .verify(stranger.sign(PAYER).code()),
                Reason.UNKNOWN_KEY);
    }

    @Test
    void shouldTrustEveryKeyOfTheSet() {
        OctetKeyPairJsonWebKey next = SigningKeys.generate("k2");
        String both = SigningKeys.publicJwkSet(List.of(SigningKeys.publicJson(next), SigningKeys.publicJson(key)));
        PayCodeVerifier verifier = new PayCodeVerifier(both, CLOCK);

        assertThat(verifier.kids()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(verifier.verify(signer.sign(PAYER).code()).kid()).isEqualTo("k1");
        assertThat(verifier.verify(new PayCodeSigner(next, CLOCK, Duration.ofSeconds(60))
                                .sign(PAYER)
                                .code())
                        .kid())
                .isEqualTo("k2");
    }

    @Test
    void shouldRejectGarbageAsMalformed() {
        PayCodeVerifier verifier = new PayCodeVerifier(jwks, CLOCK);
        String noKid = base64url("{\"alg\":\"EdDSA\"}") + "." + base64url("{}") + ".c2ln";

        for (String garbage :
                new String[] {null, "", "   ", "hello", "a.b.c", "a.b", "%%%.%%%.%%%", "x".repeat(5000), noKid}) {
            assertRejected(() -> verifier.verify(garbage), Reason.MALFORMED);
        }
    }

    @Test
    void shouldRejectAReplayThroughTheUsedCodeRegistry() {
        PayCodeVerifier verifier = new PayCodeVerifier(jwks, CLOCK);
        UsedPayCodes used = new UsedPayCodes(CLOCK);
        String code = signer.sign(PAYER).code();

        assertThat(used.markUsed(verifier.verify(code))).isTrue();
        assertThat(used.markUsed(verifier.verify(code))).isFalse();
        assertThat(used.markUsed(verifier.verify(signer.sign(PAYER).code()))).isTrue();
    }

    private PayCodeVerifier verifierAt(Instant instant) {
        return new PayCodeVerifier(jwks, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOf(PayCodeRejected.class)
                .extracting(e -> ((PayCodeRejected) e).reason())
                .isEqualTo(reason);
    }
}
