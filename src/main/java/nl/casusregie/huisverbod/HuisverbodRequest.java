package nl.casusregie.huisverbod;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as the mayor's office registers it (POST /api/huisverboden): when it was imposed, the
 * person barred from the home, the members at risk who stay, and optionally the case number of the
 * household's running case. People are named as a referral names them (name, birth date when
 * known), so the household is found again on the same trusted match. Messages are completed with
 * the field's Dutch name by {@link HuisverbodInvoer}.
 */
public record HuisverbodRequest(
        @NotNull(message = "is verplicht: wanneer legde de burgemeester het huisverbod op?") LocalDateTime opgelegdOp,
        @NotNull(message = "is verplicht: wie moet de woning verlaten?") @Valid Persoon uithuisgeplaatste,
        @Size(max = MAX_ACHTERBLIJVERS, message = "noem ten hoogste {max} achterblijvers")
        List<@NotNull(message = "is leeg") @Valid Persoon> achterblijvers,
        @Size(max = 32, message = "is langer dan {max} tekens") String casusnummer) {

    /** The barred person and the achterblijvers together fit a referral (AanmeldingRequest.MAX_LEDEN). */
    public static final int MAX_ACHTERBLIJVERS = 7;

    public List<Persoon> achterblijvers() {
        return achterblijvers == null ? List.of() : achterblijvers;
    }

    /** Whether a case number was given. */
    public boolean metCasusnummer() {
        return casusnummer != null && !casusnummer.isBlank();
    }
}
