package nl.casusregie.zsm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.dossier.Leesrecht;

/**
 * A ZSM case's records as GET /api/zsm-verdiepingen/{nummer} shows them: what was put forward,
 * each time on the agenda (returns with their reasons), what each partner brought in, and each
 * discussion with the officer's decision. Without personal content (a supervisor) every text people
 * wrote and every name is left out (null): who, when, which basis and what was decided remain.
 */
public record ZsmDossier(String nummer, String status, Leesrecht leesrecht, String ingebrachtDoor, LocalDateTime ingebrachtOp,
                         String reden, String vraag, List<Betrokkene> betrokkenen, List<Agendering> agenda,
                         List<Bijdrage> bijdragen, List<Bespreking> besprekingen) {

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
}
