package nl.casusregie.aanmelding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.casusregie.platform.PlausibeleDatum;

/**
 * A referral (aanmelding) as a partner sends it, over the REST API or the Tasklist start
 * form (whose field keys are these names). Only the household's members are mandatory;
 * everything else is asked, not demanded. Texts fit their columns (V1 migration), lists
 * what the form offers; messages follow the form's label of the field.
 */
public record AanmeldingRequest(
        @NotEmpty(message = "noem ten minste één lid van het huishouden")
        @Size(max = MAX_LEDEN, message = "noem ten hoogste {max} leden, zoals het formulier")
        List<@NotNull(message = "is leeg") @Valid LidRequest> leden,
        Set<@NotNull(message = "bevat een lege waarde") Geweldsvorm> geweldsvormen,
        Boolean geweldHoofdreden,
        @Min(value = 0, message = "kan niet negatief zijn")
        @Max(value = 100, message = "is hoger dan {value}") Integer patroonJaren,
        Boolean acuutGevaar,
        Set<@NotNull(message = "bevat een lege waarde") Leefgebied> leefgebieden,
        Set<@NotNull(message = "bevat een lege waarde") StrafrechtelijkeMaatregel> strafrechtelijkeMaatregelen,
        Set<@NotNull(message = "bevat een lege waarde") CivieleMaatregel> civieleMaatregelen,
        @Size(max = 4000, message = "is langer dan {max} tekens") String analyse,
        @Size(max = 4000, message = "is langer dan {max} tekens") String risicofactoren,
        @Size(max = 4000, message = "is langer dan {max} tekens") String krachten,
        @Size(max = 4000, message = "is langer dan {max} tekens") String visieClienten,
        Boolean clientenGeinformeerd,
        @PlausibeleDatum LocalDate eersteHulpDatum,
        @Size(max = 200, message = "is langer dan {max} tekens") String eersteHulpOrganisatie,
        Boolean dreigingTegenProfessionals,
        Boolean zeerBedreigendWeinigBewijs) {

    /** As many members as the start form has rows (ZvhCasus.LID_RIJEN). */
    public static final int MAX_LEDEN = 8;

    public Set<Geweldsvorm> geweldsvormen() {
        return geweldsvormen == null ? Set.of() : geweldsvormen;
    }

    public Set<Leefgebied> leefgebieden() {
        return leefgebieden == null ? Set.of() : leefgebieden;
    }

    public Set<StrafrechtelijkeMaatregel> strafrechtelijkeMaatregelen() {
        return strafrechtelijkeMaatregelen == null ? Set.of() : strafrechtelijkeMaatregelen;
    }

    public Set<CivieleMaatregel> civieleMaatregelen() {
        return civieleMaatregelen == null ? Set.of() : civieleMaatregelen;
    }
}
