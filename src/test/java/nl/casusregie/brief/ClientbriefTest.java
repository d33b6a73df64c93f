package nl.casusregie.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.TasklistSession;
import nl.casusregie.platform.Woorden;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The letter to the clients after a focus meeting round. The case's first round is a split
 * meeting worked as Tasklist would: an OM segment with its own agreement and minimum condition,
 * then a segment with the clients holding their agreement, one for Veilig Thuis, one for
 * probation and a minimum condition guarded by the police, and the next meeting's date. The
 * case director's debrief makes the letter.
 */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientbriefTest {

    private static final String OTHER_HOUSE_USER = "procesregisseurbrief";
    /** Written only in the OM segment: must never reach the letter. */
    private static final String OM_MARKER = "OMGEHEIM";
    private static final LocalDate DATUM = LocalDate.now().plusDays(7);
    private static final LocalDate VOLGEND_OVERLEG = DATUM.plusDays(42);
    private static final LocalDate UITERLIJK = DATUM.plusDays(21);

    @Autowired ClientbriefService service;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper objectMapper;

    private final String achternaam = Fixture.uniek("Brief");
    private String nummer;
    private long overlegId;
    private Clientbrief brief;
    private byte[] pdf;
    private Task vertalen;

    @BeforeAll
    void splitMeetingDebriefed() {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        nummer = casus.getBusinessKey();
        long huishouden = jdbc.sql("select huishouden_id from casus where nummer = :nummer").param("nummer", nummer)
                .query(Long.class).single();
        jdbc.sql("""
                insert into huishoudlid (huishouden_id, naam, naam_sleutel, leeftijd, rol, taal, tolk_nodig)
                values (:huishouden, :naam, :sleutel, 9, 'KIND', 'Nederlands', false)""")
                .param("huishouden", huishouden).param("naam", "Lina " + achternaam)
                .param("sleutel", ("lina " + achternaam).toLowerCase()).update();

        ProcessInstance overleg = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust in huis", "deelnameClienten", "JA"));
        String[] partners = {"om", "politie", "reclassering", "veiligthuis"};
        fixture.complete("procesregisseur1", fixture.task(overleg, "UserTask_OverlegPlannen"), Map.of(
                "datum", DATUM.toString(), "omNodig", true, "stalkingOfTerreur", false,
                "uitgenodigdePartners", Fixture.partnerlijst(partners)));
        fixture.complete("procesregisseur1", fixture.task(overleg, "UserTask_OpzetBevestigen"),
                Map.of("uitgenodigdePartners", Fixture.partnerlijst(partners)));
        for (String partner : partners) {
            fixture.complete(partner + "1", taskService.createTaskQuery()
                    .processInstanceId(overleg.getId()).taskCandidateGroup(partner).singleResult(),
                    Map.of("grondslag", "WETTELIJKE_TAAK", "informatie", "Actuele informatie"));
        }
        fixture.complete("procesregisseur1", fixture.task(overleg, "UserTask_OverlegVastleggen"),
                segment(false, OM_MARKER + " beeld van de officier", """
                        {"soort":"ACTIE_PROFESSIONALS","partner":"om","wat":"%1$s dagvaarding voorbereiden","deadline":"%2$s","waarom":"Vervolging"},
                        {"soort":"ACTIE_PROFESSIONALS","partner":"politie","wat":"%1$s contactverbod handhaven","deadline":"%2$s","waarom":"Veiligheid","bodemeis":true}"""
                        .formatted(OM_MARKER, UITERLIJK)));
        fixture.complete("procesregisseur1", fixture.task(overleg, "UserTask_OverlegVastleggen"),
                segment(true, "Beeld met de cliënten", """
                        {"soort":"ACTIE_GEZIN","partner":"clienten","wat":"Wij gaan elke week samen naar de opvoedcursus","deadline":"%2$s","waarom":"Rust in huis"},
                        {"soort":"ACTIE_PROFESSIONALS","partner":"veiligthuis","wat":"Veiligheidsplan opstellen","deadline":"%2$s","waarom":"Veiligheid eerst"},
                        {"soort":"GESPREK_GEZIN","partner":"reclassering","wat":"Gesprek over de voorwaarden plannen","deadline":"%2$s","waarom":"Toezicht"},
                        {"soort":"ACTIE_PROFESSIONALS","partner":"politie","wat":"Sam komt niet in de buurt van de school","deadline":"%2$s","waarom":"Veiligheid van de kinderen","bodemeis":true}"""
                        .formatted(null, UITERLIJK)));
        fixture.complete("casusregisseur1", fixture.task(overleg, "UserTask_Nabespreken"),
                Map.of("nabespreking", "Moeder vond het fijn dat ze gehoord werd"));

        overlegId = overleg(nummer);
        brief = jdbc.sql("select id, talen from clientbrief where overleg_id = :overleg").param("overleg", overlegId)
                .query((rs, i) -> new Clientbrief(rs.getLong("id"), List.of(rs.getString("talen").split(","))))
                .single();
        pdf = jdbc.sql("select pdf from clientbrief where id = :id").param("id", brief.id()).query(byte[].class).single();
        vertalen = fixture.task(overleg, "UserTask_BriefVertalen");

        if (identityService.createUserQuery().userId(OTHER_HOUSE_USER).count() == 0) {
            identityService.saveTenant(identityService.newTenant("zvhbrief"));
            var user = identityService.newUser(OTHER_HOUSE_USER);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(OTHER_HOUSE_USER, "procesregisseur");
            identityService.createTenantUserMembership("zvhbrief", OTHER_HOUSE_USER);
        }
    }

    /** One segment as the chair records it in Tasklist, with its agreements; the clients' one also the next meeting's date. */
    private static Map<String, Object> segment(boolean clientenAanwezig, String beeldvorming, String afspraken) {
        Map<String, Object> verslag = new HashMap<>(Fixture.overlegverslag(clientenAanwezig, "-", 4, 5));
        verslag.put("beeldvorming", beeldvorming);
        verslag.put("afspraken", Spin.JSON("[" + afspraken + "]"));
        if (clientenAanwezig) {
            verslag.put("volgendOverleg", VOLGEND_OVERLEG.toString());
            verslag.put("bijSchending", "Terug naar fase 1");
        }
        return verslag;
    }

    @Test
    @DisplayName("the debrief made the letter; a member reads Arabic, so the translation task shows the language")
    void madeByTheDebrief() {
        assertThat(vertalen).as("translation task").isNotNull();
        assertThat(taskService.getVariable(vertalen.getId(), "briefTalen")).isEqualTo("Arabisch");
    }

    @Test
    @DisplayName("the letter says, in words, what the clients and the professionals do, the minimum conditions, the next meeting and whom to call")
    void whatTheMeetingDecided() throws IOException {
        String tekst = tekst(pdf);
        // Kept to look at (pdftoppm -png target/clientbrief-voorbeeld.pdf), never committed.
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "clientbrief-voorbeeld.pdf"), pdf);

        assertThat(tekst).contains("Beste Sam " + achternaam + " en Noor " + achternaam + ",")
                .as("a child is not addressed").doesNotContain("Lina");
        assertThat(tekst).contains("Wat u gaat doen", "Wij gaan elke week samen naar de opvoedcursus.",
                "Wanneer: uiterlijk");
        assertThat(tekst).contains("Wat de hulpverleners doen", "Veilig Thuis: Veiligheidsplan opstellen.",
                "Reclassering: Gesprek over de voorwaarden plannen.");
        assertThat(tekst).contains("Wat er minimaal moet gebeuren voor de veiligheid",
                "Sam komt niet in de buurt van de school.", "Hierop let: Politie");
        assertThat(tekst).contains("Op " + Woorden.datum(DATUM) + " hebben hulpverleners met elkaar gepraat over uw gezin.",
                "Het volgende overleg is op " + Woorden.datum(VOLGEND_OVERLEG) + ".");
        assertThat(tekst).contains("Neem dan contact op met uw casusregisseur, Sanne de Boer.",
                "Het e-mailadres is casusregisseur1@demo.casusregie.invalid.",
                "U kunt ook contact opnemen met het Zorg- en Veiligheidshuis Demo.");
    }

    @Test
    @DisplayName("nothing of the OM segment reaches the letter, nor ids or codes")
    void nothingOfTheOm() throws IOException {
        // The case director's e-mail address is there to be used; in the demo it holds the user id.
        String tekst = tekst(pdf).replace("casusregisseur1@demo.casusregie.invalid", "");

        assertThat(tekst).doesNotContain(OM_MARKER, "dagvaarding", "contactverbod", "Openbaar Ministerie");
        assertThat(tekst).doesNotContain(nummer, "casusregisseur1", "clienten", "reclassering:", "CLIENTEN", "ACTIE_");
    }

    @Test
    @DisplayName("a member who speaks Arabic: the letter says it will be translated, and the language is returned")
    void translation() throws IOException {
        assertThat(brief.talen()).containsExactly("Arabisch");
        assertThat(tekst(pdf)).contains("Deze brief wordt voor u vertaald in het Arabisch.");
        assertThat(jdbc.sql("select talen from clientbrief where id = :id").param("id", brief.id()).query(String.class).single())
                .isEqualTo("Arabisch");
    }

    @Test
    @DisplayName("a household that speaks Dutch: no translation")
    void allDutch() throws IOException {
        ProcessInstance andere = fixture.naEersteOverleg(Fixture.uniek("Nederlands"), "casusregisseur1", "Rust");
        jdbc.sql("update huishoudlid set taal = 'Nederlands' where huishouden_id = "
                        + "(select huishouden_id from casus where nummer = :nummer)")
                .param("nummer", andere.getBusinessKey()).update();

        Clientbrief nederlands = service.maak(overleg(andere.getBusinessKey()), "casusregisseur1");

        assertThat(nederlands.talen()).isEmpty();
        byte[] pdf = jdbc.sql("select pdf from clientbrief where id = :id").param("id", nederlands.id()).query(byte[].class).single();
        assertThat(tekst(pdf)).doesNotContain("vertaald").contains("Voor u zijn er deze keer geen afspraken.",
                "De datum van het volgende overleg is nog niet bekend.");
        assertThat(jdbc.sql("select talen from clientbrief where id = :id").param("id", nederlands.id()).query(String.class).single())
                .isEmpty();
    }

    @Test
    @DisplayName("languages: Dutch, blank and none count as Dutch; each other language once")
    void languages() {
        assertThat(ClientbriefService.talen(List.of(lid(null), lid(" "), lid("nederlands"), lid("Arabisch"), lid(" turks "),
                lid("arabisch"), lid("Turks")))).containsExactly("Arabisch", "Turks");
    }

    @Test
    @DisplayName("the PDF is archivable and accessible: PDF/A-2a and PDF/UA, title, language nl, every font embedded")
    void accessiblePdf() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wat we hebben afgesproken in het overleg van " + Woorden.datum(DATUM));
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();

            byte[] xmp = document.getDocumentCatalog().getMetadata().toByteArray();
            XMPMetadata metadata = new DomXmpParser().parse(xmp);
            assertThat(metadata.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(metadata.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(new String(xmp, StandardCharsets.UTF_8)).contains("pdfuaid:part");

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    @DisplayName("making a letter is audited")
    void madeIsAudited() {
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'CLIENTBRIEF_GEMAAKT' and casus_id = "
                        + "(select id from casus where nummer = :nummer)")
                .param("nummer", nummer).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("the case director and the chair download the letter as PDF; the read is audited")
    void download() {
        for (String user : List.of("casusregisseur1", "procesregisseur1")) {
            long before = reads();
            ResponseEntity<byte[]> response = download(user, nummer, brief.id());

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            assertThat(new String(response.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
            assertThat(response.getHeaders().getContentDisposition().getFilename())
                    .isEqualTo("clientbrief-" + nummer + "-" + LocalDate.now() + ".pdf");
            assertThat(reads()).as("the read is audited").isEqualTo(before + 1);
        }
    }

    @Test
    @DisplayName("the case file lists the letters; Tasklist's session downloads them with X-Requested-With")
    void inTheCaseFile() throws Exception {
        JsonNode dossier = objectMapper.readTree(http.withBasicAuth("casusregisseur1", "demo")
                .getForEntity("/api/casussen/{nummer}/dossier", String.class, nummer).getBody());
        JsonNode lijst = dossier.path("brieven");
        assertThat(lijst).hasSize(1);
        assertThat(lijst.get(0).path("id").asLong()).isEqualTo(brief.id());
        assertThat(lijst.get(0).path("ronde").asInt()).isEqualTo(1);
        assertThat(lijst.get(0).path("gemaaktOp").asText()).startsWith(LocalDate.now().toString());
        assertThat(lijst.get(0).path("talen").get(0).asText()).isEqualTo("Arabisch");

        TasklistSession session = TasklistSession.login(http, "casusregisseur1");
        HttpHeaders plugin = session.headers();
        plugin.set("X-Requested-With", "casusregie-tasklist");
        assertThat(session.exchange(HttpMethod.GET, "/api/casussen/" + nummer + "/brieven/" + brief.id(), null, plugin)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("another house, a partner not taking part, or a letter of another case: not found; a supervisor: refused")
    void notForOthers() {
        long before = reads();
        for (String user : List.of(OTHER_HOUSE_USER, "ggz1", "casusregisseur2")) {
            ResponseEntity<byte[]> response = download(user, nummer, brief.id());
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).doesNotContain("%PDF", achternaam);
        }
        ProcessInstance andere = fixture.naEersteOverleg(Fixture.uniek("Ander"), "casusregisseur1", "Rust");
        assertThat(download("casusregisseur1", andere.getBusinessKey(), brief.id()).getStatusCode())
                .as("a letter of another case").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download("supervisor1", nummer, brief.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reads()).isEqualTo(before);
    }

    @Test
    @DisplayName("without logging in: 401")
    void unauthenticated() {
        ResponseEntity<byte[]> response = http.getForEntity("/api/casussen/{nummer}/brieven/{id}", byte[].class, nummer, brief.id());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders plugin = new HttpHeaders();
        plugin.set("X-Requested-With", "casusregie-tasklist");
        assertThat(http.exchange("/api/casussen/{nummer}/brieven/{id}", HttpMethod.GET, new HttpEntity<>(plugin), byte[].class,
                nummer, brief.id()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("the OpenAPI description names the letter as a PDF")
    void documented() throws Exception {
        JsonNode operatie = objectMapper.readTree(http.getForEntity("/api-docs", String.class).getBody())
                .path("paths").path("/api/casussen/{nummer}/brieven/{id}").path("get");
        assertThat(operatie.path("tags").get(0).asText()).isEqualTo("Brieven");
        assertThat(operatie.path("responses").path("200").path("content").has("application/pdf")).isTrue();
        assertThat(operatie.path("responses").has("404")).isTrue();
    }

    private ResponseEntity<byte[]> download(String user, String casusnummer, long id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON));
        return http.withBasicAuth(user, "demo").exchange("/api/casussen/{nummer}/brieven/{id}", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class, casusnummer, id);
    }

    private long reads() {
        return jdbc.sql("select count(*) from audit_log a join casus c on c.id = a.casus_id "
                        + "where c.nummer = :nummer and a.actie = 'CLIENTBRIEF_GELEZEN'")
                .param("nummer", nummer).query(Long.class).single();
    }

    private long overleg(String casusnummer) {
        return jdbc.sql("select o.id from overleg o join casus c on c.id = o.casus_id where c.nummer = :nummer and o.ronde = 1")
                .param("nummer", casusnummer).query(Long.class).single();
    }

    private static nl.casusregie.huishouden.Huishoudlid lid(String taal) {
        return new nl.casusregie.huishouden.Huishoudlid("Iemand", null, 40, nl.casusregie.huishouden.Rol.ANDERS, taal, false);
    }

    /** The PDF's text with each run of white space as one space, so a wrapped line still reads as one sentence. */
    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
