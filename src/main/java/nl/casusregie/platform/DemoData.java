package nl.casusregie.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY (profile "demo", the embedded default): one house and one user per group with
 * a known password, so Tasklist and Cockpit can be tried at once. Never active in production.
 */
@Component
@Profile("demo")
@Order(3)
public class DemoData implements ApplicationRunner {

    public static final String DEMO_HOUSE = "zvhdemo";

    private final IdentityService identityService;
    private final String password;

    public DemoData(IdentityService identityService, @Value("${casusregie.demo.password}") String password) {
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createTenantQuery().tenantId(DEMO_HOUSE).count() == 0) {
            Tenant house = identityService.newTenant(DEMO_HOUSE);
            house.setName("Zorg- en Veiligheidshuis Demo");
            identityService.saveTenant(house);
        }
        for (PartnerGroup group : PartnerGroup.values()) {
            createUser(userId(group, 1), group);
        }
        // A second case director, to hand case direction over.
        createUser(userId(PartnerGroup.CASUSREGISSEUR, 2), PartnerGroup.CASUSREGISSEUR);
    }

    /** Demo user ids: the group id and a number, e.g. procesregisseur1. */
    public static String userId(PartnerGroup group, int number) {
        return group.id() + number;
    }

    private void createUser(String id, PartnerGroup group) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName("Demo");
        user.setLastName(group.naam());
        user.setEmail(id + "@demo.casusregie.invalid");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, group.id());
        identityService.createTenantUserMembership(DEMO_HOUSE, id);
    }
}
