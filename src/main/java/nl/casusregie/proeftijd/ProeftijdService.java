package nl.casusregie.proeftijd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.CasusStatus;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imposing a probation on a household's case, the one check for the API and the Tasklist start
 * form: only the OM, only on a running case of its own house, a period of at most three years that
 * has begun and not yet ended, at least one condition, and a partner group that supervises.
 */
@Service
public class ProeftijdService {

    /** The partner groups that supervise conditions: the probation service, and for minors youth probation. */
    static final List<String> TOEZICHTHOUDERS = List.of(PartnerGroup.RECLASSERING.id(), PartnerGroup.JEUGDBESCHERMING.id());

    private final CasusRepository casussen;
    private final ProeftijdRepository proeftijden;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;
    private final RuntimeService runtimeService;
    private final EngineKlok klok;

    public ProeftijdService(CasusRepository casussen, ProeftijdRepository proeftijden, AuditLog auditLog,
                            Invoercontrole invoer, RuntimeService runtimeService, EngineKlok klok) {
        this.casussen = casussen;
        this.proeftijden = proeftijden;
        this.auditLog = auditLog;
        this.invoer = invoer;
        this.runtimeService = runtimeService;
        this.klok = klok;
    }

    /** Registers the probation and starts its process with its number as business key, in one transaction (the API). */
    @Transactional
    public ProeftijdRepository.Gegevens start(String huis, String casusnummer, ProeftijdAanvraag aanvraag, String door,
                                              List<String> groepen) {
        ProeftijdRepository.Gegevens proeftijd = registreer(huis, casusnummer, aanvraag, door, groepen);
        runtimeService.createProcessInstanceByKey(Proeftijd.PROCESS_KEY)
                .businessKey(proeftijd.nummer())
                .setVariable(Proeftijd.PROEFTIJD_ID.name(), proeftijd.id())
                .setVariable(Proeftijd.HUIS.name(), huis)
                .execute();
        return proeftijden.get(proeftijd.id());
    }

    /** Checks the probation and stores it with its conditions; the caller starts or continues its process. */
    @Transactional
    public ProeftijdRepository.Gegevens registreer(String huis, String casusnummer, ProeftijdAanvraag aanvraag,
                                                   String door, List<String> groepen) {
        alleenOm(groepen);
        Casus casus = lopendeCasus(huis, casusnummer);
        return bewaar(huis, casus.id(), null, aanvraag, door);
    }

    /**
     * A conditional dismissal decided at the ZSM deepening meeting: the same checks, the probation
     * belonging to the ZSM case (which often has no case at the care-and-safety house), and its process
     * started at once. The caller (the officer's session) has checked that the ZSM case is its own.
     */
    @Transactional
    public ProeftijdRepository.Gegevens startVoorZsmZaak(String huis, long zsmZaakId, ProeftijdAanvraag aanvraag,
                                                         String door, List<String> groepen) {
        alleenOm(groepen);
        ProeftijdRepository.Gegevens proeftijd = bewaar(huis, null, zsmZaakId, aanvraag, door);
        runtimeService.createProcessInstanceByKey(Proeftijd.PROCESS_KEY)
                .businessKey(proeftijd.nummer())
                .setVariable(Proeftijd.PROEFTIJD_ID.name(), proeftijd.id())
                .setVariable(Proeftijd.HUIS.name(), huis)
                .execute();
        return proeftijden.get(proeftijd.id());
    }

    private static void alleenOm(List<String> groepen) {
        if (!groepen.contains(PartnerGroup.OM.id())) {
            throw new OngeldigeInvoerException("casusnummer", "Alleen het Openbaar Ministerie legt een proeftijd op.");
        }
    }

    private ProeftijdRepository.Gegevens bewaar(String huis, Long casusId, Long zsmZaakId, ProeftijdAanvraag aanvraag,
                                                String door) {
        invoer.controleer(aanvraag);
        if (!TOEZICHTHOUDERS.contains(aanvraag.toezichthouder())) {
            throw invoer.ongeldig(ProeftijdAanvraag.class, "toezichthouder", "kies "
                    + String.join(" of ", TOEZICHTHOUDERS.stream().map(g -> Woorden.woord(PartnerGroup.class, g)).toList()));
        }
        LocalDate vandaag = klok.vandaag();
        LocalDate einddatum = aanvraag.ingangsdatum().plusMonths(aanvraag.duurMaanden());
        if (aanvraag.ingangsdatum().isAfter(vandaag)) {
            throw invoer.ongeldig(ProeftijdAanvraag.class, "ingangsdatum",
                    "ligt in de toekomst; leg de proeftijd op als de beslissing is genomen");
        }
        if (!einddatum.isAfter(vandaag)) {
            throw invoer.ongeldig(ProeftijdAanvraag.class, "ingangsdatum",
                    "de proeftijd zou op " + Woorden.datum(einddatum) + " al voorbij zijn");
        }
        LocalDateTime nu = klok.nu();
        ProeftijdRepository.Gegevens proeftijd = proeftijden.create(huis, casusId, zsmZaakId, aanvraag, einddatum, door, nu);
        aanvraag.voorwaarden().forEach(v -> proeftijden.addVoorwaarde(proeftijd.id(), v.genormaliseerd(), nu));
        auditLog.record(huis, "PROEFTIJD_OPGELEGD", casusId, proeftijd.nummer() + ", " + aanvraag.proeftijdSoort()
                + ", " + aanvraag.duurMaanden() + " maanden, toezicht " + aanvraag.toezichthouder()
                + (zsmZaakId == null ? "" : ", ZSM-zaak " + proeftijd.zsmnummer()));
        return proeftijd;
    }

    private Casus lopendeCasus(String huis, String casusnummer) {
        if (casusnummer == null || casusnummer.isBlank()) {
            throw invoer.ongeldig("casusnummer", "noem de casus waar de proeftijd bij hoort");
        }
        Casus casus = casussen.findByNummer(huis, casusnummer.strip()).orElseThrow(() -> invoer.ongeldig("casusnummer",
                "casus " + casusnummer.strip() + " is niet gevonden in uw Zorg- en Veiligheidshuis"));
        if (!casus.status().loopt()) {
            throw invoer.ongeldig("casusnummer", "casus " + casus.nummer() + " loopt niet ("
                    + casus.status().label().toLowerCase() + "); een proeftijd hoort bij een lopende casus");
        }
        return casus;
    }
}
