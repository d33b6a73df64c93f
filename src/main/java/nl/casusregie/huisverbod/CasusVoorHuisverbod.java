package nl.casusregie.huisverbod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.aanmelding.AanmeldingService;
import nl.casusregie.aanmelding.LidRequest;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.huishouden.Rol;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * The case an order belongs to: the household's running case, found by the case number the mayor's
 * office gives or by the trusted match a referral uses (a member with the same name and birth
 * date); without one, a referral for the household, through the referral service, so triage
 * follows as for any referral.
 */
@Component
class CasusVoorHuisverbod {

    /** The case, and whether it was referred for this order. */
    record Koppeling(Casus casus, boolean aanmeldingGestart) {
    }

    private final CasusRepository casussen;
    private final HuishoudenRepository huishoudens;
    private final AanmeldingService aanmeldingService;
    private final HuisverbodInvoer invoer;

    CasusVoorHuisverbod(CasusRepository casussen, HuishoudenRepository huishoudens, AanmeldingService aanmeldingService,
                        HuisverbodInvoer invoer) {
        this.casussen = casussen;
        this.huishoudens = huishoudens;
        this.aanmeldingService = aanmeldingService;
        this.invoer = invoer;
    }

    /**
     * A case number of another house does not exist for the caller, like an unknown one. A given case
     * that has ended does not take the order; the household is then looked for as without a number.
     */
    Koppeling voor(HuisverbodRequest verzoek, Aanmelder gemeente) {
        if (verzoek.metCasusnummer()) {
            Casus gegeven = casussen.findByNummer(gemeente.huis(), verzoek.casusnummer().strip())
                    .orElseThrow(() -> invoer.ongeldig("casusnummer", "geen casus met dit nummer in uw Zorg- en Veiligheidshuis"));
            Optional<Casus> lopend = casussen.lopendeCasus(gegeven.huishoudenId());
            if (lopend.isPresent() && lopend.get().id() == gegeven.id()) {
                return new Koppeling(gegeven, false);
            }
        }
        return lopendeCasus(verzoek, gemeente.huis())
                .map(casus -> new Koppeling(casus, false))
                .orElseGet(() -> new Koppeling(meldAan(verzoek, gemeente), true));
    }

    /** The running case of the household of the first person who matches a known member (name and birth date). */
    private Optional<Casus> lopendeCasus(HuisverbodRequest verzoek, String huis) {
        return leden(verzoek).stream()
                .map(lid -> huishoudens.findByMember(huis, lid))
                .flatMap(Optional::stream)
                .map(casussen::lopendeCasus)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A referral as the mayor's office would make it: the household, acute danger, and what the order says. */
    private Casus meldAan(HuisverbodRequest verzoek, Aanmelder gemeente) {
        List<LidRequest> leden = leden(verzoek).stream()
                .map(lid -> new LidRequest(lid.naam(), lid.geboortedatum(), null, lid.rol(), null, false))
                .toList();
        String analyse = "Tijdelijk huisverbod opgelegd door de burgemeester op " + Woorden.datumTijd(verzoek.opgelegdOp())
                + ", voor " + Huisverbod.DAGEN + " dagen. Aangemeld bij het opleggen, omdat het huishouden geen lopende casus had.";
        AanmeldingRequest aanmelding = new AanmeldingRequest(leden, null, true, null, true, null, null, null, analyse,
                null, null, null, null, null, null, null, null);
        return aanmeldingService.meldAan(aanmelding, gemeente).casus();
    }

    /**
     * The order's people as members of the household: the barred person as possible perpetrator, those
     * at risk as victims, or as children when their birth date says they are minors.
     */
    private static List<Huishoudlid> leden(HuisverbodRequest verzoek) {
        List<Huishoudlid> leden = new ArrayList<>();
        leden.add(lid(verzoek.uithuisgeplaatste(), Rol.MOGELIJKE_PLEGER));
        for (Persoon achterblijver : verzoek.achterblijvers()) {
            Huishoudlid alsSlachtoffer = lid(achterblijver, Rol.SLACHTOFFER);
            leden.add(alsSlachtoffer.isMinderjarig(java.time.LocalDate.now()) ? lid(achterblijver, Rol.KIND) : alsSlachtoffer);
        }
        return leden;
    }

    private static Huishoudlid lid(Persoon persoon, Rol rol) {
        return new Huishoudlid(persoon.naam().strip(), persoon.geboortedatum(), null, rol, null, false);
    }
}
