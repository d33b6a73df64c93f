package nl.casusregie.overleg;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.stereotype.Service;

/**
 * Records a focus meeting round step by step: the preparation with the clients, the chair's
 * plan and confirmed composition, each invited partner's contribution, each segment of the
 * meeting, and the round's close, which starts the follow-up of each agreement. Agreements
 * without an owner, a deadline or a reason are refused: in the files studied only one
 * agreement in six said why (domain.md §2.5).
 */
@Service
public class OverlegService {

    /** Agreements can also be for the clients themselves. */
    public static final String CLIENTEN = "clienten";

    /** Groups that chair or direct the case rather than bring a partner's information. */
    private static final Set<String> NIET_UITNODIGEN = Set.of(PartnerGroup.PROCESREGISSEUR.id(),
            PartnerGroup.CASUSREGISSEUR.id(), PartnerGroup.SUPERVISOR.id(), PartnerGroup.PROCESBEHEERDER.id());

    private final OverlegRepository overleggen;
    private final CasusRepository casussen;
    private final HuishoudenRepository huishoudens;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;
    private final AfspraakOpvolgingStarter opvolging;
    private final OverlegOpzet opzet;

    public OverlegService(OverlegRepository overleggen, CasusRepository casussen, HuishoudenRepository huishoudens,
                          AuditLog auditLog, Invoercontrole invoer, AfspraakOpvolgingStarter opvolging, OverlegOpzet opzet) {
        this.opzet = opzet;
        this.overleggen = overleggen;
        this.casussen = casussen;
        this.huishoudens = huishoudens;
        this.auditLog = auditLog;
        this.invoer = invoer;
        this.opvolging = opvolging;
    }

    /** Plans the case's next round, bound to the focusoverleg instance that holds it. */
    public OverlegRepository.Ronde plan(long casusId, int fase, String processInstanceId) {
        OverlegRepository.Ronde ronde = overleggen.plan(casusId, fase, processInstanceId);
        audit(ronde, "FOCUSOVERLEG_GEPLAND", "");
        return ronde;
    }

    /** Stores the preparation with the clients; it happens also when they will not attend. */
    public Voorbereiding legVoorbereidingVast(String processInstanceId, long casusId, Voorbereiding voorbereiding) {
        invoer.controleer(voorbereiding);
        if (voorbereiding.deelnameClienten() != null && !Voorbereiding.DEELNAME.contains(voorbereiding.deelnameClienten())) {
            throw invoer.ongeldig("deelnameClienten", "kies of de cliënten komen");
        }
        for (int i = 0; i < voorbereiding.leden().size(); i++) {
            String deelname = voorbereiding.leden().get(i).deelname();
            if (deelname != null && !deelname.isBlank() && !Voorbereiding.DEELNAME.contains(deelname)) {
                throw invoer.ongeldig(Voorbereiding.class, "leden[" + i + "].deelname", "kies of dit gezinslid komt");
            }
        }
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        overleggen.updateVoorbereiding(ronde, voorbereiding, huishoudens.memberIds(casussen.get(casusId).huishoudenId()));
        audit(ronde, "FOCUSOVERLEG_VOORBEREID", "");
        return voorbereiding;
    }

    /** Stores the chair's plan and invites its partner groups. */
    public void legPlanVast(String processInstanceId, long casusId, OverlegPlan plan) {
        invoer.controleer(plan);
        controleerPartners("uitgenodigdePartners", plan.partners());
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        overleggen.updatePlan(ronde, plan);
        overleggen.uitnodigen(ronde, plan.partners());
        audit(ronde, "FOCUSOVERLEG_GEPLAND", "uitgenodigd: " + String.join(", ", plan.partners()));
    }

    /** Proposes the segments overleg-opzet advises from the plan and the preparation; the chair confirms them next. */
    public OverlegOpzet.Advies stelOpzetVoor(String processInstanceId, long casusId) {
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        OverlegOpzet.Advies advies = opzet.advies(casusId, overleggen.plan(ronde.id()).orElseThrow(),
                overleggen.voorbereiding(ronde.id()).orElseThrow());
        overleggen.legOpzetVast(ronde, advies.segmenten(), false, null);
        audit(ronde, "FOCUSOVERLEG_OPZET_ADVIES", advies.segmenten().toString());
        return advies;
    }

