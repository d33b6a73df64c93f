package nl.casusregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.aanmelding.CivieleMaatregel;
import nl.casusregie.aanmelding.Geweldsvorm;
import nl.casusregie.aanmelding.Leefgebied;
import nl.casusregie.aanmelding.LidRequest;
import nl.casusregie.aanmelding.StrafrechtelijkeMaatregel;
import nl.casusregie.casus.Aanpak;
import nl.casusregie.casus.Verwijzing;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.huishouden.Rol;
import nl.casusregie.instroom.InstroomAdvies;
import nl.casusregie.instroom.Instroomroute;
import nl.casusregie.instroom.Meldingsfeiten;
import nl.casusregie.instroom.Regio;
import nl.casusregie.instroom.SoortMelding;
import nl.casusregie.huisverbod.HulpUitkomst;
import nl.casusregie.huisverbod.Huisverbod;
import nl.casusregie.huisverbod.Verlengingsbesluit;
import nl.casusregie.overleg.Afspraak;
import nl.casusregie.overleg.AfspraakOpvolging;
import nl.casusregie.overleg.AfspraakSoort;
import nl.casusregie.overleg.BodemeisUitkomst;
import nl.casusregie.overleg.Focusoverleg;
import nl.casusregie.overleg.OverlegService;
import nl.casusregie.overleg.Schaalscore;
import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Variable;
import nl.casusregie.platform.Woorden;
import nl.casusregie.proeftijd.ControleUitkomst;
import nl.casusregie.proeftijd.EvaluatieUitkomst;
import nl.casusregie.proeftijd.OmReactie;
import nl.casusregie.proeftijd.Proeftijd;
import nl.casusregie.proeftijd.ProeftijdAanvraag;
import nl.casusregie.proeftijd.ProeftijdSoort;
import nl.casusregie.proeftijd.Risico;
import nl.casusregie.proeftijd.VoorwaardeInvoer;
import nl.casusregie.proeftijd.VoorwaardeSoort;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * House rules for the models and forms that the lint script cannot see: forms exist and bind
 * to the backing classes' variables, options match the Java enums, every user task has a
 * contract group and a due date.
 */
class ModelRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> BACKING = Map.of("zvh-casus", ZvhCasus.class, "focusoverleg", Focusoverleg.class,
            "afspraak-opvolging", AfspraakOpvolging.class, "proeftijd", Proeftijd.class, "huisverbod", Huisverbod.class,
            "zsm-verdieping", nl.casusregie.zsm.ZsmVerdieping.class,
            nl.casusregie.actieoverleg.ActieOverleg.PROCESS_KEY, nl.casusregie.actieoverleg.ActieOverleg.class);

    private static BpmnModelInstance model(String key) {
        return Bpmn.readModelFromFile(new File("bpmn/" + key + ".bpmn"));
    }

    private static JsonNode form(String id) throws IOException {
        JsonNode form = JSON.readTree(new File("forms/" + id + ".form"));
        assertThat(form.get("id").asText()).as("id of forms/%s.form", id).isEqualTo(id);
        assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
        return form;
    }

    private static Stream<JsonNode> components(JsonNode container) {
        return StreamSupport.stream(container.path("components").spliterator(), false);
    }

    private static Set<String> variableNames(Class<?> backing) {
        Set<String> names = new HashSet<>();
        for (Field field : backing.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                try {
                    Object value = field.get(null);
                    if (value instanceof Variable<?> variable) {
                        names.add(variable.name());
                    } else if (value instanceof FormRows rows) {
                        names.addAll(rows.names());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static Set<String> names(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static Set<String> options(JsonNode form, String key) {
        JsonNode field = components(form).flatMap(c -> Stream.concat(Stream.of(c), components(c)))
                .filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
        return StreamSupport.stream(field.path("values").spliterator(), false)
                .map(v -> v.get("value").asText()).collect(Collectors.toSet());
    }

    private static Set<String> enumNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("every user task names a contract group or is the case director's own, and has a due date and a form bound to its process's variables")
    void userTasks() throws IOException {
        for (var entry : BACKING.entrySet()) {
            BpmnModelInstance model = model(entry.getKey());
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            assertThat(process.getId()).isEqualTo(entry.getKey());
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
            Set<String> variables = variableNames(entry.getValue());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                String candidateGroups = task.getCamundaCandidateGroups() == null ? "" : task.getCamundaCandidateGroups();
                List<String> groups = Arrays.stream(candidateGroups.split(","))
                        .map(String::trim).filter(g -> !g.isEmpty() && !g.startsWith("${")).toList();
                assertThat(groups).as("groups of %s", task.getId())
                        .allMatch(g -> Arrays.stream(PartnerGroup.values()).anyMatch(p -> p.id().equals(g)));
                // A task for the case director is that one person's (not every case director's);
                // ${aanmelderGroep} is the referrer's partner group, set from the referrer's login;
                // ${eigenaar} the partner group an agreement names, checked against the contract when recorded;
                // ${partner} an invited partner group, ${incidentPartner} a partner group taking part in the case,
                // ${toezichthouder} the partner group supervising a probation, one of ProeftijdService.TOEZICHTHOUDERS;
                // ${ontvanger} the group a ZSM handover goes to, ZsmBesluit.ontvanger();
                // ${melderGroep} the reporter's group of a new report, one of AccessSetup.MELDERS;
                // ${voorzitter} the group chairing the table that made an agreement, AfspraakRepository.Gemaakt.voorzitter().
                assertThat(!groups.isEmpty() || "${casusregisseur}".equals(task.getCamundaAssignee())
                        || Set.of("${aanmelderGroep}", "${eigenaar}", "${partner}", "${incidentPartner}", "${toezichthouder}",
                        "${ontvanger}", "${melderGroep}", "${voorzitter}")
                                .contains(candidateGroups.trim()))
                        .as("%s names a contract group, the case director, the referrer's or the agreement's group",
                                task.getId()).isTrue();
                JsonNode form = form(task.getCamundaFormRef());
                components(form).filter(c -> c.has("key"))
                        .forEach(c -> assertThat(variables).as("form %s field", task.getCamundaFormRef())
                                .contains(c.get("key").asText()));
                components(form).filter(c -> c.has("path"))
                        .forEach(c -> assertThat(variables).contains(c.get("path").asText()));
            }
        }
    }

    @Test
    @DisplayName("the start form binds to the referral request and its options match the Java enums")
    void startForm() throws IOException {
        StartEvent start = model("zvh-casus").getModelElementById(ZvhCasus.Element.START);
        JsonNode form = form(start.getCamundaFormRef());
        Set<String> fields = names(AanmeldingRequest.class);
        components(form).filter(c -> c.has("key")).forEach(c -> assertThat(fields).contains(c.get("key").asText()));
        assertThat(rows(form, ZvhCasus.LID_RIJEN)).hasSize(ZvhCasus.LID_RIJEN.count())
                .allSatisfy(row -> components(row).forEach(c -> assertThat(names(LidRequest.class)).contains(c.get("key").asText())));

        assertThat(options(form, "rol")).isEqualTo(enumNames(Rol.class));
        assertThat(options(form, "geweldsvormen")).isEqualTo(enumNames(Geweldsvorm.class));
        assertThat(options(form, "leefgebieden")).isEqualTo(enumNames(Leefgebied.class));
        assertThat(options(form, "strafrechtelijkeMaatregelen")).isEqualTo(enumNames(StrafrechtelijkeMaatregel.class));
        assertThat(options(form, "civieleMaatregelen")).isEqualTo(enumNames(CivieleMaatregel.class));
    }

    @Test
    @DisplayName("the probation's start form binds to the OM's request and the forms' options match the Java enums and words")
    void probationForms() throws IOException {
        StartEvent start = model("proeftijd").getModelElementById(Proeftijd.Element.START);
        JsonNode form = form(start.getCamundaFormRef());
        Set<String> fields = new HashSet<>(names(ProeftijdAanvraag.class));
        fields.add(Proeftijd.CASUSNUMMER.name());
        components(form).filter(c -> c.has("key")).forEach(c -> assertThat(fields).contains(c.get("key").asText()));
        assertThat(rows(form, Proeftijd.VOORWAARDE_RIJEN)).hasSize(Proeftijd.VOORWAARDE_RIJEN.count())
                .allSatisfy(row -> components(row).forEach(c -> assertThat(names(VoorwaardeInvoer.class)).contains(c.get("key").asText())));
        assertThat(options(form, "proeftijdSoort")).isEqualTo(enumNames(ProeftijdSoort.class));
        assertThat(labels(form, "proeftijdSoort")).isEqualTo(words(ProeftijdSoort.class));
        assertThat(labels(form, "voorwaardeSoort")).isEqualTo(words(VoorwaardeSoort.class));
        assertThat(labels(form, "risico")).isEqualTo(words(Risico.class));
        JsonNode reactie = form("overtreding-reageren");
        assertThat(labels(reactie, "omReactie")).isEqualTo(words(OmReactie.class));
        assertThat(labels(reactie, "risico")).isEqualTo(words(Risico.class));
        assertThat(labels(reactie, "voorwaardeSoort")).isEqualTo(words(VoorwaardeSoort.class));
        assertThat(labels(form("proeftijd-evalueren"), "evaluatieUitkomst")).isEqualTo(words(EvaluatieUitkomst.class));
        Map<String, String> controle = words(ControleUitkomst.class);
        controle.remove(ControleUitkomst.VERVALLEN.name()); // what a lapsed check is, never chosen
        assertThat(labels(form("voorwaarde-controleren"), "controleUitkomst")).isEqualTo(controle);
    }

    // --- zsm-verdieping ---

    @Test
    @DisplayName("zsm-verdieping: the start form binds to the entry's request, and the forms' options are the Java enums and their words")
    void zsmForms() throws IOException {
        StartEvent start = model("zsm-verdieping").getModelElementById(nl.casusregie.zsm.ZsmVerdieping.Element.START);
        JsonNode inbreng = form(start.getCamundaFormRef());
        components(inbreng).filter(c -> c.has("key"))
                .forEach(c -> assertThat(names(nl.casusregie.zsm.ZsmInbreng.class)).contains(c.get("key").asText()));
        assertThat(rows(inbreng, nl.casusregie.zsm.ZsmVerdieping.BETROKKENE_RIJEN))
                .hasSize(nl.casusregie.zsm.ZsmInbreng.MAX_BETROKKENEN)
                .allSatisfy(row -> components(row).forEach(c -> assertThat(names(nl.casusregie.zsm.ZsmBetrokkene.class))
                        .contains(c.get("key").asText())));
        assertThat(labels(inbreng, "rol")).isEqualTo(words(nl.casusregie.huishouden.Rol.class));
        JsonNode sessie = form("zsm-verdiepingsoverleg");
        assertThat(labels(sessie, "officierBesluit")).isEqualTo(words(nl.casusregie.zsm.ZsmBesluit.class));
        assertThat(labels(sessie, "terugkeerReden")).isEqualTo(words(nl.casusregie.agenda.TerugkeerReden.class));
        assertThat(options(sessie, "zorgenBlijven")).isEqualTo(Set.copyOf(nl.casusregie.zsm.ZsmService.partners()));
        assertThat(options(sessie, "regiehouder")).isEqualTo(nl.casusregie.agenda.Tafel.ZSM_VERDIEPING.aanTafel().stream()
                .map(PartnerGroup::id).collect(Collectors.toSet()));
        assertThat(labels(form("zsm-informatie-aanleveren"), "grondslag")).isEqualTo(words(nl.casusregie.overleg.Grondslag.class));
    }

    @Test
    @DisplayName("actie-overleg: the start form binds to the report's request, and the forms' options are the Java enums and their words")
    void meldingForms() throws IOException {
        StartEvent start = model(nl.casusregie.actieoverleg.ActieOverleg.PROCESS_KEY).getModelElementById(nl.casusregie.actieoverleg.ActieOverleg.Element.START);
        JsonNode melding = form(start.getCamundaFormRef());
        components(melding).filter(c -> c.has("key"))
                .forEach(c -> assertThat(names(nl.casusregie.instroom.MeldingRequest.class)).contains(c.get("key").asText()));
        assertThat(rows(melding, nl.casusregie.actieoverleg.ActieOverleg.BETROKKENE_RIJEN))
                .hasSize(nl.casusregie.instroom.MeldingRequest.MAX_BETROKKENEN)
                .allSatisfy(row -> components(row).forEach(c -> assertThat(names(nl.casusregie.actieoverleg.Betrokkene.class))
                        .contains(c.get("key").asText())));
        assertThat(labels(melding, "rol")).isEqualTo(words(nl.casusregie.actieoverleg.BetrokkeneRol.class));
        assertThat(labels(melding, "soortMelding")).isEqualTo(words(SoortMelding.class));
        assertThat(labels(melding, "regio")).isEqualTo(words(Regio.class));
        // Every fact of instroom-route is asked, labelled as the table labels it.
        nl.casusregie.instroom.Meldingsfeiten.LABELS.forEach((veld, label) -> assertThat(components(melding)
                .filter(c -> veld.equals(c.path("key").asText())).findFirst().orElseThrow().get("label").asText())
                .as(veld).isEqualTo(label));
        assertThat(labels(form("route-bevestigen"), "gekozenRoute")).isEqualTo(words(Instroomroute.class));
        Map<String, String> vervolg = labels(form("melding-samen-afspreken"), "vervolgKeuze");
        assertThat(vervolg.keySet()).isEqualTo(Set.of("ZVH_TRIAGE", "ZSM_VEILIG_THUIS", "ACTIE_OVERLEG",
                nl.casusregie.actieoverleg.ActieOverleg.GEEN_TAFEL));
        vervolg.forEach((code, label) -> Instroomroute.of(code).ifPresent(r -> assertThat(label).isEqualTo(r.label())));
    }

    @Test
    @DisplayName("the words shown for codes (Woorden) are the words the forms offer")
    void wordsMatchForms() throws IOException {
        JsonNode aanmelding = form("aanmelding");
        assertThat(labels(aanmelding, "rol")).isEqualTo(words(Rol.class));
        assertThat(labels(aanmelding, "geweldsvormen")).isEqualTo(words(Geweldsvorm.class));
        assertThat(labels(aanmelding, "leefgebieden")).isEqualTo(words(Leefgebied.class));
        assertThat(labels(aanmelding, "strafrechtelijkeMaatregelen")).isEqualTo(words(StrafrechtelijkeMaatregel.class));
        assertThat(labels(aanmelding, "civieleMaatregelen")).isEqualTo(words(CivieleMaatregel.class));
        assertThat(labels(form("triage-besluiten"), "verwijzing")).isEqualTo(words(Verwijzing.class));
        assertThat(labels(form("terugkoppeling-triage"), "verwijzing")).isEqualTo(words(Verwijzing.class));
        assertThat(labels(form("bodemeis-bewaken"), "bodemeisUitkomst")).isEqualTo(words(BodemeisUitkomst.class));
        assertThat(labels(form("huisverbod-verlenging"), "verlengingsbesluit")).isEqualTo(words(Verlengingsbesluit.class));
        assertThat(labels(form("huisverbod-hulp-uithuisgeplaatste"), "hulpUithuisgeplaatste")).isEqualTo(words(HulpUitkomst.class));
        assertThat(labels(form("huisverbod-hulp-achterblijvers"), "hulpAchterblijvers")).isEqualTo(words(HulpUitkomst.class));
    }

    @Test
    @DisplayName("huisverbod: the decision on extension is due by the model's setting, a duration after imposition that falls before day ten")
    void huisverbodDecisionSetting() {
        UserTask besluiten = model(Huisverbod.PROCESS_KEY).getModelElementById(Huisverbod.Element.BESLUITEN);
        List<String> waarden = besluiten.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> Huisverbod.BESLUIT_TERMIJN_PROPERTY.equals(p.getCamundaName()))
                .map(p -> p.getCamundaValue()).toList();
        assertThat(waarden).hasSize(1);
        java.time.Duration termijn = java.time.Duration.parse(waarden.get(0));
        assertThat(termijn).isPositive().isLessThan(java.time.Duration.ofDays(Huisverbod.DAGEN));
        assertThat(besluiten.getCamundaDueDate()).isEqualTo("${" + Huisverbod.BESLUIT_UITERLIJK.name() + "}");
    }

    @Test
    @DisplayName("instroom-route reads the facts Meldingsfeiten names, labelled alike, and speaks the codes of the Java enums")
    void instroomRoute() {
        DecisionTable table = Dmn.readModelFromFile(new File("dmn/" + InstroomAdvies.BESLISSING + ".dmn"))
                .getModelElementsByType(DecisionTable.class).iterator().next();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        List<Input> inputs = List.copyOf(table.getInputs());
        assertThat(inputs).extracting(i -> i.getInputExpression().getText().getTextContent())
                .containsExactlyElementsOf(Meldingsfeiten.LABELS.keySet());
        assertThat(inputs).extracting(Input::getLabel).containsExactlyElementsOf(Meldingsfeiten.LABELS.values());
        assertThat(quoted(inputValues(inputs, "soortMelding"))).isEqualTo(words(SoortMelding.class).keySet());
        assertThat(quoted(inputValues(inputs, "regio"))).isEqualTo(words(Regio.class).keySet());
        Output route = table.getOutputs().stream().filter(o -> "route".equals(o.getName())).findFirst().orElseThrow();
        assertThat(quoted(route.getOutputValues().getText().getTextContent())).isEqualTo(words(Instroomroute.class).keySet());
        int routeColumn = List.copyOf(table.getOutputs()).indexOf(route);
        for (Rule rule : table.getRules()) {
            assertThat(rule.getDescription()).as("why %s exists", rule.getId()).isNotNull();
            assertThat(quoted(List.copyOf(rule.getOutputEntries()).get(routeColumn).getTextContent()))
                    .as("route of %s", rule.getId()).isSubsetOf(words(Instroomroute.class).keySet()).hasSize(1);
        }
    }

    private static String inputValues(List<Input> inputs, String name) {
        return inputs.stream().filter(i -> name.equals(i.getInputExpression().getText().getTextContent())).findFirst()
                .orElseThrow().getInputValues().getText().getTextContent();
    }

    /** The codes of a FEEL list of strings ("A","B"). */
    private static Set<String> quoted(String feel) {
        return Arrays.stream(feel.split(",")).map(String::trim).map(v -> v.replaceAll("^\"|\"$", ""))
                .collect(Collectors.toSet());
    }

    private static Map<String, String> labels(JsonNode form, String key) {
        JsonNode field = components(form).flatMap(c -> Stream.concat(Stream.of(c), components(c)))
                .filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
        return StreamSupport.stream(field.path("values").spliterator(), false)
                .collect(Collectors.toMap(v -> v.get("value").asText(), v -> v.get("label").asText()));
    }

    private static <E extends Enum<E> & Woorden.Woord> Map<String, String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Woorden.Woord::code, Woorden.Woord::label,
                (a, b) -> a, java.util.HashMap::new));
    }

    @Test
    @DisplayName("decision forms offer exactly the outcomes the services accept")
    void decisionOptions() throws IOException {
        assertThat(options(form("triage-besluiten"), "aanpak"))
                .isEqualTo(Arrays.stream(Aanpak.values()).map(Aanpak::code).collect(Collectors.toSet()));
        assertThat(options(form("triage-besluiten"), "verwijzing")).isEqualTo(enumNames(Verwijzing.class));
        assertThat(options(form("vervolg-besluiten"), "overgang")).isEqualTo(enumNames(ZvhCasus.Overgang.class));
        assertThat(options(form("bodemeis-bewaken"), "bodemeisUitkomst")).isEqualTo(enumNames(BodemeisUitkomst.class));
        JsonNode verslag = form("overleg-vastleggen");
        Set<String> partners = Stream.concat(PartnerGroup.withAccess(PartnerGroup.Access.TASKLIST).stream().map(PartnerGroup::id),
                Stream.of(OverlegService.CLIENTEN)).collect(Collectors.toSet());
        assertThat(options(verslag, "partner")).isEqualTo(partners);
        assertThat(options(verslag, "soort")).isEqualTo(enumNames(AfspraakSoort.class));
        assertThat(rows(verslag, Focusoverleg.SCORE_RIJEN)).hasSize(Focusoverleg.SCORE_RIJEN.count())
                .allSatisfy(row -> components(row).forEach(c -> assertThat(names(Schaalscore.class)).contains(c.get("key").asText())));
        assertThat(rows(verslag, Focusoverleg.AFSPRAAK_RIJEN)).hasSize(Focusoverleg.AFSPRAAK_RIJEN.count())
                .allSatisfy(row -> components(row).forEach(c -> assertThat(names(Afspraak.class)).contains(c.get("key").asText())));
    }

    @Test
    @DisplayName("no form uses a dynamic list: Tasklist 7.24 cannot submit a form once one was edited")
    void noDynamicLists() throws IOException {
        for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
            assertThat(JSON.readTree(file).toString()).as(file.getName()).doesNotContain("\"dynamiclist\"");
        }
    }

    /** The groups of a form that hold the given rows, in order; each row after the first is shown once the previous one is begun. */
    private static List<JsonNode> rows(JsonNode form, FormRows rows) {
        List<JsonNode> groups = components(form).filter(c -> rows.names().contains(c.path("path").asText())).toList();
        assertThat(groups).extracting(g -> g.get("path").asText()).containsExactlyElementsOf(rows.names());
        assertThat(groups.get(0).has("conditional")).isFalse();
        groups.stream().skip(1).forEach(g -> assertThat(g.path("conditional").path("hide").asText()).startsWith("="));
        return groups;
    }
}
