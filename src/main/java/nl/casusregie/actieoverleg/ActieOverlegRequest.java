package nl.casusregie.actieoverleg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A case for the Actie-Overleg, over POST /api/actie-overleggen or made from a new report routed
 * to the Actie-Overleg (the Tasklist start form is the report's, melding-invoeren): who is
 * involved, what happened, and whether it is stalking.
 */
public record ActieOverlegRequest(
        @NotEmpty(message = "noem ten minste de pleger en het slachtoffer") @Size(max = ActieOverlegRequest.MAX_BETROKKENEN, message = "noem ten hoogste {max} personen")
        List<@Valid @NotNull(message = "vul de persoon in") Betrokkene> betrokkenen,
        @NotBlank(message = "beschrijf wat er gebeurd is") @Size(max = 4000, message = "is langer dan {max} tekens")
        String watGebeurd,
        @NotNull(message = "kies ja of nee") Boolean stalking) {

    /** As many people as the API takes (a report brings at most MeldingRequest.MAX_BETROKKENEN). */
    public static final int MAX_BETROKKENEN = 8;
}
