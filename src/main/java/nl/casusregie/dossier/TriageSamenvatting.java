package nl.casusregie.dossier;

import static nl.casusregie.casus.ZvhCasus.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.casusregie.aanmelding.CivieleMaatregel;
import nl.casusregie.aanmelding.Geweldsvorm;
import nl.casusregie.aanmelding.Leefgebied;
import nl.casusregie.aanmelding.StrafrechtelijkeMaatregel;
import nl.casusregie.casus.Aanpak;
import nl.casusregie.casus.BesluitRepository;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.CasusStatus;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * The triage form summarises the referral it decides on and the household's earlier cases, read
 * from the case file each time the form loads, so the procesregisseur decides without leaving
 * the task and nothing of it is held by the engine. Codes are shown as words, dates in Dutch.
 */
@Component
class TriageSamenvatting implements StoredFormValues {

    private static final String NIET_INGEVULD = "(niet ingevuld)";

    private final CasusRepository casussen;
    private final BesluitRepository besluiten;
    private final HuishoudenRepository huishoudens;
    private final DossierRepository dossiers;

    TriageSamenvatting(CasusRepository casussen, BesluitRepository besluiten, HuishoudenRepository huishoudens,
                       DossierRepository dossiers) {
        this.casussen = casussen;
        this.besluiten = besluiten;
        this.huishoudens = huishoudens;
        this.dossiers = dossiers;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (ZvhCasus.Element.TRIAGE_BESLUITEN.equals(taskDefinitionKey)) {
            casussen.findByProcesInstantie(processInstanceId).ifPresent(casus -> vulAan(values, casus));
        }
        return values;
    }

    private void vulAan(Map<String, Object> values, Casus casus) {
        List<Casus> andere = casussen.earlierCases(casus.huishoudenId(), casus.id());
        values.put(LOPENDE_CASUS.name(), Stream.of(lopend(andere), sindsAanmelding(dossiers.incidenten(casus.id()).size()))
                .filter(regel -> !regel.isEmpty()).collect(Collectors.joining("\n")));
        values.put(HUISHOUDEN_LEDEN.name(), huishoudens.members(casus.huishoudenId()).stream()
                .map(TriageSamenvatting::lid).collect(Collectors.joining("\n")));
        // The engine keeps the case numbers with codes; the form shows them in words, with the details below.
        values.put(EERDERE_CASUSSEN.name(), andere.isEmpty() ? "geen" : andere.stream()
                .map(c -> "%s (%s, aangemeld op %s)".formatted(c.nummer(), aanpak(c), Woorden.datum(c.aangemaaktOp())))
                .collect(Collectors.joining("; ")));
        values.put(EERDERE_CASUSSEN_OVERZICHT.name(), andere.isEmpty() ? ""
                : andere.stream().map(this::eerdere).collect(Collectors.joining("\n\n")));
        dossiers.aanmelding(casus.id()).ifPresent(a -> {
            values.put(AANGEMELD_DOOR.name(), Woorden.woord(PartnerGroup.class, a.partner()) + ", op "
                    + Woorden.datum(a.ontvangenOp()) + ".\nDe cliënten weten van de aanmelding: "
                    + Woorden.jaNee(a.clientenGeinformeerd()) + ".");
            values.put(GEWELDSVORMEN.name(), ofGeen(Woorden.woorden(Geweldsvorm.class, a.geweldsvormen())));
            values.put(LEEFGEBIEDEN.name(), ofGeen(Woorden.woorden(Leefgebied.class, a.leefgebieden())));
            values.put(MAATREGELEN.name(), maatregelen(a));
            values.put(ANALYSE.name(), ingevuld(a.analyse()));
            values.put(RISICOFACTOREN.name(), ingevuld(a.risicofactoren()));
            values.put(KRACHTEN.name(), ingevuld(a.krachten()));
            values.put(VISIE_CLIENTEN.name(), ingevuld(a.visieClienten()));
        });
    }

