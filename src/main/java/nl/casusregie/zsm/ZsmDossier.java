package nl.casusregie.zsm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.dossier.Leesrecht;

/**
 * A ZSM case's records as GET /api/zsm-verdiepingen/{nummer} shows them: what was put forward,
 * each time on the agenda (returns with their reasons), what each partner brought in, and each
 * discussion with the officer's decision, and the probation a conditional dismissal started, with its
 * state, and the personal letters (to download at brieven/{id}). Without personal content (a supervisor) every text people
 * wrote and every name is left out (null): who, when, which basis and what was decided remain.
 */
public record ZsmDossier(String nummer, String status, Leesrecht leesrecht, String ingebrachtDoor, LocalDateTime ingebrachtOp,
                         String reden, String vraag, List<Betrokkene> betrokkenen, List<Agendering> agenda,
                         List<Bijdrage> bijdragen, List<Bespreking> besprekingen, List<Proeftijd> proeftijden,
                         List<Brief> brieven) {

    public record Betrokkene(String naam, LocalDate geboortedatum, String rol) {
    }

    public record Agendering(LocalDateTime sessieBegin, int terugkeer, String reden, String toelichting, String status) {
    }

    public record Bijdrage(String partner, String grondslag, String informatie, String weigering, String verzoek,
                           String verzoekReden, LocalDateTime op) {
    }

    public record Bespreking(LocalDateTime op, String regiehouder, String interpretatie, List<String> zorgenBij, String besluit,
                             String terugkeerReden, LocalDate termijnDatum, String toelichting, String briefTaal, String briefTekst,
                             String ontvanger, LocalDateTime overdrachtBevestigdOp) {
    }

    /** A probation of the case: its state (a ProeftijdStatus), period, supervisor, conditions and breaches. */
    public record Proeftijd(String nummer, String status, LocalDate ingangsdatum, LocalDate einddatum, String toezichthouder,
                            List<Voorwaarde> voorwaarden, List<Overtreding> overtredingen) {
    }

    /** geldt: still in force (not replaced by the OM's changed conditions). */
    public record Voorwaarde(String soort, String omschrijving, boolean geldt) {
    }

    /** A personal letter: to whom, in which language, whether it is still to be translated, when it was made. */
    public record Brief(long id, String aan, String taal, boolean teVertalen, LocalDateTime gemaaktOp) {
    }

    /** reactie: the OM's reaction (an OmReactie), null while it has not reacted. */
    public record Overtreding(LocalDateTime gemeldOp, String wat, String reactie) {
    }
}
