package nl.casusregie.zsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal letter of a ZSM decision: a PDF to one person involved, with only the officer's text
 * for that person, in the person's language (said on the letter), to download for those who read the
 * ZSM records in full, audited; and never a word of what the table recorded.
 */
@CasusregieTest
class ZsmBriefTest {

    @Autowired Fixture fixture;
    @Autowired ZsmFixture zsm;
    @Autowired TestRestTemplate http;
    @Autowired TaskService taskService;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private String kind(ProcessInstance zaak) {
        return jdbc.sql("""
                select b.naam from zsm_betrokkene b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n and b.rol = 'KIND'""")
                .param("n", zaak.getBusinessKey()).query(String.class).single();
    }

    private Task bijdrageTaak(ProcessInstance zaak, String groep) {
        return zsm.tasks(zaak, ZsmVerdieping.Element.INFORMATIE_AANLEVEREN).stream().filter(t -> taskService
                .getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> groep.equals(l.getGroupId()))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> brieven(ProcessInstance zaak) {
        return jdbc.sql("select b.id, b.aan, b.taal, b.pdf from zsm_brief b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n")
                .param("n", zaak.getBusinessKey()).query().listOfRows();
    }

    private ResponseEntity<byte[]> download(String user, ProcessInstance zaak, Object id) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/zsm-verdiepingen/" + zaak.getBusinessKey() + "/brieven/" + id,
                byte[].class);
    }

    static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("a dismissal with a personal letter makes a PDF to the person with the officer's text only, says its translation, and om downloads it, audited")
    void sepotMetBrief() throws IOException {
        ProcessInstance zaak = zsm.ingebracht(Fixture.uniek("Zsmbrief"));
        String lina = kind(zaak);
        Map<String, Object> sepot = ZsmFixture.besluit("SEPOT_MET_BRIEF", List.of());
        sepot.put("briefAan", "  " + lina.toUpperCase() + " ");
        sepot.put("briefTekst", "Beste Lina, je hebt verteld wat er thuis gebeurde.\n\nDe officier vervolgt je vader nu niet.");
        sepot.put("briefTaal", "Arabisch");
        fixture.complete("om1", zsm.sessieTaak(zaak), sepot);

        Map<String, Object> brief = brieven(zaak).get(0);
        assertThat(brief).containsEntry("AAN", lina).containsEntry("TAAL", "Arabisch");
        String pdf = tekst((byte[]) brief.get("PDF"));
        assertThat(pdf).contains("Beste " + lina + ",").contains("je hebt verteld wat er thuis gebeurde")
                .contains("De officier vervolgt je vader nu niet").contains("Deze brief wordt voor u vertaald in het Arabisch")
                .contains("Sepot met persoonlijke brief").contains(zaak.getBusinessKey())
                .contains("Charlotte van Dijk, officier van justitie");

        ResponseEntity<byte[]> om = download("om1", zaak, brief.get("ID"));
        assertThat(om.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(om.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(tekst(om.getBody())).contains("De officier vervolgt je vader nu niet");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'ZSM_BRIEF_GELEZEN' and gebruiker = 'om1' and details like :d")
                .param("d", zaak.getBusinessKey() + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(download("reclassering1", zaak, brief.get("ID")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download("supervisor1", zaak, brief.get("ID")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download("gemeente1", zaak, brief.get("ID")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download("om1", zaak, 999_999).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        @SuppressWarnings("rawtypes")
        Map dossier = http.withBasicAuth("politie1", "demo").getForObject("/api/zsm-verdiepingen/" + zaak.getBusinessKey(), Map.class);
        assertThat(String.valueOf(dossier.get("brieven"))).contains("aan=" + lina).contains("teVertalen=true");
    }

    @Test
    @DisplayName("no text of the table ever appears in a letter: not the reason, the question, the contributions, requests, returns, interpretations or the explanation for the table")
    void geenTafeltekstInDeBrief() throws IOException {
        ProcessInstance zaak = zsm.ingebracht(Fixture.uniek("Zsmbrief"));
        fixture.complete("politie1", bijdrageTaak(zaak, "politie"), Map.of("grondslag", "WETTELIJKE_TAAK",
                "informatie", "Politie-informatie-Q7 drie meldingen", "informatieverzoek", "Verzoek-Q7 huisarts",
                "informatieverzoekReden", "Verzoekreden-Q7 medische verklaring"));
        fixture.complete("veiligthuis1", bijdrageTaak(zaak, "veiligthuis"), Map.of("grondslag", "GEWEIGERD",
                "weigering", "Weigering-Q7 moeder"));
        Map<String, Object> terug = ZsmFixture.besluit("TERUG_OP_AGENDA", List.of("rvdk"));
        terug.put("interpretatie", "Duiding-Q7 eerste keer");
        terug.put("terugkeerReden", "INFORMATIE_ONTBREEKT");
        terug.put("besluitToelichting", "Terugkeer-Q7 huisarts nog spreken");
        fixture.complete("om1", zsm.sessieTaak(zaak), terug);
        Map<String, Object> sepot = ZsmFixture.besluit("SEPOT_MET_BRIEF", List.of());
        sepot.put("interpretatie", "Duiding-Q7 tweede keer");
        sepot.put("besluitToelichting", "Toelichting-Q7 voor de tafel");
        sepot.put("briefAan", kind(zaak));
        sepot.put("briefTekst", "Alleen deze zin is voor jou.");
        sepot.put("briefTaal", "Nederlands");
        fixture.complete("om1", zsm.sessieTaak(zaak), sepot);

        String pdf = tekst((byte[]) brieven(zaak).get(0).get("PDF"));
        assertThat(pdf).contains("Alleen deze zin is voor jou.").doesNotContain("vertaald");
        Map<String, Object> tafel = jdbc.sql("select reden, vraag from zsm_zaak where nummer = :n").param("n", zaak.getBusinessKey())
                .query().singleRow();
        assertThat(pdf).doesNotContain((String) tafel.get("REDEN")).doesNotContain((String) tafel.get("VRAAG"))
                .doesNotContain("buikpijn").doesNotContain("Q7").doesNotContain("Kinderbescherming")
                .doesNotContain("Veilig Thuis").doesNotContain("zorgen");
    }

    @Test
    @DisplayName("a letter goes with any final decision the officer writes one for, to one of the people involved; another name is refused")
    void briefBijEenderEindbesluit() throws IOException {
        ProcessInstance zaak = zsm.ingebracht(Fixture.uniek("Zsmbrief"));
        Task sessie = zsm.sessieTaak(zaak);
        Map<String, Object> dagvaarding = ZsmFixture.besluit("DAGVAARDING", List.of());
        dagvaarding.put("briefTekst", "U wordt gedagvaard; u hoort van de rechtbank wanneer.");
        dagvaarding.put("briefAan", "Iemand Anders");
        assertThatThrownBy(() -> fixture.complete("om1", sessie, dagvaarding)).hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Brief aan: is geen van de betrokkenen; kies Sam ");
        assertThat(brieven(zaak)).isEmpty();
        String vader = jdbc.sql("""
                select b.naam from zsm_betrokkene b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n and b.rol <> 'KIND'""")
                .param("n", zaak.getBusinessKey()).query(String.class).single();
        dagvaarding.put("briefAan", vader);
        fixture.complete("om1", sessie, dagvaarding);
        assertThat(brieven(zaak)).singleElement().satisfies(b -> assertThat(b).containsEntry("TAAL", "Nederlands"));
        assertThat(tekst((byte[]) brieven(zaak).get(0).get("PDF"))).contains("Beste " + vader + ",").contains("Dagvaarding")
                .contains("u hoort van de rechtbank wanneer");
    }
}
