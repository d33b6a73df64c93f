package nl.casusregie.zsm;

import java.time.LocalDate;
import java.util.Map;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.proeftijd.ProeftijdAanvraag;

/**
 * The session's record of one case (form zsm-verdiepingsoverleg): the case owner, the shared
 * interpretation, per partner at the table whether worries remain, and the officer's decision with
 * what it needs (a reason to come back, a termijnzaak's date, a personal letter's addressee, text and
 * language, a conditional dismissal's probation).
 */
public record ZsmBespreking(String regiehouder, String interpretatie, Map<String, Boolean> zorgen, ZsmBesluit besluit,
                            TerugkeerReden terugkeerReden, LocalDate termijnDatum, String toelichting, String briefAan,
                            String briefTekst, String briefTaal, ProeftijdAanvraag proeftijd) {
}
