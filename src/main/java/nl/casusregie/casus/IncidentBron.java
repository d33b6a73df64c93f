package nl.casusregie.casus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.casusregie.platform.PartnerGroup;

/**
 * What reported a new incident on a case: one of the follow-ups that run beside a case (a broken
 * minimum condition, a broken probation condition, a restraining order), a new referral of the
 * household, or a partner group that reported it itself (its id in capitals, POLITIE). Each code
 * has the words people read for it.
 */
public final class IncidentBron {

    public static final String BODEMEIS = "BODEMEIS";
    public static final String PROEFTIJD = "PROEFTIJD";
    public static final String HUISVERBOD = "HUISVERBOD";
    public static final String AANMELDING = "AANMELDING";
    /** The household came to the Actie-Overleg (threatening danger, stalking) while its case runs. */
    public static final String ACTIE_OVERLEG = "ACTIE_OVERLEG";

    private static final Map<String, String> PROCESSEN = Map.of(
            BODEMEIS, "Bodemeis geschonden",
            PROEFTIJD, "Proeftijd: voorwaarde overtreden",
            HUISVERBOD, "Tijdelijk huisverbod",
            AANMELDING, "Nieuwe aanmelding van dit huishouden",
            ACTIE_OVERLEG, "Aangemeld voor het Actie-Overleg");

    private IncidentBron() {
    }

    /** The source code for a report by this partner group ("politie" reports as POLITIE). */
    public static String vanPartner(String groep) {
        return groep.toUpperCase(Locale.ROOT);
    }

    /** The partner group a source code stands for, if it is one. */
    public static Optional<PartnerGroup> partner(String code) {
        return code == null ? Optional.empty()
                : PartnerGroup.fromId(code.toLowerCase(Locale.ROOT)).filter(g -> PartnerGroup.isPartnerGroup(g.id()));
    }

    public static boolean bestaat(String code) {
        return code != null && (PROCESSEN.containsKey(code) || partner(code).filter(g -> vanPartner(g.id()).equals(code)).isPresent());
    }

    /** "Bodemeis geschonden", "Melding van Politie"; an unknown code as it is. */
    public static String woord(String code) {
        if (code == null) {
            return null;
        }
        return PROCESSEN.getOrDefault(code, partner(code).map(g -> "Melding van " + g.naam()).orElse(code));
    }

    /** Every source with its words, the processes' first. */
    public static Map<String, String> woorden() {
        Map<String, String> woorden = new LinkedHashMap<>();
        for (String code : new String[] {BODEMEIS, PROEFTIJD, HUISVERBOD, AANMELDING, ACTIE_OVERLEG}) {
            woorden.put(code, PROCESSEN.get(code));
        }
        PartnerGroup.withAccess(PartnerGroup.Access.TASKLIST).forEach(g -> woorden.put(vanPartner(g.id()), woord(vanPartner(g.id()))));
        return woorden;
    }
}
