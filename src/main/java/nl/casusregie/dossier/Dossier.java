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
                      List<Brief> brieven, Map<String, String> namen) {

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

    public record Overleg(int ronde, int fase, String voorbereiding, String deelnameClienten, Boolean clientenAanwezig,
                          String beeldvorming, Boolean nieuweZorgen, Double gemiddeldeScore, Integer scoreSpreiding,
                          String door, String partner, LocalDateTime vastgelegdOp, List<Score> scores,
                          List<Afspraak> afspraken) {
    }

    public record Score(String deelnemer, int score, String toelichting) {
    }

    /** An agreement: which partner does what, by when, and why; its status (OPEN, or the owner's outcome) and the owner's explanation. */
    public record Afspraak(String soort, String partner, String wat, LocalDate deadline, String waarom, String status, String toelichting) {
    }

    public record Terugkoppeling(String soort, String wijze, String tekst, String door, String partner, LocalDateTime op) {
    }

    /** A letter to the clients after a meeting round; talen: the languages it is to be translated into. */
    public record Brief(long id, int ronde, LocalDateTime gemaaktOp, List<String> talen) {
    }

    /**
     * The same file without what it says about the household: who, when, which decisions and
     * outcomes, scores' mean and spread, agreements' owners and deadlines (for supervisors).
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
                overleggen.stream().map(o -> new Overleg(o.ronde(), o.fase(), null, o.deelnameClienten(), o.clientenAanwezig(),
                        null, o.nieuweZorgen(), o.gemiddeldeScore(), o.scoreSpreiding(), o.door(), o.partner(),
                        o.vastgelegdOp(), List.of(),
                        o.afspraken().stream().map(a -> new Afspraak(a.soort(), a.partner(), null, a.deadline(), null, a.status(), null)).toList()))
                        .toList(),
                terugkoppelingen.stream().map(t -> new Terugkoppeling(t.soort(), t.wijze(), null, t.door(), t.partner(), t.op()))
                        .toList(),
                brieven.stream().map(b -> new Brief(b.id(), b.ronde(), b.gemaaktOp(), List.of())).toList(),
                namen);
    }
}