    /**
     * Fixes the invitations and the segments: as overleg-opzet advised, or changed by the chair,
     * which needs a reason (it shows in the case file as a deviation).
     */
    public List<Segment> bevestigOpzet(String processInstanceId, long casusId, List<String> partners,
                                       List<String> gekozenSegmenten, String reden) {
        controleerPartners("uitgenodigdePartners", partners);
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        List<Segment> advies = overleggen.segmenten(processInstanceId);
        List<Segment> segmenten = gekozenSegmenten == null || gekozenSegmenten.isEmpty() ? advies : segmenten(gekozenSegmenten);
        boolean afwijkend = !segmenten.equals(advies)
                || !Set.copyOf(partners).equals(Set.copyOf(overleggen.plan(ronde.id()).map(OverlegPlan::partners).orElse(List.of())));
        if (afwijkend && (reden == null || reden.isBlank())) {
            throw invoer.ongeldig("opzetReden", "geef de reden waarom u afwijkt van het advies of de uitnodigingen wijzigt");
        }
        invoer.maxLengte("opzetReden", reden, 2000);
        overleggen.uitnodigen(ronde, partners);
        overleggen.legOpzetVast(ronde, segmenten, afwijkend, afwijkend ? reden : null);
        audit(ronde, "FOCUSOVERLEG_OPZET", segmenten + (afwijkend ? ", afwijkend van het advies" : ""));
        return segmenten;
    }

    /** Stores an invited partner's contribution with its basis for sharing, or the client's refusal. */
    public void legBijdrageVast(String processInstanceId, long casusId, String partner, Bijdrage bijdrage, String door) {
        invoer.controleer(bijdrage);
        if (!Grondslag.isGrondslag(bijdrage.grondslag())) {
            throw invoer.ongeldig("grondslag", "kies op welke grond u deelt, of dat toestemming is geweigerd");
        }
        if (bijdrage.geweigerd() && isLeeg(bijdrage.weigering())) {
            throw invoer.ongeldig("weigering", "beschrijf wie welke toestemming heeft geweigerd");
        }
        if (!bijdrage.geweigerd() && isLeeg(bijdrage.informatie())) {
            throw invoer.ongeldig("informatie", "beschrijf de actuele informatie van uw organisatie");
        }
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        if (!overleggen.legBijdrage(ronde, partner, bijdrage, door)) {
            throw new OngeldigeInvoerException("partner", "Deze partner is niet uitgenodigd voor dit overleg.");
        }
        audit(ronde, "FOCUSOVERLEG_BIJDRAGE", partner + ", " + bijdrage.grondslag());
    }

    /** Stores the segment the chair's open task is for. */
    public Segment legSegmentVast(String processInstanceId, long casusId, Overlegverslag verslag, String door) {
        check(verslag);
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        OverlegRepository.Segmentrij segment = overleggen.openSegment(processInstanceId).orElseThrow(() ->
                new OngeldigeInvoerException("segment", "Alle delen van dit overleg zijn al vastgelegd."));
        if (verslag.clientenAanwezig() && (segment.soort() == Segment.OM || segment.soort() == Segment.PROFESSIONALS)) {
            throw invoer.ongeldig("clientenAanwezig", "bij dit deel zijn geen cliënten aanwezig");
        }
        // The next meeting and the breach rule belong to the whole round and reach the clients' letter.
        if (segment.soort() == Segment.OM && (verslag.volgendOverleg() != null
                || verslag.bijSchending() != null && !verslag.bijSchending().isBlank())) {
            throw invoer.ongeldig(verslag.volgendOverleg() != null ? "volgendOverleg" : "bijSchending",
                    "leg dit vast in een deel zonder OM; wat in het OM-deel staat, lezen alleen het OM en de procesregisseur");
        }
        overleggen.updateSegment(ronde, segment, verslag, door);
        if (verslag.clientenAanwezig()) {
            overleggen.markeerClientenAanwezig(ronde);
        }
        audit(ronde, "FOCUSOVERLEG_DEEL_VASTGELEGD", segment.soort() + ", " + verslag.afspraken().size() + " afspraken");
        return segment.soort();
    }

