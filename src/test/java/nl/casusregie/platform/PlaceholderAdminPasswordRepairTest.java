package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator created with the placeholder's text as password gets the configured one. */
@CasusregieTest
class PlaceholderAdminPasswordRepairTest {

    private static final String USER = "plaatshouder1";

    @Autowired ProcessEngine processEngine;
    @Autowired IdentityService identityService;
    @Autowired PlaceholderAdminPasswordRepair repair;

    private void createUser(String password) {
        User user = identityService.newUser(USER);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    @AfterEach
    void deleteUser() {
        identityService.deleteUser(USER);
    }

    @Test
    @DisplayName("the placeholder text as password is replaced by the configured password, once")
    void placeholderReplaced() {
        createUser(PlaceholderAdminPasswordRepair.PLACEHOLDER_TEXT);

        assertThat(repair.repair(processEngine, USER, "eenSterkWachtwoord")).isTrue();

        assertThat(identityService.checkPassword(USER, "eenSterkWachtwoord")).isTrue();
        assertThat(repair.repair(processEngine, USER, "eenSterkWachtwoord")).isFalse();
    }

    @Test
    @DisplayName("a real password stays, and looking at it is no failed login")
    void realPasswordKept() {
        createUser("eigenWachtwoord");

        assertThat(repair.repair(processEngine, USER, "eenSterkWachtwoord")).isFalse();

        // A failed login would have delayed the next one by seconds (the engine's login throttling).
        assertThat(identityService.checkPassword(USER, "eigenWachtwoord")).isTrue();
    }

    @Test
    @DisplayName("the repair runs when the engine is built")
    void registeredWithTheEngine() {
        List<ProcessEnginePlugin> plugins = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getProcessEnginePlugins();
        assertThat(plugins.stream().flatMap(PlaceholderAdminPasswordRepairTest::flatten)).contains(repair);
    }

    private static Stream<ProcessEnginePlugin> flatten(ProcessEnginePlugin plugin) {
        return plugin instanceof CompositeProcessEnginePlugin composite
                ? composite.getPlugins().stream().flatMap(PlaceholderAdminPasswordRepairTest::flatten)
                : Stream.of(plugin);
    }
}
