package nl.casusregie.aanmelding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A referral (aanmelding) as a partner sends it, over the REST API or the Tasklist start
 * form (whose field keys are these names). Only the household's members are mandatory;
 * everything else is asked, not demanded.
 */
public record AanmeldingRequest(
        @NotEmpty(message = "noem ten minste één lid van het huishouden")
        @Size(max = 30, message = "meer dan 30 leden in één huishouden")
        List<@Valid LidRequest> leden,
        Set<Geweldsvorm> geweldsvormen,
        Boolean geweldHoofdreden,
        @Min(value = 0, message = "patroonJaren kan niet negatief zijn")
        @Max(value = 100, message = "patroonJaren is hoger dan 100") Integer patroonJaren,
        Boolean acuutGevaar,
        Set<Leefgebied> leefgebieden,
        Set<StrafrechtelijkeMaatregel> strafrechtelijkeMaatregelen,
        Set<CivieleMaatregel> civieleMaatregelen,
        @Size(max = 4000, message = "analyse is langer dan 4000 tekens") String analyse,
        @Size(max = 4000, message = "risicofactoren is langer dan 4000 tekens") String risicofactoren,
        @Size(max = 4000, message = "krachten is langer dan 4000 tekens") String krachten,
        @Size(max = 4000, message = "visieClienten is langer dan 4000 tekens") String visieClienten,
        Boolean clientenGeinformeerd,
        @PastOrPresent(message = "eersteHulpDatum ligt in de toekomst") LocalDate eersteHulpDatum,
        @Size(max = 200, message = "eersteHulpOrganisatie is langer dan 200 tekens") String eersteHulpOrganisatie,
        Boolean dreigingTegenProfessionals,
        Boolean zeerBedreigendWeinigBewijs) {

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
