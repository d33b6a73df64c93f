package nl.casusregie.aanmelding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.platform.Invoercontrole;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a referral: finds the household it belongs to (one household, one file) on a
 * match a professional would trust (name and birth date), stores the referral and a new
 * case, and gives the process what triage needs, including households that may be the same
 * for the procesregisseur to judge. The referrer learns none of this.
 */
@Service
public class AanmeldingService {

    private final HuishoudenRepository huishoudens;
    private final CasusRepository casussen;
    private final AanmeldingRepository aanmeldingen;
    private final AuditLog auditLog;
    private final RuntimeService runtimeService;
    private final String nazorgTermijn;
    private final Invoercontrole invoercontrole;
    private final LopendeCasusAanmelding lopendeCasus;

    public AanmeldingService(HuishoudenRepository huishoudens, CasusRepository casussen,
                             AanmeldingRepository aanmeldingen, AuditLog auditLog, RuntimeService runtimeService,
                             @Value("${casusregie.nazorg-termijn}") String nazorgTermijn, Invoercontrole invoercontrole,
                             LopendeCasusAanmelding lopendeCasus) {
        this.lopendeCasus = lopendeCasus;
        this.huishoudens = huishoudens;
        this.casussen = casussen;
        this.aanmeldingen = aanmeldingen;
        this.auditLog = auditLog;
        this.runtimeService = runtimeService;
        this.nazorgTermijn = nazorgTermijn;
        this.invoercontrole = invoercontrole;
    }

    /**
     * Registers the referral and starts zvh-casus with the case number as business key, in one
     * transaction; a referral of a household whose case runs becomes a new incident on that case.
     */
    @Transactional
    public Registratie meldAan(AanmeldingRequest aanmelding, Aanmelder aanmelder) {
        Optional<Registratie> incident = lopendeCasus.voegToe(aanmelding, aanmelder);
        if (incident.isPresent()) {
            return incident.get();
        }
        Registratie registratie = registreer(aanmelding, aanmelder);
        runtimeService.createProcessInstanceByKey(ZvhCasus.PROCESS_KEY)
                .businessKey(registratie.casus().nummer())
                .setVariables(procesvariabelen(aanmelding, aanmelder, registratie))
                .execute();
        return registratie;
    }

    /**
     * Checks the referral (the one check for the API and the start form), then stores
     * household, referral and case; the caller starts or continues the process.
     */
    @Transactional
    public Registratie registreer(AanmeldingRequest aanmelding, Aanmelder aanmelder) {
        invoercontrole.controleer(aanmelding);
        List<Huishoudlid> leden = aanmelding.leden().stream().map(LidRequest::toHuishoudlid).toList();
        Optional<Long> bekend = leden.stream()
                .map(lid -> huishoudens.findByMember(aanmelder.huis(), lid))
                .flatMap(Optional::stream)
                .findFirst();
        long huishoudenId = bekend.orElseGet(() -> huishoudens.create(aanmelder.huis()));
        Set<Long> mogelijk = leden.stream()
                .flatMap(lid -> huishoudens.findPossibleMatches(aanmelder.huis(), lid).stream())
                .filter(id -> id != huishoudenId)
                .collect(Collectors.toCollection(TreeSet::new));
        leden.forEach(lid -> huishoudens.addMemberIfNew(huishoudenId, lid));

        Casus casus = casussen.create(aanmelder.huis(), huishoudenId);
        aanmeldingen.insert(casus.id(), aanmelder, aanmelding);
        auditLog.record(aanmelder.huis(), "AANMELDING_ONTVANGEN", casus.id(),
                "aangemeld door " + aanmelder.groep() + (bekend.isPresent() ? ", bekend huishouden " : ", nieuw huishouden ")
                        + huishoudenId + (mogelijk.isEmpty() ? "" : ", mogelijk bekend: huishouden " + mogelijk));
        List<Casus> mogelijkBekend = mogelijk.stream()
                .flatMap(id -> casussen.earlierCases(id, casus.id()).stream()).toList();
        return new Registratie(casus, bekend.isPresent(), casussen.earlierCases(huishoudenId, casus.id()), mogelijkBekend,
                false);
    }

    /** The routing facts the process and triage-aanpak need; no personal data. */
    public Map<String, Object> procesvariabelen(AanmeldingRequest aanmelding, Aanmelder aanmelder, Registratie registratie) {
        LocalDate vandaag = LocalDate.now();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ZvhCasus.CASUS_ID.name(), registratie.casus().id());
        variables.put(ZvhCasus.CASUSNUMMER.name(), registratie.casus().nummer());
        variables.put(ZvhCasus.HUIS.name(), aanmelder.huis());
        variables.put(ZvhCasus.AANMELDER_GROEP.name(), aanmelder.groep());
        variables.put(ZvhCasus.EERDERE_CASUSSEN.name(), samenvatting(registratie.eerdereCasussen()));
        variables.put(ZvhCasus.MOGELIJK_BEKEND.name(), registratie.mogelijkBekend().isEmpty() ? "geen"
                : samenvatting(registratie.mogelijkBekend())
                        + ". Een lid heeft dezelfde naam, maar een geboortedatum ontbreekt: beoordeel of het hetzelfde huishouden is.");
        variables.put(ZvhCasus.NAZORG_TERMIJN.name(), nazorgTermijn);
        variables.put(ZvhCasus.TOEGEVOEGD_AAN_CASUS.name(), null);
        variables.put(ZvhCasus.GEWELD_HOOFDREDEN.name(), Boolean.TRUE.equals(aanmelding.geweldHoofdreden()));
        variables.put(ZvhCasus.PATROON_JAREN.name(), aanmelding.patroonJaren() == null ? 0 : aanmelding.patroonJaren());
        variables.put(ZvhCasus.AANTAL_LEEFGEBIEDEN.name(), aanmelding.leefgebieden().size());
        variables.put(ZvhCasus.KINDEREN_BETROKKEN.name(),
                aanmelding.leden().stream().anyMatch(lid -> lid.toHuishoudlid().isMinderjarig(vandaag)));
        variables.put(ZvhCasus.ACUUT_GEVAAR.name(), Boolean.TRUE.equals(aanmelding.acuutGevaar()));
        return variables;
    }

    private static String samenvatting(List<Casus> eerdere) {
        if (eerdere.isEmpty()) {
            return "geen";
        }
        return eerdere.stream()
                .map(c -> "%s (%s, %s, aangemeld %s)".formatted(c.nummer(), c.aanpak() == null ? "nog geen aanpak" : c.aanpak(),
                        c.status(), c.aangemaaktOp().toLocalDate()))
                .collect(Collectors.joining("; "));
    }
}
