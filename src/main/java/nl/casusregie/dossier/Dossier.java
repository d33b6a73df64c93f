package nl.casusregie.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.casusregie.casus.CasusStatus;

/**
 * The case file (dossier): one case of a household as the people at the table need to read it,
 * newest first, each item with the partner that brought it in. {@code namen} gives the display
 * name of each professional the file mentions by user id.
 */
public record Dossier(String casusnummer, CasusStatus status, String aanpak, Integer fase, String casusregisseur,
                      LocalDateTime aangemeldOp, LocalDateTime afgeslotenOp, Leesrecht leesrecht,
                      List<Lid> leden, Aanmelding aanmelding, List<EerdereCasus> eerdereCasussen,
                      List<Besluit> besluiten, List<Overleg> overleggen, List<Terugkoppeling> terugkoppelingen,
                      List<Brief> brieven, List<Incident> incidenten, List<Proeftijd> proeftijden,
                      List<Huisverbod> huisverboden, List<VanZsm> vanZsm, Map<String, String> namen) {

    /**
     * The case (or an incident on it) came from the ZSM deepening meeting: the ZSM case's number, when the
     * officer decided (besluit: a ZsmBesluit code, AANMELDING_ZVH) and the officer's explanation for the
     * procesregisseur; never what the partners at that table brought in.
     */
    public record VanZsm(String zsmnummer, LocalDateTime op, String besluit, String toelichting, String door) {
    }

    public record Lid(String naam, LocalDate geboortedatum, Integer leeftijd, String rol, String taal, boolean tolkNodig) {
    }

    public record Aanmelding(String door, String partner, LocalDateTime ontvangenOp, Boolean geweldHoofdreden,
                             Integer patroonJaren, Boolean acuutGevaar, List<String> geweldsvormen,
                             List<String> leefgebieden, List<String> strafrechtelijkeMaatregelen,
                             List<String> civieleMaatregelen, String analyse, String risicofactoren, String krachten,
                             String visieClienten, Boolean clientenGeinformeerd, LocalDate eersteHulpDatum,
                             String eersteHulpOrganisatie, Boolean dreigingTegenProfessionals,
                             Boolean zeerBedreigendWeinigBewijs) {
    }

    public record EerdereCasus(String casusnummer, String aanpak, CasusStatus status, LocalDateTime aangemeldOp,
                               LocalDateTime afgeslotenOp, String afsluitplan) {
    }

    /** A decision: triage, case direction (advice: the former case director), phase, closing plan, aftercare. */
    public record Besluit(String soort, String advies, String uitkomst, boolean afwijkend, String reden, String door,
                          String partner, LocalDateTime op) {
    }

    /**
     * A meeting round: its date, composition and preparation, each invited partner's contribution,
     * its parts (segments) in order, the next meeting and what happens when a minimum condition is
     * broken. The mean, spread and new worries summarise the parts the reader may read: for who does
     * not read the OM segment ({@link Deel#afgeschermd()}), they leave out what was said there.
     */
    public record Overleg(int ronde, int fase, LocalDate datum, Opzet opzet, Voorbereiding voorbereiding,
                          List<Bijdrage> bijdragen, List<Deel> delen, Boolean clientenAanwezig, Boolean nieuweZorgen,
                          Double gemiddeldeScore, Integer scoreSpreiding, LocalDate volgendOverleg, String bijSchending,
                          String door, String partner, LocalDateTime vastgelegdOp) {

        Overleg zonderPersoonsgegevens() {
            return new Overleg(ronde, fase, datum, opzet == null ? null : new Opzet(null, null, opzet.afwijkend(), null),
                    null, bijdragen.stream().map(Bijdrage::zonderPersoonsgegevens).toList(),
                    delen.stream().map(Deel::zonderPersoonsgegevens).toList(), clientenAanwezig, nieuweZorgen,
                    gemiddeldeScore, scoreSpreiding, volgendOverleg, null, door, partner, vastgelegdOp);
        }
    }

    /**
     * The round's composition as the chair confirmed it: whether the OM was needed and stalking or
     * intimate terror plays (which decide the advised parts), and whether the chair deviated from
     * the advice or the invitations, with the reason. The parts themselves are the round's delen.
     */
    public record Opzet(Boolean omNodig, Boolean stalkingOfTerreur, Boolean afwijkend, String reden) {
    }

    /**
     * What the case director heard from the clients before the meeting: the household's wishes, hope,
     * attendance (deelname: JA, ONLINE, NEE) and trusted person, and each member's own answers.
     */
    public record Voorbereiding(String wensen, String hoop, String deelname, String vertrouwenspersoon,
                                List<LidVoorbereiding> leden) {
    }

    public record LidVoorbereiding(String naam, String deelname, String wensen, String vertrouwenspersoon,
                                   boolean apartGehoord) {
    }

    /**
     * An invited partner's contribution, on its basis for sharing (grondslag). Where consent was
     * refused (GEWEIGERD) the refusal stands in the place of the information, which is then not
     * given; geleverdOp is null while the partner has not contributed. What the OM brought in is
     * read as its segment is (afgeschermd: kept from this reader, only that it was delivered).
     */
    public record Bijdrage(String partner, String grondslag, String informatie, String weigering, String door,
                           LocalDateTime geleverdOp, boolean afgeschermd) {

        Bijdrage zonderPersoonsgegevens() {
            return new Bijdrage(partner, grondslag, null, null, door, geleverdOp, afgeschermd);
        }
    }

    /**
     * A part (segment) of the round, in its place (volgorde), along BOB: the picture, the judgement
     * (whether worries remain, what is minimally needed, the scores with their mean and spread) and
     * the decision (its agreements and minimum conditions). An OM segment the reader may not read is
     * afgeschermd: only its place and kind are given, nothing that was said in it.
     */
    public record Deel(int volgorde, String soort, boolean afgeschermd, String beeldvorming, String oordeel,
                       Boolean nogZorgen, String minimaalNodig, Double gemiddeldeScore, Integer scoreSpreiding,
                       List<Score> scores, List<Afspraak> afspraken, LocalDateTime vastgelegdOp) {

        static Deel afgeschermd(int volgorde, String soort) {
            return new Deel(volgorde, soort, true, null, null, null, null, null, null, List.of(), List.of(), null);
        }

        Deel zonderPersoonsgegevens() {
            return new Deel(volgorde, soort, afgeschermd, null, null, nogZorgen, null, gemiddeldeScore, scoreSpreiding,
                    List.of(), afspraken.stream().map(Afspraak::zonderPersoonsgegevens).toList(), vastgelegdOp);
        }
    }

    public record Score(String deelnemer, int score, String toelichting) {
    }

    /**
     * An agreement: which partner does what, by when, and why; a minimum condition (bodemeis) is
     * guarded by its partner. Its status (OPEN, or the owner's outcome) and the owner's explanation.
     */
    public record Afspraak(String soort, String partner, String wat, LocalDate deadline, String waarom, boolean bodemeis,
                           String status, String toelichting) {

        Afspraak zonderPersoonsgegevens() {
            return new Afspraak(soort, partner, null, deadline, null, bodemeis, status, null);
        }
    }

    public record Terugkoppeling(String soort, String wijze, String tekst, String door, String partner, LocalDateTime op) {
    }

    /** A letter to the clients after a meeting round; talen: the languages it is to be translated into. */
    public record Brief(long id, int ronde, LocalDateTime gemaaktOp, List<String> talen) {
    }

    /**
     * A new incident on the case, newest first: what reported it (bron, an IncidentBron code), what
     * happened, who reported it (door: a user id, or "systeem") for which partner, and when; then the
     * chair's answer: an earlier meeting, or why the next meeting stays as planned, by whom and when;
     * reported before triage (voorTriage), it weighs in the triage decision instead.
     */
    public record Incident(String bron, String omschrijving, String door, String partner, LocalDateTime gemeldOp,
                           LocalDate vervroegdOverleg, String vervroegingReden, String beslotenDoor,
                           LocalDateTime beslotenOp, boolean voorTriage) {

        Incident zonderPersoonsgegevens() {
            return new Incident(bron, null, door, partner, gemeldOp, vervroegdOverleg, null, beslotenDoor, beslotenOp,
                    voorTriage);
        }
    }

    /**
     * A probation on the case (criminal-justice data): the decision, its period, supervisor and risk, each
     * condition with its checks, and each breach with the OM's reaction, then the closing evaluation. Read in
     * full only by om, the supervising group, the procesregisseur and the case director (DossierLeesrecht);
     * for other readers it is afgeschermd: only that it runs, until when, and who supervises it.
     */
    public record Proeftijd(String nummer, String status, LocalDate ingangsdatum, LocalDate einddatum,
                            String toezichthouder, boolean afgeschermd, String soort, Integer duurMaanden, String risico,
                            String opgelegdDoor, LocalDateTime opgelegdOp, List<Voorwaarde> voorwaarden,
                            List<Overtreding> overtredingen, String evaluatieUitkomst, String evaluatie,
                            String geevalueerdDoor, LocalDateTime geevalueerdOp) {

        Proeftijd metDetails(List<Voorwaarde> voorwaarden, List<Overtreding> overtredingen) {
            return new Proeftijd(nummer, status, ingangsdatum, einddatum, toezichthouder, afgeschermd, soort, duurMaanden,
                    risico, opgelegdDoor, opgelegdOp, voorwaarden, overtredingen, evaluatieUitkomst, evaluatie,
                    geevalueerdDoor, geevalueerdOp);
        }

        Proeftijd zonderDetails() {
            return new Proeftijd(nummer, status, ingangsdatum, einddatum, toezichthouder, true, null, null, null, null, null,
                    List.of(), List.of(), null, null, null, null);
        }
    }

    /** A condition (its id is what a breach report names), in force until vervallenOp, with its checks. */
    public record Voorwaarde(long id, String soort, String omschrijving, LocalDateTime geldtVanaf, LocalDateTime vervallenOp,
                             List<Controle> controles) {
    }

    /** One check: planned when its task came, the outcome (null while open) with the findings, who and when. */
    public record Controle(LocalDateTime geplandOp, String uitkomst, String bevindingen, String door, LocalDateTime op) {
    }

    /** A breach (no condition: the general condition), how it was reported, and the OM's reaction with its reason. */
    public record Overtreding(Long voorwaardeId, String wat, String gemeldVia, String gemeldDoor, LocalDateTime gemeldOp,
                              String reactie, String reactieReden, String gereageerdDoor, LocalDateTime gereageerdOp) {
    }

    /**
     * A temporary restraining order on the household: when imposed and by whom, until when it runs
     * (eindigtOp: ten days, or the extension's end), its status (LOPEND or how it ended) and when it
     * ended, the decision on extension with why and by whom, a lifting's reason and by whom, whom it
     * concerns, and what came of the help started during it.
     */
    public record Huisverbod(LocalDateTime opgelegdOp, String opgelegdDoor, String partner, LocalDateTime eindigtOp,
                             LocalDateTime besluitUiterlijk, String status, LocalDateTime beeindigdOp,
                             String verlengingsbesluit, LocalDateTime verlengdTot, String besluitReden, String besluitDoor,
                             LocalDateTime besluitOp, String intrekkingReden, String ingetrokkenDoor,
                             LocalDateTime opAgendaOp, HuisverbodPersoon uithuisgeplaatste,
                             List<HuisverbodPersoon> achterblijvers, List<HuisverbodHulp> hulp) {

        Huisverbod zonderPersoonsgegevens() {
            return new Huisverbod(opgelegdOp, opgelegdDoor, partner, eindigtOp, besluitUiterlijk, status, beeindigdOp,
                    verlengingsbesluit, verlengdTot, null, besluitDoor, besluitOp, null, ingetrokkenDoor, opAgendaOp, null,
                    List.of(), hulp.stream().map(h -> new HuisverbodHulp(h.voor(), h.partner(), h.uitkomst(), null, h.door(),
                            h.op())).toList());
        }
    }

    public record HuisverbodPersoon(String naam, LocalDate geboortedatum) {
    }

    /** Help started during an order for one side of the household (voor: UITHUISGEPLAATSTE, ACHTERBLIJVERS); open while uitkomst is null. */
    public record HuisverbodHulp(String voor, String partner, String uitkomst, String toelichting, String door,
                                 LocalDateTime op) {
    }

    /**
     * The same file without what it says about the household: who, when, which decisions and
     * outcomes, the parts of each meeting with their scores' mean and spread, who contributed on which basis,
     * agreements' owners and deadlines (for supervisors).
     */
    public Dossier zonderPersoonsgegevens() {
        return new Dossier(casusnummer, status, aanpak, fase, casusregisseur, aangemeldOp, afgeslotenOp,
                Leesrecht.ZONDER_PERSOONSGEGEVENS, List.of(),
                aanmelding == null ? null : new Aanmelding(aanmelding.door(), aanmelding.partner(), aanmelding.ontvangenOp(),
                        null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null,
                        null, null, null),
                eerdereCasussen.stream().map(c -> new EerdereCasus(c.casusnummer(), c.aanpak(), c.status(), c.aangemeldOp(),
                        c.afgeslotenOp(), null)).toList(),
                besluiten.stream().map(b -> new Besluit(b.soort(), b.advies(), b.uitkomst(), b.afwijkend(), null, b.door(),
                        b.partner(), b.op())).toList(),
                overleggen.stream().map(Overleg::zonderPersoonsgegevens).toList(),
                terugkoppelingen.stream().map(t -> new Terugkoppeling(t.soort(), t.wijze(), null, t.door(), t.partner(), t.op()))
                        .toList(),
                brieven.stream().map(b -> new Brief(b.id(), b.ronde(), b.gemaaktOp(), List.of())).toList(),
                incidenten.stream().map(Incident::zonderPersoonsgegevens).toList(),
                proeftijden.stream().map(Proeftijd::zonderDetails).toList(),
                huisverboden.stream().map(Huisverbod::zonderPersoonsgegevens).toList(),
                vanZsm.stream().map(z -> new VanZsm(z.zsmnummer(), z.op(), z.besluit(), null, z.door())).toList(),
                namen);
    }
}
