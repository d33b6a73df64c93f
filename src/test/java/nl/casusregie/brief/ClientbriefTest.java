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
import java.util.List;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.TasklistSession;
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
 * The letter to the clients after a focus meeting round. The case comes through its first
 * meeting (Fixture: an agreement for Veilig Thuis); the round then gets, as the focus meeting
 * will record them, an OM segment with its own agreement and minimum condition, and a segment
 * with the clients holding their agreement, one for probation and a minimum condition guarded
 * by the police, the meeting's date and the next meeting's.
 */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientbriefTest {

    private static final String OTHER_HOUSE_USER = "procesregisseurbrief";
    /** Written only in the OM segment: must never reach the letter. */
    private static final String OM_MARKER = "OMGEHEIM";
    private static final LocalDate VOLGEND_OVERLEG = LocalDate.of(2030, 4, 14);

    @Autowired ClientbriefService service;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired ObjectMapper objectMapper;

    private final String achternaam = Fixture.uniek("Brief");
    private String nummer;
    private long overlegId;
    private Clientbrief brief;
    private byte[] pdf;

    @BeforeAll
    void meetingWithSegments() {
        ProcessInstance casus = fixture.naEersteOverleg(achternaam, "casusregisseur1", "Veiligheid eerst");
        nummer = casus.getBusinessKey();
        overlegId = overleg(nummer);
        long huishouden = jdbc.sql("select huishouden_id from casus where nummer = :nummer").param("nummer", nummer)
                .query(Long.class).single();
        jdbc.sql("""
                insert into huishoudlid (huishouden_id, naam, naam_sleutel, leeftijd, rol, taal, tolk_nodig)
                values (:huishouden, :naam, :sleutel, 9, 'KIND', 'Nederlands', false)""")
                .param("huishouden", huishouden).param("naam", "Lina " + achternaam)
                .param("sleutel", ("lina " + achternaam).toLowerCase()).update();
        jdbc.sql("update overleg set datum = :datum, volgend_overleg = :volgend, bij_schending = :schending where id = :id")
                .param("datum", LocalDate.of(2030, 3, 3)).param("volgend", VOLGEND_OVERLEG)
                .param("schending", "Terug naar fase 1").param("id", overlegId).update();

        long om = segment(overlegId, 1, "OM", OM_MARKER + " beeld van de officier");
        afspraak(overlegId, om, "om", OM_MARKER + " dagvaarding voorbereiden", false);
        afspraak(overlegId, om, "politie", OM_MARKER + " contactverbod handhaven", true);
        long clienten = segment(overlegId, 2, "CLIENTEN", "Beeld met de cliënten");
        afspraak(overlegId, clienten, "clienten", "Wij gaan elke week samen naar de opvoedcursus", false);
        afspraak(overlegId, clienten, "reclassering", "Gesprek over de voorwaarden plannen", false);
        afspraak(overlegId, clienten, "politie", "Sam komt niet in de buurt van de school", true);

        brief = service.maak(overlegId, "casusregisseur1");
        pdf = jdbc.sql("select pdf from clientbrief where id = :id").param("id", brief.id()).query(byte[].class).single();

        if (identityService.createUserQuery().userId(OTHER_HOUSE_USER).count() == 0) {
            identityService.saveTenant(identityService.newTenant("zvhbrief"));
            var user = identityService.newUser(OTHER_HOUSE_USER);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(OTHER_HOUSE_USER, "procesregisseur");
            identityService.createTenantUserMembership("zvhbrief", OTHER_HOUSE_USER);
        }
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
        assertThat(tekst).contains("Op 3 maart 2030 hebben hulpverleners met elkaar gepraat over uw gezin.",
                "Het volgende overleg is op 14 april 2030.");
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
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wat we hebben afgesproken in het overleg van 3 maart 2030");
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

    private long segment(long overleg, int volgorde, String soort, String beeldvorming) {
        jdbc.sql("""
                insert into overleg_segment (overleg_id, volgorde, soort, beeldvorming, minimaal_nodig)
                values (:overleg, :volgorde, :soort, :beeld, :beeld)""")
                .param("overleg", overleg).param("volgorde", volgorde).param("soort", soort).param("beeld", beeldvorming)
                .update();
        return jdbc.sql("select id from overleg_segment where overleg_id = :overleg and volgorde = :volgorde")
                .param("overleg", overleg).param("volgorde", volgorde).query(Long.class).single();
    }

    private void afspraak(long overleg, long segment, String partner, String wat, boolean bodemeis) {
        jdbc.sql("""
                insert into afspraak (overleg_id, casus_id, partner, wat, deadline, waarom, status, soort, segment_id, bodemeis)
                select id, casus_id, :partner, :wat, :deadline, :waarom, 'OPEN', 'ACTIE_PROFESSIONALS', :segment, :bodemeis
                from overleg where id = :overleg""")
                .param("overleg", overleg).param("partner", partner).param("wat", wat)
                .param("deadline", LocalDate.of(2030, 3, 31)).param("waarom", wat + ", omdat het moet")
                .param("segment", segment).param("bodemeis", bodemeis).update();
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
