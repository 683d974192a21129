package city.payments.internal.paycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.payments.internal.paycode.PayCodeRejected.Reason;
import city.platform.crypto.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.junit.jupiter.api.Test;

/** PayCodes over keys held in memory: issuing, consuming once, and picking up a key made elsewhere. */
class PayCodesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final InMemoryKeys keys = new InMemoryKeys(clock, SigningKeys.generate("k1"));
    private final PayCodes payCodes = new PayCodes(keys, () -> Duration.ofSeconds(60), clock);

    @Test
    void shouldIssueACodeThatVerifiesWithThePublishedKeysAndIsNotSpentByVerifying() {
        IssuedPayCode issued = payCodes.issue("wallet:42");

        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(new PayCodeVerifier(payCodes.jwks(), clock)
                        .verify(issued.code())
                        .payerRef())
                .isEqualTo("wallet:42");
        assertThat(payCodes.verify(issued.code()).payerRef()).isEqualTo("wallet:42");
        assertThat(payCodes.verify(issued.code()).payerRef()).isEqualTo("wallet:42");
        assertThat(payCodes.consume(issued.code()).payerRef()).isEqualTo("wallet:42");
    }

    @Test
    void shouldRejectTheSecondUseOfACodeAsReplayed() {
        String code = payCodes.issue("wallet:42").code();

        payCodes.consume(code);

        assertThatThrownBy(() -> payCodes.consume(code))
                .isInstanceOf(PayCodeRejected.class)
                .extracting(e -> ((PayCodeRejected) e).reason())
                .isEqualTo(Reason.REPLAYED);
        assertThat(payCodes.markUsed(payCodes.verify(code))).isFalse();
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentConsumesThrough() throws Exception {
        String code = payCodes.issue("wallet:42").code();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger accepted = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            threads.add(new Thread(() -> {
                try {
                    payCodes.consume(code);
                    accepted.incrementAndGet();
                } catch (PayCodeRejected e) {
                    assertThat(e.reason()).isEqualTo(Reason.REPLAYED);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }

        assertThat(accepted).hasValue(1);
    }

    @Test
    void shouldRejectAnExpiredCodeRatherThanReplayedOnceItsEntryIsSwept() {
        String code = payCodes.issue("wallet:42").code();
        payCodes.consume(code);

        clock.advance(Duration.ofMinutes(5));
        payCodes.markUsed(payCodes.verify(payCodes.issue("wallet:7").code()));

        assertThatThrownBy(() -> payCodes.consume(code))
                .isInstanceOf(PayCodeRejected.class)
                .extracting(e -> ((PayCodeRejected) e).reason())
                .isEqualTo(Reason.EXPIRED);
    }

    @Test
    void shouldReadTheKeysAgainWhenACodeNamesAKeyItDoesNotKnowYet() {
        payCodes.issue("wallet:42");
        OctetKeyPairJsonWebKey madeElsewhere = SigningKeys.generate("k2");
        String code = new PayCodeSigner(madeElsewhere, clock, Duration.ofSeconds(60))
                .sign("wallet:42")
                .code();
        keys.nextKeys = madeElsewhere;

        assertThat(payCodes.verify(code).kid()).isEqualTo("k2");
        assertThat(keys.refreshes).isEqualTo(1);
    }

    @Test
    void shouldStillRejectAnUnknownKeyAfterReadingTheKeysAgain() {
        String code = new PayCodeSigner(SigningKeys.generate("k9"), clock, Duration.ofSeconds(60))
                .sign("wallet:42")
                .code();

        assertThatThrownBy(() -> payCodes.verify(code))
                .isInstanceOf(PayCodeRejected.class)
                .extracting(e -> ((PayCodeRejected) e).reason())
                .isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void shouldForgetSpentCodesOnlyAfterTheyExpire() {
        UsedPayCodes used = new UsedPayCodes(clock);
        PayCodeClaims claims = new PayCodeClaims(
                "wallet:42", "jti-1", "k1", clock.instant(), clock.instant().plusSeconds(60));
        used.markUsed(claims);

        clock.advance(Duration.ofSeconds(60).plus(PayCodeVerifier.CLOCK_SKEW));
        used.markUsed(new PayCodeClaims("wallet:42", "jti-2", "k1", clock.instant(), clock.instant()));
        assertThat(used.isUsed(claims)).isTrue();

        clock.advance(UsedPayCodes.MARGIN.plusSeconds(11));
        used.markUsed(new PayCodeClaims(
                "wallet:42", "jti-3", "k1", clock.instant(), clock.instant().plusSeconds(60)));
        assertThat(used.isUsed(claims)).isFalse();
        assertThat(used.size()).isEqualTo(1);
    }

    /** Keys without a database: the refresh publishes {@link #nextKeys} alongside the first key. */
    static final class InMemoryKeys extends PayCodeKeys {

        private final Clock clock;
        private final OctetKeyPairJsonWebKey first;
        private KeySet current;
        OctetKeyPairJsonWebKey nextKeys;
        int refreshes;

        InMemoryKeys(Clock clock, OctetKeyPairJsonWebKey first) {
            super(null, clock);
            this.clock = clock;
            this.first = first;
            this.current = keySet(List.of(first));
        }

        @Override
        public KeySet current() {
            return current;
        }

        @Override
        public boolean refresh() {
            refreshes++;
            current = keySet(nextKeys == null ? List.of(first) : List.of(first, nextKeys));
            return true;
        }

        private KeySet keySet(List<OctetKeyPairJsonWebKey> keys) {
            return new KeySet(
                    first,
                    SigningKeys.publicJwkSet(
                            keys.stream().map(SigningKeys::publicJson).toList()),
                    clock.instant());
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
