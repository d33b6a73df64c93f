package nl.casusregie.zsm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A case put forward for the deepening session, over POST /api/zsm-verdiepingen or the Tasklist
 * start form zsm-inbrengen (whose field keys are these names): the people involved, why the case
 * "gives stomach ache" (required) and a concrete question if there is one. Who entered it is the
 * login. Sizes are the columns' (V13).
 */
public record ZsmInbreng(
        @NotEmpty(message = "noem ten minste één betrokkene")
        @Size(max = MAX_BETROKKENEN, message = "noem ten hoogste {max} betrokkenen, zoals het formulier")
        List<@NotNull(message = "is leeg") @Valid ZsmBetrokkene> betrokkenen,
        @NotBlank(message = "is verplicht: waarom geeft deze zaak buikpijn?")
        @Size(max = 4000, message = "is langer dan {max} tekens") String buikpijnReden,
        @Size(max = 2000, message = "is langer dan {max} tekens") String vraag) {

    /** As many people as the start form has rows (ZsmVerdieping.BETROKKENE_RIJEN). */
    public static final int MAX_BETROKKENEN = 6;
    /** The list as the API and the form name it. */
    public static final String BETROKKENEN = "betrokkenen";
}
