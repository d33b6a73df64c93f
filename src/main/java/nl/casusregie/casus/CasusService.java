package nl.casusregie.casus;

import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.BesluitRepository.Besluit;
import nl.casusregie.casus.ZvhCasus.Overgang;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The decisions of a case as the people at the table take them: checked, recorded with
 * advice and reason, and applied to the case. Every change is audited. Refusals name the
 * field as its form does; texts are checked against their columns before anything is stored.
 */
@Service
public class CasusService {

    /** Column sizes (V1 migration): codes and user ids, and the texts people write. */
    private static final int KORT = 64;
    private static final int LANG = 4000;

    private final CasusRepository casussen;
    private final BesluitRepository besluiten;
    private final AuditLog auditLog;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;
    private final Invoercontrole invoer;

    public CasusService(CasusRepository casussen, BesluitRepository besluiten, AuditLog auditLog,
                        IdentityService identityService, RuntimeService runtimeService, SystemAction systemAction,
                        Invoercontrole invoer) {
        this.casussen = casussen;
        this.besluiten = besluiten;
        this.auditLog = auditLog;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
        this.invoer = invoer;
    }

    public Casus get(long casusId) {
        return casussen.get(casusId);
    }

    /** Weegoverleg: the chair may deviate from the advice, always with a reason. */
    public void legTriagebesluitVast(long casusId, String advies, String aanpakCode, String verwijzing, String reden,
                                     String door) {
        Aanpak aanpak = Aanpak.fromCode(aanpakCode)
                .orElseThrow(() -> invoer.ongeldig("aanpak", "kies MDA++, REGULIER of NIET_OPPAKKEN"));
        invoer.maxLengte("adviesAanpak", advies, KORT);
        invoer.maxLengte("verwijzing", verwijzing, 40);
        invoer.maxLengte("triageReden", reden, LANG);
        vereist("triageReden", reden, "geef de reden van het triagebesluit");
        if (aanpak == Aanpak.NIET_OPPAKKEN) {
            vereist("verwijzing", verwijzing, "kies waarheen het huishouden wordt verwezen");
        }
        Casus casus = casussen.get(casusId);
        String uitkomst = Aanpak.triageUitkomst(aanpak, verwijzing);
        besluiten.record(casusId, new Besluit("TRIAGE", advies, uitkomst, !aanpak.code().equals(advies), reden, door));
        casussen.updateAanpak(casusId, aanpak.code());
        if (aanpak == Aanpak.NIET_OPPAKKEN) {
            casussen.updateStatus(casusId, CasusStatus.NIET_OPGEPAKT);
        }
        auditLog.record(casus.huis(), "TRIAGEBESLUIT", casusId, uitkomst);
    }

    /** Feedback to the clients, in plain language, after triage or a meeting. */
    public void legTerugkoppelingVast(long casusId, String soort, String wijze, String tekst, String door) {
        invoer.maxLengte("terugkoppelingWijze", wijze, 32);
        invoer.maxLengte("terugkoppelingTekst", tekst, LANG);
        vereist("terugkoppelingTekst", tekst, "beschrijf wat er aan de cliënten is verteld");
        casussen.addTerugkoppeling(casusId, soort, wijze, tekst, door);
        auditLog.record(casussen.get(casusId).huis(), "TERUGKOPPELING_" + soort, casusId, wijze);
    }

    /**
     * Assigns case direction to a case director (group casusregisseur) of the same house; that person becomes the
     * assignee of the case's later tasks. Returns the phase the case is in (1 when new).
     */
    public int wijsCasusregieToe(long casusId, String casusregisseur, String reden, String door) {
        invoer.maxLengte("casusregisseur", casusregisseur, KORT);
        invoer.maxLengte("casusregieReden", reden, LANG);
        vereist("casusregisseur", casusregisseur, "kies een casusregisseur");
        Casus casus = casussen.get(casusId);
        // The form offers only these people (CasusregisseurOpties); a client that sends another id is refused.
        boolean casusregisseurVanHuis = identityService.createUserQuery().userId(casusregisseur)
                .memberOfGroup(PartnerGroup.CASUSREGISSEUR.id()).memberOfTenant(casus.huis()).count() > 0;
        if (!casusregisseurVanHuis) {
            throw invoer.ongeldig("casusregisseur", "kies een casusregisseur van dit Zorg- en Veiligheidshuis");
        }
        besluiten.record(casusId, new Besluit("CASUSREGIE", casus.casusregisseur(), casusregisseur, false, reden, door));
        casussen.updateCasusregisseur(casusId, casusregisseur);
        int fase = casus.fase() == null ? 1 : casus.fase();
        casussen.updateFase(casusId, fase);
        auditLog.record(casus.huis(), "CASUSREGIE_TOEGEWEZEN", casusId, casusregisseur);
        return fase;
    }

