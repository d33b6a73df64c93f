package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Wrong passwords slow a guesser down, but never lock a colleague out for good. */
@CasusregieTest
class LoginThrottlingTest {

    /** A user of this test's own: other tests log in as the demo users. */
    private static final String USER = "drempel1";
    private static final String PASSWORD = "hetGoedeWachtwoord";
    /** Longer than login-delay-max-time in application.yaml. */
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(5).plusSeconds(1);

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;

    private Duration clock = Duration.ZERO;

    @BeforeEach
    void createUser() {
        User user = identityService.newUser(USER);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identityService.deleteUser(USER);
    }

    /** Moves the engine's clock on; the login checks read it. */
    private void wait(Duration duration) {
        clock = clock.plus(duration);
        ClockUtil.offset(clock.toMillis());
    }

    private HttpStatus login(String password) {
        return HttpStatus.valueOf(http.withBasicAuth(USER, password)
                .getForEntity("/engine-rest/user/" + USER + "/profile", String.class).getStatusCode().value());
    }

    @Test
    @DisplayName("after a wrong password the right one waits a few seconds, then works")
    void shortDelay() {
        assertThat(login("fout")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(login(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        wait(Duration.ofSeconds(4));
        assertThat(login(PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("many wrong passwords delay the account at most five minutes, never for good")
    void neverLockedForGood() {
        int wrong = 25; // the engine's default locks for good after 10
        for (int i = 0; i < wrong; i++) {
            assertThat(login("gok" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
            wait(LONGEST_DELAY);
        }
        assertThat(login("nogEenGok")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(login(PASSWORD)).as("still delayed right after a wrong password").isEqualTo(HttpStatus.UNAUTHORIZED);

        wait(LONGEST_DELAY);
        assertThat(login(PASSWORD)).isEqualTo(HttpStatus.OK);
    }
}