    /** Closes the round: its score summary, and the follow-up of every agreement and minimum condition. */
    public Vastgelegd rondAf(String processInstanceId, long casusId, String door) {
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        OverlegRepository.Uitkomst uitkomst = overleggen.uitkomst(ronde);
        Scores scores = new Scores(uitkomst.scores(), casussen.get(casusId).fase());
        overleggen.rondAf(ronde, uitkomst.nieuweZorgen(), scores.gemiddelde(), scores.spreiding(), door);
        opvolging.startVoorRonde(ronde.id());
        audit(ronde, "FOCUSOVERLEG_VASTGELEGD", uitkomst.scores().size() + " scores");
        return new Vastgelegd(ronde.id(), ronde.nummer(), uitkomst.clientenAanwezig(), uitkomst.nieuweZorgen(),
                scores.gemiddelde(), scores.spreiding(), scores.hoogsteZorg(), overleggen.bodemeisGeschonden(ronde));
    }

    public record Vastgelegd(long overlegId, int aantalOverleggen, boolean clientenAanwezig, boolean nieuweZorgen,
                             Double gemiddeldeScore, Integer scoreSpreiding, Integer hoogsteZorg, boolean bodemeisGeschonden) {
    }

    /**
     * The scaling scores of a round: mean, spread, and the most worried participant's score. In
     * phases 1 and 2 a high score means more worry; in phase 3 a high score means a better life.
     * The case file summarises each segment's scores the same way.
     */
    public record Scores(List<Integer> scores, Integer fase) {

        public Double gemiddelde() {
            return scores.isEmpty() ? null : Math.round(stats().getAverage() * 100) / 100.0;
        }

        public Integer spreiding() {
            return scores.isEmpty() ? null : stats().getMax() - stats().getMin();
        }

        public Integer hoogsteZorg() {
            return scores.isEmpty() ? null : Objects.equals(fase, 3) ? stats().getMin() : stats().getMax();
        }

        private IntSummaryStatistics stats() {
            return scores.stream().mapToInt(Integer::intValue).summaryStatistics();
        }
    }

    private List<Segment> segmenten(List<String> codes) {
        for (String code : codes) {
            if (!Segment.isSegment(code)) {
                throw invoer.ongeldig("segmenten", "kies de delen van het overleg uit de lijst");
            }
        }
        // Segments are held in their fixed order: the OM part always before any part with clients.
        return java.util.Arrays.stream(Segment.values()).filter(s -> codes.contains(s.name())).toList();
    }

    private void controleerPartners(String veld, List<String> partners) {
        if (partners == null || partners.isEmpty()) {
            throw invoer.ongeldig(veld, "nodig ten minste één partner uit");
        }
        for (String partner : partners) {
            if (!PartnerGroup.isPartnerGroup(partner) || NIET_UITNODIGEN.contains(partner)) {
                throw invoer.ongeldig(veld, "kies de partners uit de lijst");
            }
        }
    }

    private OverlegRepository.Ronde ronde(String processInstanceId, long casusId) {
        return overleggen.ofInstance(processInstanceId, casusId).orElseThrow(() ->
                new OngeldigeInvoerException("overleg", "Dit overleg hoort niet bij deze casus."));
    }

    private void audit(OverlegRepository.Ronde ronde, String actie, String details) {
        Casus casus = casussen.get(ronde.casusId());
        auditLog.record(casus.huis(), actie, casus.id(), ("ronde " + ronde.nummer() + ", " + details).replaceAll(", $", ""));
    }

    private static boolean isLeeg(String text) {
        return text == null || text.isBlank();
    }

    /** Sizes, required fields and dates by the record's constraints; kind and partner against their lists. */
    private void check(Overlegverslag verslag) {
        invoer.controleer(verslag);
        List<Afspraak> afspraken = verslag.afspraken();
        for (int i = 0; i < afspraken.size(); i++) {
            if (!AfspraakSoort.isSoort(afspraken.get(i).soort())) {
                throw invoer.ongeldig(Overlegverslag.class, "afspraken[" + i + "].soort", "kies de soort afspraak");
            }
            String partner = afspraken.get(i).partner();
            if (!(CLIENTEN.equals(partner) || PartnerGroup.isPartnerGroup(partner))) {
                throw invoer.ongeldig(Overlegverslag.class, "afspraken[" + i + "].partner",
                        "kies de partner die de afspraak uitvoert");
            }
            if (Boolean.TRUE.equals(afspraken.get(i).bodemeis()) && CLIENTEN.equals(partner)) {
                throw invoer.ongeldig(Overlegverslag.class, "afspraken[" + i + "].partner",
                        "een bodemeis wordt bewaakt door een partner, niet door de cliënten");
            }
        }
    }
}