    /**
     * The case director's involvement ended between two decisions: the procesregisseur hands
     * case direction over (event subprocess of zvh-casus). Only a case with a director can.
     */
    public void beeindigCasusregie(String huis, String nummer, String door) {
        Casus casus = casussen.findByNummer(huis, nummer)
                .orElseThrow(() -> new CasusNietGevondenException(nummer));
        if (casus.casusregisseur() == null || !(casus.status() == CasusStatus.LOPEND || casus.status() == CasusStatus.NAZORG)) {
            throw invoer.ongeldig("casusregisseur", "casus " + nummer + " heeft geen casusregie om over te dragen");
        }
        // The caller checked the role; the engine correlates into this one case, bound to its instance.
        systemAction.run(() -> runtimeService.createMessageCorrelation(ZvhCasus.MESSAGE_CASUSREGIE_BEEINDIGD)
                .processInstanceId(casussen.procesInstantie(casus.id()))
                .correlate());
        auditLog.record(huis, "CASUSREGIE_BEEINDIGD", casus.id(), casus.casusregisseur() + ", gemeld door " + door);
    }

    /**
     * The chair's decision after a focus meeting; returns the case as it now stands. Going back
     * follows the advised phase when the chair follows the advice (a broken minimum condition goes
     * back to phase 1), otherwise one phase. An MDA++ case closes only from phase 3; a regular
     * case may close earlier, handing the work over, but only with a reason.
     */
    public Casus legVervolgVast(long casusId, String advies, Integer adviesNaarFase, String overgangCode, String reden,
                                boolean opschalen, String door) {
        Overgang overgang = overgang(overgangCode);
        invoer.maxLengte("adviesOvergang", advies, KORT);
        invoer.maxLengte("overgangReden", reden, LANG);
        Casus casus = casussen.get(casusId);
        int fase = casus.fase();
        if (opschalen && !Aanpak.REGULIER.code().equals(casus.aanpak())) {
            throw invoer.ongeldig("opschalenNaarMdaPlusPlus", "alleen een reguliere casus kan naar MDA++");
        }
        String aanpak = opschalen ? Aanpak.MDA_PLUS_PLUS.code() : casus.aanpak();
        if (overgang == Overgang.AFSLUITEN && fase != 3) {
            if (Aanpak.MDA_PLUS_PLUS.code().equals(aanpak)) {
                throw invoer.ongeldig("overgang",
                        "een MDA++-casus sluit pas af vanuit fase 3 (herstelgerichte zorg), met een afsluitplan");
            }
            vereist("overgangReden", reden, "een reguliere casus sluit vóór fase 3 alleen af met een reden:"
                    + " welk werk gaat over naar de partners?");
        }
        boolean afwijkend = !overgang.name().equals(advies);
        if (afwijkend) {
            vereist("overgangReden", reden, "geef de reden om af te wijken van het advies (" + advies + ")");
        }
        if (overgang == Overgang.TERUG && fase == 1) {
            throw invoer.ongeldig("overgang", "in fase 1 kan de casus niet terug");
        }
        if (overgang == Overgang.VOLGENDE && fase == 3) {
            throw invoer.ongeldig("overgang", "fase 3 is de laatste fase; kies afsluiten of blijven");
        }
        if (opschalen) {
            casussen.updateAanpak(casusId, aanpak);
            besluiten.record(casusId, new Besluit("AANPAK", Aanpak.REGULIER.code(), aanpak, false, reden, door));
        }
        int nieuweFase = switch (overgang) {
            case VOLGENDE -> fase + 1;
            case TERUG -> terugNaar(fase, afwijkend ? null : adviesNaarFase);
            default -> fase;
        };
        casussen.updateFase(casusId, nieuweFase);
        besluiten.record(casusId, new Besluit("FASE", advies, overgang.name(), afwijkend, reden, door));
        auditLog.record(casus.huis(), "VERVOLG_BESLOTEN", casusId, overgang + ", fase " + fase + " -> " + nieuweFase);
        return casussen.get(casusId);
    }

