package nl.casusregie.woorden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.casusregie.casus.CasusStatus;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.huisverbod.HuisverbodStatus;
import nl.casusregie.huisverbod.HulpUitkomst;
import nl.casusregie.huisverbod.HulpVoor;
import nl.casusregie.instroom.Instroomroute;
import nl.casusregie.instroom.Regio;
import nl.casusregie.instroom.SoortMelding;
import nl.casusregie.overleg.BodemeisUitkomst;
import nl.casusregie.overleg.Grondslag;
import nl.casusregie.overleg.OverlegService;
import nl.casusregie.overleg.Segment;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;
import nl.casusregie.proeftijd.ControleUitkomst;
import nl.casusregie.proeftijd.ProeftijdStatus;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Dutch words for the codes the project stores (REGULIER, VEILIG_THUIS, politie), so a
 * professional reads "Reguliere aanpak" where a code was chosen. A form field's codes get the
 * words of its options in the packaged forms (forms/*.form), which are the words the user
 * chose from; partner groups, case statuses and kinds of decision have their own.
 * Kinds: a form field key (aanpak, verwijzing, overgang, geweldsvormen, rol, ...), or partner,
 * status, besluit (kind of decision), uitkomst (outcomes no form offers), terugkoppeling (kind of
 * feedback to the clients), afspraakstatus, segment (a part of a meeting), grondslag (a
 * partner's basis for sharing, or the refused consent), incidentbron (what reported a new
 * incident); for a probation proeftijdstatus and controle (a check's outcome, also when it lapsed);
 * for a restraining order huisverbodStatus, hulpVoor and hulpUitkomst; for a new report the table
 * that takes it (instroomroute, decided by instroom-route), its trigger (soortMelding) and the
 * region with rules of its own (regio); for a ZSM deepening case zsmStatus and zsmBesluit.
 */
@Component
public class Woordenlijst {

    private static final Map<String, String> BESLUITEN = Map.of(
            "TRIAGE", "Triagebesluit",
            "CASUSREGIE", "Casusregie",
            "FASE", "Vervolg na focusoverleg",
            "AFSLUITPLAN", "Afsluitplan",
            "NAZORG", "Nazorg",
            "AANPAK", "Aanpak gewijzigd",
            "BODEMEIS", "Fase terug: bodemeis geschonden",
            "INCIDENT", "Fase terug: nieuw incident");

    /** A ZSM deepening case's status (zsm_zaak.status). */
    private static final Map<String, String> ZSM_STATUSSEN = Map.of(
            "LOPEND", "Loopt",
            "BESLOTEN", "Afgedaan door de officier",
            "OVERGEDRAGEN", "Overgedragen");

    private static final Map<String, String> ACTIE_OVERLEG_STATUSSEN = Map.of(
            "OPEN", "Loopt: op de agenda tot het plan klaar is",
            "AFGESLOTEN", "Afgesloten: plan klaar, geen zorgen meer",
            "OVERGEDRAGEN", "Overgedragen aan een andere tafel");

    private static final Map<String, String> ACTIE_OVERLEG_VERVOLGEN = Map.of(
            "VOLGEN", "Volgende week terug op de agenda",
            "AFSLUITEN", "Afgesloten",
            "OVERDRAGEN", "Overgedragen aan een andere tafel");

    /** Outcomes of decisions that no form offers as an option. */
    private static final Map<String, String> UITKOMSTEN = Map.of(
            "GOEDGEKEURD", "Goedgekeurd",
            "AFGEKEURD", "Afgekeurd",
            "HEROPENEN", "Nieuwe signalen: casus heropend",
            "BEEINDIGEN", "Geen nieuwe signalen: casus beëindigd");

    private static final Map<String, String> TERUGKOPPELINGEN = Map.of(
            "TRIAGE", "Terugkoppeling van de triage",
            "NABESPREKING", "Nabespreking van het focusoverleg",
            "OVERLEG", "Terugkoppeling van het focusoverleg");

    /** An agreement's status: open, the owner's outcome, or for a minimum condition the guard's (BodemeisUitkomst). */
    private static final Map<String, String> AFSPRAAKSTATUSSEN = afspraakstatussen();

    private final Map<String, Map<String, String>> woorden;

    public Woordenlijst(ObjectMapper objectMapper) {
        Map<String, Map<String, String>> alle = new TreeMap<>(formOptions(objectMapper));
        Map<String, String> partners = new LinkedHashMap<>(ofEnum(PartnerGroup.class));
        // An agreement can be for the clients themselves.
        partners.put(OverlegService.CLIENTEN, "De cliënten zelf");
        alle.put("partner", Collections.unmodifiableMap(partners));
        alle.put("status", ofEnum(CasusStatus.class));
        alle.put("besluit", BESLUITEN);
        alle.put("uitkomst", UITKOMSTEN);
        alle.put("terugkoppeling", TERUGKOPPELINGEN);
        alle.put("afspraakstatus", AFSPRAAKSTATUSSEN);
        alle.put("segment", ofEnum(Segment.class));
        alle.put("grondslag", ofEnum(Grondslag.class));
        alle.put("incidentbron", IncidentBron.woorden());
        alle.put("proeftijdstatus", ofEnum(ProeftijdStatus.class));
        alle.put("controle", ofEnum(ControleUitkomst.class));
        // A restraining order: how it stands or ended, and the help started during it
        alle.put("huisverbodStatus", ofEnum(HuisverbodStatus.class));
        alle.put("hulpVoor", ofEnum(HulpVoor.class));
        alle.put("hulpUitkomst", ofEnum(HulpUitkomst.class));
        // A new report: which table takes it, what brought it in, the region whose own rules apply
        alle.put("instroomroute", ofEnum(Instroomroute.class));
        alle.put("soortMelding", ofEnum(SoortMelding.class));
        alle.put("regio", ofEnum(Regio.class));
        alle.put("meldingStatus", nl.casusregie.instroom.MeldingOverzicht.STATUSSEN);
        alle.put("meldingGestart", nl.casusregie.instroom.MeldingOverzicht.GESTART);
        // A ZSM deepening case: its status and the officer's decision (the dossier's codes)
        alle.put("zsmStatus", ZSM_STATUSSEN);
        alle.put("zsmBesluit", ofEnum(nl.casusregie.zsm.ZsmBesluit.class));
        // The agenda of a session-based table: why a case came back
        alle.put("terugkeerReden", ofEnum(nl.casusregie.agenda.TerugkeerReden.class));
        // An Actie-Overleg case: its status, a person's part, what a session decided next, the table it went to
        alle.put("actieOverlegStatus", ACTIE_OVERLEG_STATUSSEN);
        alle.put("betrokkeneRol", ofEnum(nl.casusregie.actieoverleg.BetrokkeneRol.class));
        alle.put("actieOverlegVervolg", ACTIE_OVERLEG_VERVOLGEN);
        alle.put("overdracht", ofEnum(nl.casusregie.actieoverleg.Overdracht.class));
        this.woorden = Collections.unmodifiableMap(alle);
    }

    private static Map<String, String> afspraakstatussen() {
        Map<String, String> statussen = new LinkedHashMap<>();
        statussen.put("OPEN", "Open");
        statussen.put("GEDAAN", "Gedaan");
        statussen.put("OMSTANDIGHEDEN_GEWIJZIGD", "Niet gedaan: de omstandigheden zijn veranderd");
        statussen.put("NIET_GEDAAN", "Niet gedaan door de uitvoerende organisatie");
        statussen.putAll(ofEnum(BodemeisUitkomst.class));
        return Collections.unmodifiableMap(statussen);
    }

    /** Every kind with its codes and words. */
    public Map<String, Map<String, String>> alle() {
        return woorden;
    }

    /** The word for a code of a kind; the code itself when none is known, null for null. */
    public String woord(String soort, String code) {
        if (code == null) {
            return null;
        }
        return woorden.getOrDefault(soort, Map.of()).getOrDefault(code, code);
    }

    /** The words of an enum that carries them ({@link Woorden.Woord}), by code. */
    private static <E extends Enum<E> & Woorden.Woord> Map<String, String> ofEnum(Class<E> soort) {
        Map<String, String> woorden = new LinkedHashMap<>();
        for (E woord : soort.getEnumConstants()) {
            woorden.put(woord.code(), woord.label());
        }
        return woorden;
    }

    /** Each form field with options (select, radio, checklist): value to label, first form's label wins. */
    private static Map<String, Map<String, String>> formOptions(ObjectMapper objectMapper) {
        Map<String, Map<String, String>> options = new TreeMap<>();
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(objectMapper.readTree(in), options);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De formulieren konden niet gelezen worden", e);
        }
        return options;
    }

    private static void collect(JsonNode component, Map<String, Map<String, String>> options) {
        if (component.hasNonNull("key") && component.path("values").isArray()) {
            Map<String, String> field = options.computeIfAbsent(component.get("key").asText(), k -> new LinkedHashMap<>());
            component.get("values").forEach(v -> field.putIfAbsent(v.path("value").asText(), v.path("label").asText()));
        }
        component.path("components").forEach(child -> collect(child, options));
    }
}
