package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.CASUSREGISSEUR_OPTIES;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The case directors of the case's house, offered by the form casusregie-toewijzen as a select
 * (label: the display name, value: the user id). Read from the identity service at form load, so
 * the list is always today's and is never stored as a process variable.
 */
@Component
class CasusregisseurOpties implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(ZvhCasus.Element.CASUSREGIE_TOEWIJZEN,
            ZvhCasus.Element.CASUSREGIE_OVERDRAGEN);

    private final CasusRepository casussen;
    private final IdentityService identityService;

    CasusregisseurOpties(CasusRepository casussen, IdentityService identityService) {
        this.casussen = casussen;
        this.identityService = identityService;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        if (!TAKEN.contains(taskDefinitionKey)) {
            return Map.of();
        }
        return casussen.findByProcesInstantie(processInstanceId)
                .<Map<String, Object>>map(casus -> Map.of(CASUSREGISSEUR_OPTIES, opties(casus.huis())))
                .orElse(Map.of());
    }

    /** Sorted by name; a name two people share gets the user id, so the choice stays unambiguous. */
    List<Map<String, String>> opties(String huis) {
        List<User> regisseurs = identityService.createUserQuery()
                .memberOfGroup(PartnerGroup.CASUSREGISSEUR.id()).memberOfTenant(huis).list();
        List<String> namen = regisseurs.stream().map(CasusregisseurOpties::naam).toList();
        return regisseurs.stream()
                .map(u -> Map.of("label", namen.stream().filter(naam(u)::equals).count() > 1
                        ? naam(u) + " (" + u.getId() + ")" : naam(u), "value", u.getId()))
                .sorted(Comparator.comparing((Map<String, String> o) -> o.get("label"), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** First and last name as Tasklist shows a user; the user id when neither is known. */
    static String naam(User user) {
        String naam = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return naam.isEmpty() ? user.getId() : naam;
    }
}
