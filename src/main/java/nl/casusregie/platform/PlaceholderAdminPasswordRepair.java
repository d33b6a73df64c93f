package nl.casusregie.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Repairs installations started in profile postgres before secrets were required: their
 * administrator got the placeholder's own text as password, and the starter never changes
 * the password of an existing user. Runs as the engine is built, before the web server
 * accepts a login.
 */
@Component
public class PlaceholderAdminPasswordRepair extends AbstractProcessEnginePlugin {

    /** What application-postgres.yaml stored when CASUSREGIE_ADMIN_PASSWORD was not set. */
    static final String PLACEHOLDER_TEXT = "${CASUSREGIE_ADMIN_PASSWORD}";

    private static final Logger LOG = LoggerFactory.getLogger(PlaceholderAdminPasswordRepair.class);

    private final String adminId;
    private final String adminPassword;

    public PlaceholderAdminPasswordRepair(@Value("${camunda.bpm.admin-user.id}") String adminId,
                                          @Value("${camunda.bpm.admin-user.password}") String adminPassword) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        repair(processEngine, adminId, adminPassword);
    }

    /** Gives the user the configured password if its password is the placeholder text; true if it did. */
    boolean repair(ProcessEngine processEngine, String userId, String password) {
        IdentityService identityService = processEngine.getIdentityService();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || !hasPassword(processEngine, (UserEntity) user, PLACEHOLDER_TEXT)) {
            return false;
        }
        user.setPassword(password);
        identityService.saveUser(user);
        LOG.warn("The password of administrator '{}' was the unresolved placeholder {}; it is now the one from "
                + "CASUSREGIE_ADMIN_PASSWORD.", userId, PLACEHOLDER_TEXT);
        return true;
    }

    /**
     * Compares with the stored hash as the engine does, without identityService.checkPassword:
     * that would count every start as a failed login of the administrator (and delay its next
     * login), and it answers false without comparing while the account is delayed.
     */
    private static boolean hasPassword(ProcessEngine processEngine, UserEntity user, String password) {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return configuration.getPasswordManager().check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
    }
}
