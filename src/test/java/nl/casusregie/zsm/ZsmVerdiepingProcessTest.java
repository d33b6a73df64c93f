package nl.casusregie.zsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.zsm.ZsmVerdieping.Element;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * zsm-verdieping on the engine's clock: a ZSM partner puts a case forward, it goes on the next open
 * session, the partners at the table contribute before it (a missing one does not hold the session),
 * and the officer decides: back on the agenda with a reason, a termijnzaak that comes back on its
 * date, a final decision only when no partner has worries left, a handover ended by its receiver.
 */
@CasusregieTest
class ZsmVerdiepingProcessTest {

    @Autowired Fixture fixture;
    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired AgendaService agenda;
    @Autowired JdbcClient jdbc;
    @Autowired ZsmFormValues formValues;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    static Map<String, Object> inbreng(String achternaam, LocalDate geboortedatumKind) {
        Map<String, Object> inbreng = new HashMap<>();
        inbreng.put("betrokkenen", List.of(
                Map.of("naam", "Sam " + achternaam, "geboortedatum", "1984-03-02", "rol", "MOGELIJKE_PLEGER"),
                Map.of("naam", "Lina " + achternaam, "geboortedatum", geboortedatumKind.toString(), "rol", "KIND")));
        inbreng.put("buikpijnReden", "Vader slaat, kind van negen zegt niets; het feitenbeeld is klein, het gevoel groot");
        inbreng.put("vraag", "Is een strafrechtelijke aanpak goed voor dit kind?");
        return inbreng;
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> breng(String user, Map<String, Object> inbreng) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/zsm-verdiepingen", inbreng, Map.class);
    }

