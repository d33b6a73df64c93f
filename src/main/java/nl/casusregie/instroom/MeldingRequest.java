package nl.casusregie.instroom;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.actieoverleg.Betrokkene;

/**
 * A new report, over POST /api/meldingen or the Tasklist start form melding-invoeren (whose field
 * keys are these names): the people involved, what happened, and the facts instroom-route reads.
 * Every fact but the region must be answered: a missing one would let the table fall through to a
 * slower table. Who reported is the login. Sizes are the columns' (V16).
 */
public record MeldingRequest(
        @NotEmpty(message = "noem ten minste één betrokkene")
        @Size(max = MAX_BETROKKENEN, message = "noem ten hoogste {max} betrokkenen, zoals het formulier")
        List<@NotNull(message = "is leeg") @Valid Betrokkene> betrokkenen,
        @NotBlank(message = "beschrijf wat er gebeurd is") @Size(max = 4000, message = "is langer dan {max} tekens")
        String watGebeurd,
        @NotNull(message = "kies wat de melding bracht") SoortMelding soortMelding,
        @NotNull(message = "kies ja of nee") Boolean acuteOnveiligheid,
        @NotNull(message = "kies ja of nee") Boolean letselKind,
        @NotNull(message = "kies ja of nee") Boolean stalking,
        @NotNull(message = "kies ja of nee") Boolean verdachteGehoordOfAangehouden,
        @NotNull(message = "kies ja of nee") Boolean mensenhandel,
        Regio regio,
        @NotNull(message = "kies ja of nee") Boolean dreigendGevaar) {

    /** As many people as the start form has rows (ActieOverleg.BETROKKENE_RIJEN). */
    public static final int MAX_BETROKKENEN = 6;
    /** The list as the API and the form name it. */
    public static final String BETROKKENEN = "betrokkenen";

    public Meldingsfeiten feiten() {
        return new Meldingsfeiten(soortMelding, acuteOnveiligheid, letselKind, stalking, verdachteGehoordOfAangehouden,
                mensenhandel, regio, dreigendGevaar);
    }
}
