package nl.casusregie.instroom;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of a new report that decide which table takes it: the inputs of instroom-route, by
 * the names the table reads. Every fact is required except the region: a report from a region
 * without rules of its own has none and follows the table's default rules.
 */
public record Meldingsfeiten(
        SoortMelding soortMelding,
        Boolean acuteOnveiligheid,
        Boolean letselKind,
        Boolean stalking,
        Boolean verdachteGehoordOfAangehouden,
        Boolean mensenhandel,
        Regio regio,
        Boolean dreigendGevaar) {

    /** Each input as the table names it (its input expression) with the table's Dutch label, in the table's column order. */
    public static final Map<String, String> LABELS = labels();

    /** The one input that may be missing. */
    static final String REGIO = "regio";

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("soortMelding", "Soort melding");
        labels.put("acuteOnveiligheid", "Crisis of (vermoeden van) acute onveiligheid");
        labels.put("letselKind", "Letsel bij een kind (vermoed of vastgesteld)");
        labels.put("stalking", "Stalking");
        labels.put("verdachteGehoordOfAangehouden", "Verdachte gehoord of aangehouden");
        labels.put("mensenhandel", "Signalen van mensenhandel");
        labels.put(REGIO, "Regio");
        labels.put("dreigendGevaar", "Dreigend gevaar of risico op gevaar");
        return Collections.unmodifiableMap(labels);
    }

    /** The facts as the table's variables: codes for the enums, null for what is not known. */
    Map<String, Object> alsInvoer() {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("soortMelding", soortMelding == null ? null : soortMelding.code());
        invoer.put("acuteOnveiligheid", acuteOnveiligheid);
        invoer.put("letselKind", letselKind);
        invoer.put("stalking", stalking);
        invoer.put("verdachteGehoordOfAangehouden", verdachteGehoordOfAangehouden);
        invoer.put("mensenhandel", mensenhandel);
        invoer.put(REGIO, regio == null ? null : regio.code());
        invoer.put("dreigendGevaar", dreigendGevaar);
        return invoer;
    }
}