    /** A case put forward by police over the API, now waiting for its session. */
    private ProcessInstance ingebracht() {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = breng("politie1", inbreng(Fixture.uniek("Zsm"), LocalDate.now().minusYears(9)));
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ZsmVerdieping.PROCESS_KEY)
                .processInstanceBusinessKey((String) antwoord.getBody().get("nummer")).singleResult();
    }

    private Agendapunt punt(ProcessInstance zaak) {
        return agenda.openPunt(Tafel.ZSM_VERDIEPING, Fixture.HUIS, zaak.getBusinessKey()).orElseThrow();
    }

    private static Date date(LocalDateTime moment) {
        return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** Moves the engine's clock to that moment and runs the instance's due jobs, as the job executor would. */
    private void klokNaar(ProcessInstance zaak, LocalDateTime moment) {
        fixture.klokNaar(zaak, moment);
    }

    private List<Task> tasks(ProcessInstance zaak, String element) {
        return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(element).list();
    }

    private Task sessieTaak(ProcessInstance zaak) {
        klokNaar(zaak, punt(zaak).sessieBegin());
        List<Task> sessie = tasks(zaak, Element.VERDIEPINGSOVERLEG);
        assertThat(sessie).hasSize(1);
        return sessie.get(0);
    }

    private static Map<String, Object> besluit(String besluit, List<String> zorgen) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("regiehouder", "rvdk");
        vars.put("interpretatie", "Veiligheid kind niet geborgd; vader erkent weinig");
        vars.put("zorgenBlijven", org.camunda.spin.Spin.JSON(zorgen.isEmpty() ? "[]"
                : "[\"" + String.join("\",\"", zorgen) + "\"]"));
        vars.put("officierBesluit", besluit);
        return vars;
    }

    private boolean loopt(ProcessInstance zaak) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(zaak.getId()).count() == 1;
    }

    @Test
    @DisplayName("a ZSM partner's case goes on the next open session; each partner at the table gets a contribution task due at its start")
    void ingebrachtEnGeagendeerd() {
        ProcessInstance zaak = ingebracht();
        Agendapunt punt = punt(zaak);
        assertThat(zaak.getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(zaak.getBusinessKey()).startsWith("ZSM-");
        List<Task> bijdragen = tasks(zaak, Element.INFORMATIE_AANLEVEREN);
        assertThat(bijdragen).hasSize(6);
        assertThat(bijdragen).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(date(punt.sessieBegin())));
        assertThat(bijdragen.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
                .map(l -> l.getGroupId()).toList())
                .containsExactlyInAnyOrder("politie", "reclassering", "rvdk", "slachtofferhulp", "halt", "veiligthuis");
        Map<String, Object> rij = jdbc.sql("select reden, vraag, ingebracht_groep, status from zsm_zaak where nummer = :n")
                .param("n", zaak.getBusinessKey()).query().singleRow();
        assertThat(rij).containsEntry("INGEBRACHT_GROEP", "politie").containsEntry("STATUS", "LOPEND");
        assertThat(runtimeService.getVariables(zaak.getId())).doesNotContainKeys("buikpijnReden", "vraag", "betrokkenen");
    }

    @Test
    @DisplayName("the household is matched as referrals do: the same name and birth date join the known household")
    void huishoudenGevonden() {
        String achternaam = Fixture.uniek("Zsm");
        LocalDate kind = LocalDate.now().minusYears(9);
        breng("politie1", inbreng(achternaam, kind));
        breng("veiligthuis1", inbreng(achternaam, kind));
        List<Long> huishoudens = jdbc.sql("""
                select z.huishouden_id from zsm_zaak z join zsm_betrokkene b on b.zaak_id = z.id where b.naam = :naam""")
                .param("naam", "Lina " + achternaam).query(Long.class).list();
        assertThat(huishoudens).hasSize(2).containsOnly(huishoudens.get(0));
    }

    @Test
    @DisplayName("only the ZSM partners put a case forward, and the reason is required")
    void alleenZsmPartnersMetReden() {
        assertThat(breng("gemeente1", inbreng(Fixture.uniek("Zsm"), LocalDate.now().minusYears(9))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> zonderReden = inbreng(Fixture.uniek("Zsm"), LocalDate.now().minusYears(9));
        zonderReden.remove("buikpijnReden");
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = breng("om1", zonderReden);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(antwoord.getBody())).contains("Waarom geeft deze zaak buikpijn?");
    }

    @Test
    @DisplayName("the Tasklist start form stores the case as the API does and names the instance by its number")
    void startformulier() {
        String achternaam = Fixture.uniek("Zsm");
        Map<String, Object> vars = new HashMap<>();
        vars.put("betrokkene1", org.camunda.spin.Spin.JSON(
                "{\"naam\":\"Sam " + achternaam + "\",\"geboortedatum\":\"1984-03-02\",\"rol\":\"MOGELIJKE_PLEGER\"}"));
        vars.put("buikpijnReden", "Stalking na scheiding, dreiging richting kinderen");
        String definitie = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ZsmVerdieping.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        ProcessInstance zaak = fixture.as("halt1", () -> formService.submitStartForm(definitie, vars));
        assertThat(zaak.getBusinessKey()).startsWith("ZSM-");
        assertThat(jdbc.sql("select ingebracht_groep from zsm_zaak where nummer = :n").param("n", zaak.getBusinessKey())
                .query(String.class).single()).isEqualTo("halt");
        assertThat(punt(zaak).procesInstantieId()).isEqualTo(zaak.getId());
    }

    @Test
    @DisplayName("a contribution belongs to its task's group; refused consent stands in place of information; a request says why")
    void bijdrage() {
        ProcessInstance zaak = ingebracht();
        Task politie = tasks(zaak, Element.INFORMATIE_AANLEVEREN).stream()
                .filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> "politie".equals(l.getGroupId())))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> fixture.complete("politie1", politie, Map.of("grondslag", "WETTELIJKE_TAAK",
                "informatie", "Drie meldingen in 2026", "informatieverzoek", "School gevraagd naar verzuim")))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Waarom is die informatie nodig?");
        fixture.complete("politie1", politie, Map.of("grondslag", "WETTELIJKE_TAAK", "informatie", "Drie meldingen in 2026",
                "informatieverzoek", "School gevraagd naar verzuim", "informatieverzoekReden", "Zicht op het kind overdag"));
        Map<String, Object> rij = jdbc.sql("select partner, grondslag, verzoek_reden from zsm_bijdrage b join zsm_zaak z"
                        + " on z.id = b.zaak_id where z.nummer = :n").param("n", zaak.getBusinessKey()).query().singleRow();
        assertThat(rij).containsEntry("PARTNER", "politie").containsEntry("VERZOEK_REDEN", "Zicht op het kind overdag");
        assertThat(runtimeService.getVariables(zaak.getId())).doesNotContainKeys("informatie", "informatieverzoekReden");
    }

    @Test
    @DisplayName("a missing contribution does not hold the session: at its start the officer gets the session task, open contributions lapse")
    void sessieWachtNiet() {
        ProcessInstance zaak = ingebracht();
        Task sessie = sessieTaak(zaak);
        assertThat(tasks(zaak, Element.INFORMATIE_AANLEVEREN)).isEmpty();
        assertThat(taskService.getIdentityLinksForTask(sessie.getId())).extracting(l -> l.getGroupId()).containsExactly("om");
        assertThat(sessie.getDueDate()).isEqualTo(date(punt(zaak).sessieEinde()));
    }

    @Test
    @DisplayName("a case closes only when no partner has worries left; the refusal names the field")
    void sluitenMetZorgenGeweigerd() {
        ProcessInstance zaak = ingebracht();
        Task sessie = sessieTaak(zaak);
        assertThatThrownBy(() -> fixture.complete("om1", sessie, besluit("DAGVAARDING", List.of("veiligthuis"))))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Zorgen blijven bij").hasMessageContaining("Veilig Thuis heeft nog zorgen");
        fixture.complete("om1", sessie, besluit("DAGVAARDING", List.of()));
        assertThat(jdbc.sql("select status from zsm_zaak where nummer = :n").param("n", zaak.getBusinessKey())
                .query(String.class).single()).isEqualTo("BESLOTEN");
        assertThat(tasks(zaak, Element.UITKOMST_KENNISNEMEN)).hasSize(6);
    }

    @Test
    @DisplayName("told: the reporter and the partners at the table each get a notice of the outcome, which lapses unseen after four weeks")
    void uitkomstGemeld() {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = breng("om1", inbreng(Fixture.uniek("Zsm"), LocalDate.now().minusYears(9)));
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) antwoord.getBody().get("nummer")).singleResult();
        LocalDateTime sessieBegin = punt(zaak).sessieBegin();
        fixture.complete("om1", sessieTaak(zaak), besluit("DAGVAARDING", List.of()));
        List<Task> meldingen = tasks(zaak, Element.UITKOMST_KENNISNEMEN);
        assertThat(meldingen.stream().flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
                .map(l -> l.getGroupId()).toList())
                .containsExactlyInAnyOrder("om", "politie", "reclassering", "rvdk", "slachtofferhulp", "halt", "veiligthuis");
        assertThat((String) formValues.forTask(meldingen.get(0)).get("zsmUitkomst"))
                .contains("Dagvaarding").contains("Regiehouder: Raad voor de Kinderbescherming");
        fixture.complete("politie1", meldingen.stream().filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                .anyMatch(l -> "politie".equals(l.getGroupId()))).findFirst().orElseThrow(), Map.of());
        assertThat(loopt(zaak)).isTrue();
        klokNaar(zaak, sessieBegin.plusDays(27));
        assertThat(loopt(zaak)).isTrue();
        klokNaar(zaak, sessieBegin.plusDays(29));
        assertThat(loopt(zaak)).isFalse();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(zaak.getId())
                .activityId(Element.UITKOMST_VERVALLEN).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("the session's form shows the case, each contribution (a refused consent in its place, who did not contribute) and the returns")
    void sessieformulier() {
        ProcessInstance zaak = ingebracht();
        for (String[] bijdrage : new String[][] {{"politie", "WETTELIJKE_TAAK", "informatie", "Drie meldingen"},
                {"veiligthuis", "GEWEIGERD", "weigering", "Moeder weigert toestemming"}}) {
            Task taak = tasks(zaak, Element.INFORMATIE_AANLEVEREN).stream().filter(t -> taskService.getIdentityLinksForTask(t.getId())
                    .stream().anyMatch(l -> bijdrage[0].equals(l.getGroupId()))).findFirst().orElseThrow();
            assertThat((String) formValues.forTask(taak).get("zsmZaak")).contains("Waarom buikpijn: Vader slaat");
            fixture.complete(bijdrage[0] + "1", taak, Map.of("grondslag", bijdrage[1], bijdrage[2], bijdrage[3]));
        }
        Map<String, Object> waarden = formValues.forTask(sessieTaak(zaak));
        assertThat((String) waarden.get("zsmBijdragen")).contains("Politie (wettelijke taak): Drie meldingen")
                .contains("Veilig Thuis (toestemming geweigerd): Moeder weigert toestemming")
                .contains("Niet aangeleverd: Reclassering");
        assertThat((String) waarden.get("zsmAgenda")).contains("eerste keer op de agenda");
    }

    @Test
    @DisplayName("agenda scenario: returned twice with reasons, each time to a later session, then decided")
    void tweeKeerTerugDanBesloten() {
        ProcessInstance zaak = ingebracht();
        Task sessie = sessieTaak(zaak);
        Map<String, Object> terug = besluit("TERUG_OP_AGENDA", List.of("rvdk"));
        assertThatThrownBy(() -> fixture.complete("om1", sessie, terug)).hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Reden terug op de agenda");
        terug.put("terugkeerReden", "INFORMATIE_ONTBREEKT");
        terug.put("besluitToelichting", "Huisarts nog niet gesproken");
        LocalDateTime eerste = punt(zaak).sessieBegin();
        fixture.complete("om1", sessie, terug);
        assertThat(punt(zaak).sessieBegin()).isAfter(eerste);
        assertThat(tasks(zaak, Element.INFORMATIE_AANLEVEREN)).hasSize(6);

        Map<String, Object> tweede = besluit("TERUG_OP_AGENDA", List.of("veiligthuis"));
        tweede.put("terugkeerReden", "VEILIGHEID_NIET_GEREGELD");
        fixture.complete("om1", sessieTaak(zaak), tweede);

        Task derde = sessieTaak(zaak);
        assertThat((String) formValues.forTask(derde).get("zsmAgenda"))
                .contains("terug (1e keer), informatie ontbreekt: Huisarts nog niet gesproken")
                .contains("terug (2e keer), veiligheid nog niet geregeld");
        fixture.complete("om1", derde, besluit("DAGVAARDING", List.of()));
        List<Agendapunt> geschiedenis = agenda.geschiedenis(Tafel.ZSM_VERDIEPING, Fixture.HUIS, zaak.getBusinessKey());
        assertThat(geschiedenis).extracting(Agendapunt::reden)
                .containsExactly(null, TerugkeerReden.INFORMATIE_ONTBREEKT, TerugkeerReden.VEILIGHEID_NIET_GEREGELD);
        assertThat(geschiedenis.get(1).toelichting()).isEqualTo("Huisarts nog niet gesproken");
        assertThat(geschiedenis).extracting(Agendapunt::sessieBegin).isSorted().doesNotHaveDuplicates();
        assertThat(tasks(zaak, Element.UITKOMST_KENNISNEMEN)).hasSize(6);
    }

    @Test
    @DisplayName("a termijnzaak waits for its date, then comes back on the agenda waiting for an action")
    void termijnzaak() {
        ProcessInstance zaak = ingebracht();
        Task sessie = sessieTaak(zaak);
        Map<String, Object> termijn = besluit("TERMIJNZAAK", List.of("rvdk"));
        LocalDate tot = punt(zaak).sessieBegin().toLocalDate().plusWeeks(6);
        termijn.put("termijnTot", tot.toString());
        fixture.complete("om1", sessie, termijn);
        assertThat(agenda.openPunt(Tafel.ZSM_VERDIEPING, Fixture.HUIS, zaak.getBusinessKey())).isEmpty();
        assertThat(tasks(zaak, Element.INFORMATIE_AANLEVEREN)).isEmpty();
        klokNaar(zaak, tot.minusDays(1).atTime(12, 0));
        assertThat(agenda.openPunt(Tafel.ZSM_VERDIEPING, Fixture.HUIS, zaak.getBusinessKey())).isEmpty();
        klokNaar(zaak, tot.atTime(0, 1));
        Agendapunt terug = punt(zaak);
        assertThat(terug.reden()).isEqualTo(TerugkeerReden.WACHTEN_OP_ACTIE);
        assertThat(terug.sessieBegin()).isAfter(tot.atStartOfDay());
        assertThat(tasks(zaak, Element.INFORMATIE_AANLEVEREN)).hasSize(6);
    }

    @Test
    @DisplayName("a request to the child-protection board ends only when the board confirms it started")
    void overdrachtBevestigd() {
        ProcessInstance zaak = ingebracht();
        fixture.complete("om1", sessieTaak(zaak), besluit("VERZOEK_RVDK", List.of()));
        List<Task> bevestigen = tasks(zaak, Element.OVERDRACHT_BEVESTIGEN);
        assertThat(bevestigen).hasSize(1);
        assertThat(taskService.getIdentityLinksForTask(bevestigen.get(0).getId())).extracting(l -> l.getGroupId())
                .containsExactly("rvdk");
        assertThat(loopt(zaak)).isTrue();
        assertThat(tasks(zaak, Element.UITKOMST_KENNISNEMEN)).as("told at once, beside the handover").hasSize(6);
        fixture.complete("rvdk1", bevestigen.get(0), Map.of("overdrachtToelichting", "Onderzoek gestart"));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(zaak.getId())
                .activityId(Element.OVERGEDRAGEN).finished().count()).isEqualTo(1);
        assertThat(jdbc.sql("select status from zsm_zaak where nummer = :n").param("n", zaak.getBusinessKey())
                .query(String.class).single()).isEqualTo("OVERGEDRAGEN");
    }

    @Test
    @DisplayName("a referral to the care-and-safety house refers the household as partners do, without the table's texts; the procesregisseur confirms")
    void aanmeldingBijZvh() {
        ProcessInstance zaak = ingebracht();
        fixture.complete("om1", sessieTaak(zaak), besluit("AANMELDING_ZVH", List.of()));
        String casusnummer = jdbc.sql("""
                select b.zvh_casusnummer from zsm_bespreking b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n""")
                .param("n", zaak.getBusinessKey()).query(String.class).single();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("zvh-casus")
                .processInstanceBusinessKey(casusnummer).count()).isEqualTo(1);
        Map<String, Object> casus = jdbc.sql("""
                select c.huishouden_id, c.huis from casus c where c.nummer = :c""").param("c", casusnummer).query().singleRow();
        assertThat(casus.get("HUISHOUDEN_ID")).isEqualTo(jdbc.sql("select huishouden_id from zsm_zaak where nummer = :n")
                .param("n", zaak.getBusinessKey()).query(Long.class).single());
        assertThat(casus.get("HUIS")).isEqualTo(Fixture.HUIS);
        assertThat(String.valueOf(jdbc.sql("select a.* from aanmelding a join casus c on c.id = a.casus_id where c.nummer = :c")
                .param("c", casusnummer).query().singleRow())).doesNotContain("Vader slaat").doesNotContain("Veiligheid kind");
        Task bevestigen = tasks(zaak, Element.OVERDRACHT_BEVESTIGEN).get(0);
        assertThat(taskService.getIdentityLinksForTask(bevestigen.getId())).extracting(l -> l.getGroupId())
                .containsExactly("procesregisseur");
    }

    @Test
    @DisplayName("a dismissal with a personal letter needs the letter's text and language")
    void sepotMetBrief() {
        ProcessInstance zaak = ingebracht();
        Task sessie = sessieTaak(zaak);
        Map<String, Object> sepot = besluit("SEPOT_MET_BRIEF", List.of());
        assertThatThrownBy(() -> fixture.complete("om1", sessie, sepot)).hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Tekst van de persoonlijke brief");
        sepot.put("briefTekst", "Beste Lina, ...");
        sepot.put("briefTaal", "Arabisch");
        assertThatThrownBy(() -> fixture.complete("om1", sessie, sepot)).hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Brief aan: is verplicht");
        sepot.put("briefAan", jdbc.sql("""
                select b.naam from zsm_betrokkene b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n and b.rol = 'KIND'""")
                .param("n", zaak.getBusinessKey()).query(String.class).single());
        fixture.complete("om1", sessie, sepot);
        assertThat(jdbc.sql("select b.brief_taal from zsm_bespreking b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n")
                .param("n", zaak.getBusinessKey()).query(String.class).single()).isEqualTo("Arabisch");
    }
}
