package nl.casusregie.aanmelding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral that names a member of a household whose case runs (the trusted match: the same name
 * and birth date) is a new incident on that case, not a second case: no second file, no second
 * triage, and the people who already work on the household hear of it at once. New members join
 * the household; what the referrer wrote becomes the incident's description. A name without a
 * birth date is no trusted match, so such a referral stays a referral for triage to judge.
 */
@Component
public class LopendeCasusAanmelding {

    private final HuishoudenRepository huishoudens;
    private final CasusRepository casussen;
    private final IncidentService incidentService;
    private final Invoercontrole invoercontrole;
    private final AuditLog auditLog;

    public LopendeCasusAanmelding(HuishoudenRepository huishoudens, CasusRepository casussen,
                                  IncidentService incidentService, Invoercontrole invoercontrole, AuditLog auditLog) {
        this.huishoudens = huishoudens;
        this.casussen = casussen;
        this.incidentService = incidentService;
        this.invoercontrole = invoercontrole;
        this.auditLog = auditLog;
    }

    /** Adds the referral to the household's running case as a new incident, if the household has one. */
    @Transactional
    public Optional<Registratie> voegToe(AanmeldingRequest aanmelding, Aanmelder aanmelder) {
        invoercontrole.controleer(aanmelding);
        List<Huishoudlid> leden = aanmelding.leden().stream().map(LidRequest::toHuishoudlid).toList();
        Optional<Casus> lopend = leden.stream()
                .map(lid -> huishoudens.findByMember(aanmelder.huis(), lid))
                .flatMap(Optional::stream)
                .map(casussen::lopendeCasus)
                .flatMap(Optional::stream)
                .findFirst();
        if (lopend.isEmpty()) {
            return Optional.empty();
        }
        Casus casus = lopend.get();
        leden.forEach(lid -> huishoudens.addMemberIfNew(casus.huishoudenId(), lid));
        incidentService.meld(new IncidentService.Incident(casus.nummer(), aanmelder.huis(), IncidentBron.AANMELDING,
                omschrijving(aanmelding, aanmelder), "aanmelding-" + UUID.randomUUID()));
        auditLog.record(aanmelder.huis(), "AANMELDING_ALS_INCIDENT", casus.id(), "aangemeld door " + aanmelder.groep());
        return Optional.of(new Registratie(casus, true, List.of(), List.of(), true));
    }

    /** What the referral says, in words, as the incident's description. */
    static String omschrijving(AanmeldingRequest a, Aanmelder aanmelder) {
        List<String> regels = new ArrayList<>();
        regels.add("Nieuwe aanmelding door " + Woorden.woord(PartnerGroup.class, aanmelder.groep())
                + "; het huishouden heeft deze lopende casus, dus de aanmelding is als nieuw incident toegevoegd.");
        regels.add("Leden: " + Woorden.opsomming(a.leden().stream().map(l -> l.naam().trim() + " (" + l.rol().label() + ")")
                .toList()) + ".");
        regel(regels, "Acuut gevaar", a.acuutGevaar() == null ? null : Woorden.jaNee(a.acuutGevaar()));
        regel(regels, "Vormen van geweld", Woorden.woorden(Geweldsvorm.class, a.geweldsvormen().stream().map(Enum::name).toList()));
        regel(regels, "Leefgebieden met zorgen", Woorden.woorden(Leefgebied.class, a.leefgebieden().stream().map(Enum::name).toList()));
        regel(regels, "Strafrechtelijke maatregelen", Woorden.woorden(StrafrechtelijkeMaatregel.class,
                a.strafrechtelijkeMaatregelen().stream().map(Enum::name).toList()));
        regel(regels, "Civiele maatregelen", Woorden.woorden(CivieleMaatregel.class,
                a.civieleMaatregelen().stream().map(Enum::name).toList()));
        regel(regels, "Analyse van de aanmelder", a.analyse());
        regel(regels, "Risicofactoren", a.risicofactoren());
        regel(regels, "Krachten", a.krachten());
        regel(regels, "Visie van de cliënten", a.visieClienten());
        regel(regels, "Cliënten geïnformeerd", a.clientenGeinformeerd() == null ? null : Woorden.jaNee(a.clientenGeinformeerd()));
        regel(regels, "Dreiging tegen professionals", Boolean.TRUE.equals(a.dreigingTegenProfessionals()) ? "ja" : null);
        regel(regels, "Zeer bedreigend, weinig bewijs", Boolean.TRUE.equals(a.zeerBedreigendWeinigBewijs()) ? "ja" : null);
        String tekst = String.join("\n", regels);
        int max = IncidentService.MAX_OMSCHRIJVING;
        return tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
    }

    private static void regel(List<String> regels, String label, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            regels.add(label + ": " + waarde.strip());
        }
    }
}
