package nl.casusregie.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/** A table's agenda in one house as its partners read it: the coming sessions and the cases on them. */
@Schema(description = "De agenda van een tafel in het eigen Zorg- en Veiligheidshuis: de komende sessies en de casussen erop")
public record AgendaOverzicht(
        @Schema(description = "De tafel", example = "zsm-verdieping") String tafel,
        @Schema(description = "De naam van de tafel", example = "ZSM-verdiepingsoverleg") String naam,
        @Schema(description = "Ten hoogste zoveel casussen per sessie (de instelling max-casussen)") int maxCasussen,
        @Schema(description = "Zolang vóór het begin van een sessie sluit de agenda ervan (ISO-8601)", example = "PT24H")
        String agendaSluitVoor,
        @Schema(description = "Waar: de toelichtingen bij het terugzetten zijn weggelaten (leidinggevende)") boolean afgeschermd,
        List<Sessie> sessies) {

    /** One session: when, how full, and its cases in the order they were put on. */
    @Schema(description = "Een sessie van de tafel")
    public record Sessie(
            LocalDateTime begin,
            LocalDateTime einde,
            @Schema(example = "dinsdag 3 maart 2026, 13:30") String wanneer,
            @Schema(description = "Bezette plaatsen") int bezet,
            @Schema(description = "Ten hoogste zoveel casussen") int maxCasussen,
            @Schema(description = "Waar als de agenda van deze sessie gesloten is: er komt geen casus meer bij")
            boolean agendaGesloten,
            List<Punt> punten) {
    }

    /** A case on a session: only its reference; whether and how often it came back, and why. */
    @Schema(description = "Een casus op een sessie: alleen de verwijzing, geen inhoud")
    public record Punt(
            @Schema(description = "Verwijzing naar de casus van de tafel (de business key)") String referentie,
            @Schema(description = "GEAGENDEERD of BESPROKEN") String status,
            @Schema(description = "Waar als de casus terug op de agenda is gezet") boolean terug,
            @Schema(description = "Hoe vaak de casus al terug op de agenda kwam, deze keer meegeteld") int keerTerug,
            @Schema(description = "Elke keer dat de casus terugkwam, oudste eerst") List<Terugkeer> redenen) {
    }

    /** One return: the reason from the fixed list, and the explanation for who may read it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Eén keer terug op de agenda")
    public record Terugkeer(
            @Schema(description = "Hoeveelste keer terug") int keer,
            @Schema(description = "INFORMATIE_ONTBREEKT, WACHTEN_OP_ACTIE, VOLGEN of VEILIGHEID_NIET_GEREGELD") String reden,
            @Schema(example = "Informatie ontbreekt") String omschrijving,
            @Schema(description = "Toelichting; ontbreekt voor een leidinggevende") String toelichting,
            @Schema(description = "Het begin van de sessie waarop de casus terugkwam") LocalDateTime sessie) {
    }
}
