package fr.oasis.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.security.LoginAttempts.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lock-out rules of {@link LoginAttempts}, on a clock the test moves. */
class LoginAttemptsTest {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void anAttackerLocksOnlyItsOwnPairNeverTheRealUser() {
        for (int i = 0; i < 10; i++) {
            if (attempts.verdict("6.6.6.6", "admin") == Verdict.CHECK) {
                attempts.failed("6.6.6.6", "admin");
            }
        }
        assertThat(attempts.verdict("6.6.6.6", "admin")).isEqualTo(Verdict.PAIR_LOCKED);
        assertThat(attempts.verdict("6.6.6.6", "ADMIN")).as("user names ignore case").isEqualTo(Verdict.PAIR_LOCKED);
        assertThat(attempts.verdict("10.0.0.2", "admin")).as("the real admin's machine").isEqualTo(Verdict.CHECK);
        assertThat(attempts.verdict("6.6.6.6", "alice")).as("other accounts from the attacker").isEqualTo(Verdict.CHECK);
    }

    @Test
    void thePairLockEndsWithItsWindowAndASuccessClearsIt() {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("1.1.1.1", "bob");
        }
        assertThat(attempts.verdict("1.1.1.1", "bob")).isEqualTo(Verdict.PAIR_LOCKED);
        now = now.plus(LoginAttempts.WINDOW).plusSeconds(1);
        assertThat(attempts.verdict("1.1.1.1", "bob")).isEqualTo(Verdict.CHECK);
        attempts.failed("1.1.1.1", "bob");
        attempts.succeeded("1.1.1.1", "bob");
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("1.1.1.1", "bob");
        }
        assertThat(attempts.verdict("1.1.1.1", "bob")).as("4 failures after a success").isEqualTo(Verdict.CHECK);
    }

    @Test
    void oneClientGuessingManyAccountsIsLockedAsAClient() {
        LoginAttempts.Failure last = null;
        for (int i = 0; i < LoginAttempts.MAX_CLIENT_FAILURES; i++) {
            last = attempts.failed("2.2.2.2", "user" + i);
        }
        assertThat(last.clientLocked()).isTrue();
        assertThat(attempts.verdict("2.2.2.2", "someone-else")).isEqualTo(Verdict.CLIENT_LOCKED);
        assertThat(attempts.verdict("3.3.3.3", "someone-else")).isEqualTo(Verdict.CHECK);
    }

    @Test
    void aFloodRefusesClientsThatFailedButStillChecksFreshOnesAndEndsWithinAMinute() {
        LoginAttempts.Failure last = null;
        for (int i = 0; i < LoginAttempts.FLOOD_PER_MINUTE; i++) {
            last = attempts.failed("9.0.0." + i, "admin");
        }
        assertThat(last.floodStarted()).isTrue();
        assertThat(attempts.verdict("9.0.0.1", "admin")).isEqualTo(Verdict.FLOOD_THROTTLED);
        assertThat(attempts.verdict("10.0.0.2", "admin")).as("a real user without failures").isEqualTo(Verdict.CHECK);
        now = now.plus(Duration.ofSeconds(61));
        assertThat(attempts.verdict("9.0.0.1", "admin")).isEqualTo(Verdict.CHECK);
    }

    @Test
    void memoryIsBoundedWhateverTheNumberOfClientsAndNames() {
        for (int i = 0; i < LoginAttempts.MAX_TRACKED + 500; i++) {
            now = now.plusMillis(1_500); // slow enough not to be a flood
            attempts.failed("client-" + i, "name-" + i);
        }
        assertThat(attempts.verdict("client-" + (LoginAttempts.MAX_TRACKED + 499), "name-" + (LoginAttempts.MAX_TRACKED + 499)))
                .isEqualTo(Verdict.CHECK); // one failure: still checked
        assertThat(attempts.tracked()).isLessThanOrEqualTo(LoginAttempts.MAX_TRACKED);
    }

}