    /**
     * A new incident on the case (a broken minimum condition among them): immediate safety is at
     * stake again, so a running case goes back to phase 1 at once rather than after the next
     * meeting, recorded as a decision of kind INCIDENT with its cause. The caller, the case's own
     * instance, sets its fase from the row next (fase-overgang reads the instance's fase after the
     * next round). A case that no longer runs, or is in phase 1 already, keeps its phase. Returns
     * the phase the case is in now.
     */
    public Integer zetTerugNaarFase1(long casusId, String aanleiding, String door) {
        Casus casus = casussen.get(casusId);
        Integer fase = casus.fase();
        if (casus.status() != CasusStatus.LOPEND || fase == null || fase == 1) {
            return fase;
        }
        casussen.updateFase(casusId, 1);
        besluiten.record(casusId, new Besluit("INCIDENT", null, Overgang.TERUG.name(), false,
                aanleiding + ": terug naar fase 1, directe veiligheid", door));
        auditLog.record(casus.huis(), "FASE_TERUG_INCIDENT", casusId, "fase " + fase + " -> 1, " + aanleiding);
        return 1;
    }

    /** The advised earlier phase when it is one, otherwise one phase back; never below phase 1. */
    private static int terugNaar(int fase, Integer geadviseerd) {
        if (geadviseerd != null && geadviseerd >= 1 && geadviseerd < fase) {
            return geadviseerd;
        }
        return Math.max(1, fase - 1);
    }

    /** A closing plan is mandatory; a regular case also names the partners who take the work over. */
    public void legAfsluitplanVast(long casusId, String afsluitplan, String overdrachtAan) {
        invoer.maxLengte("afsluitplan", afsluitplan, LANG);
        invoer.maxLengte("overdrachtAan", overdrachtAan, 1000);
        vereist("afsluitplan", afsluitplan, "beschrijf wat er gebeurt als het later weer misgaat");
        Casus casus = casussen.get(casusId);
        if (Aanpak.REGULIER.code().equals(casus.aanpak())) {
            vereist("overdrachtAan", overdrachtAan, "een reguliere casus sluit af door het werk over te dragen: noem de partners");
        }
        casussen.updateAfsluitplan(casusId, afsluitplan, overdrachtAan);
        auditLog.record(casus.huis(), "AFSLUITPLAN_OPGESTELD", casusId, null);
    }

    public void legBeoordelingVast(long casusId, boolean goedgekeurd, String opmerking, String door) {
        invoer.maxLengte("afsluitplanOpmerking", opmerking, LANG);
        if (!goedgekeurd) {
            vereist("afsluitplanOpmerking", opmerking, "geef aan wat er aan het afsluitplan moet veranderen");
        }
        besluiten.record(casusId, new Besluit("AFSLUITPLAN", null, goedgekeurd ? "GOEDGEKEURD" : "AFGEKEURD", false,
                opmerking, door));
        auditLog.record(casussen.get(casusId).huis(), "AFSLUITPLAN_BEOORDEELD", casusId, goedgekeurd ? "goedgekeurd" : "afgekeurd");
    }

    public void sluitAf(long casusId) {
        Casus casus = casussen.get(casusId);
        casussen.close(casusId);
        auditLog.record(casus.huis(), "CASUS_AFGESLOTEN", casusId, null);
    }

    /** Aftercare: new signals reopen the case in phase 1, otherwise it ends. */
    public void legNazorgVast(long casusId, boolean nieuweSignalen, String toelichting, String door) {
        invoer.maxLengte("nazorgToelichting", toelichting, LANG);
        vereist("nazorgToelichting", toelichting, "beschrijf wat is nagegaan en bij wie");
        Casus casus = casussen.get(casusId);
        besluiten.record(casusId, new Besluit("NAZORG", null, nieuweSignalen ? "HEROPENEN" : "BEEINDIGEN", false,
                toelichting, door));
        if (nieuweSignalen) {
            casussen.reopen(casusId);
        } else {
            casussen.updateStatus(casusId, CasusStatus.BEEINDIGD);
        }
        auditLog.record(casus.huis(), nieuweSignalen ? "CASUS_HEROPEND" : "CASUS_BEEINDIGD", casusId, null);
    }

    private Overgang overgang(String code) {
        try {
            return Overgang.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invoer.ongeldig("overgang", "kies BLIJVEN, VOLGENDE, TERUG of AFSLUITEN");
        }
    }

    private void vereist(String veld, String waarde, String melding) {
        if (waarde == null || waarde.isBlank()) {
            throw invoer.ongeldig(veld, melding);
        }
    }
}
