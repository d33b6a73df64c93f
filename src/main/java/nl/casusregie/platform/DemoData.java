package nl.casusregie.platform;

import java.util.Map;
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

    /**
     * A distinct, made-up Dutch name per demo user, so Tasklist's lists and the case-director
     * choice read as people; the README's demo table gives each name's role.
     */
    static final Map<String, String[]> NAMEN = Map.ofEntries(
            Map.entry("procesregisseur1", new String[] {"Marieke", "Jansen"}),
            Map.entry("casusregisseur1", new String[] {"Sanne", "de Boer"}),
            Map.entry("casusregisseur2", new String[] {"Youssef", "El Amrani"}),
            Map.entry("politie1", new String[] {"Pieter", "Visser"}),
            Map.entry("om1", new String[] {"Charlotte", "van Dijk"}),
            Map.entry("reclassering1", new String[] {"Bram", "Smit"}),
            Map.entry("veiligthuis1", new String[] {"Fatima", "Bouzid"}),
            Map.entry("rvdk1", new String[] {"Joost", "Mulder"}),
            Map.entry("jeugdbescherming1", new String[] {"Lotte", "de Graaf"}),
            Map.entry("slachtofferhulp1", new String[] {"Anouk", "Meijer"}),
            Map.entry("halt1", new String[] {"Daan", "Bos"}),
            Map.entry("gemeente1", new String[] {"Ingrid", "Vos"}),
            Map.entry("ggz1", new String[] {"Ravi", "Ramdin"}),
            Map.entry("materiedeskundige1", new String[] {"Esther", "Kok"}),
            Map.entry("supervisor1", new String[] {"Hans", "Verhoeven"}),
            Map.entry("procesbeheerder1", new String[] {"Eva", "Hendriks"}));

    /** Demo user ids: the group id and a number, e.g. procesregisseur1. */
    public static String userId(PartnerGroup group, int number) {
        return group.id() + number;
    }

    private void createUser(String id, PartnerGroup group) {
        String[] naam = NAMEN.getOrDefault(id, new String[] {"Demo", group.naam()});
        User bestaand = identityService.createUserQuery().userId(id).singleResult();
        if (bestaand != null) {
            // Demo data of an older start ("Demo <role>") gets its name; nothing else changes.
            if ("Demo".equals(bestaand.getFirstName())) {
                bestaand.setFirstName(naam[0]);
                bestaand.setLastName(naam[1]);
                identityService.saveUser(bestaand);
            }
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(naam[0]);
        user.setLastName(naam[1]);
        user.setEmail(id + "@demo.casusregie.invalid");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, group.id());
        identityService.createTenantUserMembership(DEMO_HOUSE, id);
    }
}