    /**
     * Said plainly, so that one household does not get two files that overlap; empty when there
     * is none (the form hides an empty field; an absent one it would show).
     */
    private static String lopend(List<Casus> andere) {
        List<String> regels = andere.stream().map(c -> switch (c.status()) {
            case LOPEND -> "Let op: dit huishouden heeft al een lopende casus %s (fase %s, %s)."
                    .formatted(c.nummer(), c.fase(), Woorden.woord(Aanpak.class, c.aanpak()));
            case AANGEMELD -> "Let op: dit huishouden is ook aangemeld in casus %s, die nog op het weegoverleg wacht."
                    .formatted(c.nummer());
            case NAZORG -> "Let op: casus %s van dit huishouden is afgesloten op %s en nog in nazorg."
                    .formatted(c.nummer(), Woorden.datum(c.afgeslotenOp()));
            default -> null;
        }).filter(regel -> regel != null).toList();
        return String.join("\n", regels);
    }

    /** New incidents on this case while it waited for triage: they weigh in the decision, so the form names them. */
    private static String sindsAanmelding(int incidenten) {
        return incidenten == 0 ? "" : "Let op: sinds de aanmelding %s over dit huishouden binnengekomen; lees %s in het"
                .formatted(incidenten == 1 ? "is er een nieuwe melding" : "zijn er " + incidenten + " nieuwe meldingen",
                        incidenten == 1 ? "haar" : "ze") + " Dossier onder Incidenten.";
    }

    private static String lid(Huishoudlid lid) {
        Integer leeftijd = lid.geboortedatum() != null
                ? Integer.valueOf(Period.between(lid.geboortedatum(), LocalDate.now()).getYears()) : lid.leeftijd();
        return lid.rol().label() + ", " + (leeftijd == null ? "leeftijd onbekend" : leeftijd + " jaar");
    }

    private String eerdere(Casus c) {
        List<String> regels = new ArrayList<>();
        regels.add(c.nummer() + ", aangemeld op " + Woorden.datum(c.aangemaaktOp()));
        if (c.status() == CasusStatus.NIET_OPGEPAKT) {
            regels.add("Uitkomst: " + Aanpak.triageUitkomstInWoorden(triageUitkomst(c.id())));
            return String.join("\n", regels);
        }
        regels.add("Aanpak: " + aanpak(c));
        regels.add(switch (c.status()) {
            case AANGEMELD -> "Afloop: wacht op het weegoverleg";
            case LOPEND -> "Afloop: loopt nog (fase " + c.fase() + ")";
            case NAZORG -> "Afloop: afgesloten op " + Woorden.datum(c.afgeslotenOp()) + ", nazorg loopt";
            default -> "Afloop: afgesloten op " + Woorden.datum(c.afgeslotenOp());
        });
        String afsluitplan = casussen.afsluitplan(c.id()).afsluitplan();
        if (afsluitplan != null && !afsluitplan.isBlank()) {
            regels.add("Afsluitplan: " + afsluitplan);
        }
        return String.join("\n", regels);
    }

    private static String aanpak(Casus c) {
        return c.aanpak() == null ? "nog niet besloten" : Woorden.woord(Aanpak.class, c.aanpak());
    }

    private String triageUitkomst(long casusId) {
        return besluiten.ofCase(casusId).stream().filter(b -> b.soort().equals("TRIAGE"))
                .reduce((eerste, laatste) -> laatste).map(BesluitRepository.Besluit::uitkomst).orElse(null);
    }

    private static String maatregelen(Dossier.Aanmelding a) {
        List<String> regels = new ArrayList<>();
        if (!a.strafrechtelijkeMaatregelen().isEmpty()) {
            regels.add("Strafrechtelijk: " + Woorden.woorden(StrafrechtelijkeMaatregel.class, a.strafrechtelijkeMaatregelen()));
        }
        if (!a.civieleMaatregelen().isEmpty()) {
            regels.add("Civiel: " + Woorden.woorden(CivieleMaatregel.class, a.civieleMaatregelen()));
        }
        return regels.isEmpty() ? "Geen opgegeven" : String.join("\n", regels);
    }

    private static String ofGeen(String tekst) {
        return tekst.isEmpty() ? "Geen opgegeven" : tekst;
    }

    private static String ingevuld(String tekst) {
        return tekst == null || tekst.isBlank() ? NIET_INGEVULD : tekst;
    }
}
