package nl.casusregie.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.casusregie.CasusregieTest;
import java.util.List;
import java.util.Map;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * GET /api/afspraken: a partner finds the agreements it owns, in its own house, and every read is
 * audited. An agreement from an OM segment is listed for its owner only, marked as such.
 */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfsprakenApiTest {

    private static final String OTHER_HOUSE_USER = "veiligthuisafspraken";

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper objectMapper;

    /** Written only in the OM segment of the split round. */
    private static final String OM_MARKER = "OMAFSPRAKENGEHEIM";

    private final String waarom = Fixture.uniek("Waarom");
    private String nummer;
    private String gesplitst;

    @BeforeAll
    void agreementForVeiligThuis() {
        nummer = fixture.naEersteOverleg(Fixture.uniek("Afspraken"), "casusregisseur1", waarom).getBusinessKey();

        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("AfsprakenOm")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        gesplitst = casus.getBusinessKey();
        ProcessInstance overleg = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
        fixture.houdGesplitstOverleg(overleg, OM_MARKER);

        if (identityService.createUserQuery().userId(OTHER_HOUSE_USER).count() == 0) {
            identityService.saveTenant(identityService.newTenant("zvhafspraken"));
            var user = identityService.newUser(OTHER_HOUSE_USER);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(OTHER_HOUSE_USER, "veiligthuis");
            identityService.createTenantUserMembership("zvhafspraken", OTHER_HOUSE_USER);
        }
    }

    private JsonNode agreementsOfThisCase(String user) throws Exception {
        return agreementsOf(user, nummer);
    }

    private JsonNode agreementsOf(String user, String casusnummer) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/afspraken", String.class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return objectMapper.valueToTree(java.util.stream.StreamSupport.stream(objectMapper.readTree(response.getBody()).spliterator(), false)
                .filter(a -> a.path("casusnummer").asText().equals(casusnummer)).toList());
    }

    /** What the agreements are, and whether each is from the OM segment and a minimum condition. */
    private static List<String> watOmBodemeis(JsonNode afspraken) {
        return java.util.stream.StreamSupport.stream(afspraken.spliterator(), false)
                .map(a -> a.path("wat").asText() + " | om " + a.path("uitOmDeel").asBoolean() + " | bodemeis "
                        + a.path("bodemeis").asBoolean())
                .toList();
    }

    @Test
    @DisplayName("an agreement from the OM segment is listed for the partner that owns it, marked as from the OM segment")
    void omSegmentAgreementForItsOwner() throws Exception {
        assertThat(watOmBodemeis(agreementsOf("politie1", gesplitst))).containsExactlyInAnyOrder(
                OM_MARKER + " contactverbod handhaven | om true | bodemeis true",
                "Sam komt niet in de buurt van de school | om false | bodemeis true");
        assertThat(watOmBodemeis(agreementsOf("om1", gesplitst))).containsExactly(
                OM_MARKER + " dagvaarding voorbereiden | om true | bodemeis false");
    }

    @ParameterizedTest(name = "{0} does not get an agreement from the OM segment it does not own")
    @ValueSource(strings = {"veiligthuis1", "casusregisseur1", "ggz1", "procesregisseur1", "supervisor1", OTHER_HOUSE_USER})
    void omSegmentAgreementNotForOthers(String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/afspraken", String.class);

        assertThat(response.getBody()).doesNotContain(OM_MARKER);
        if ("veiligthuis1".equals(user)) {
            assertThat(watOmBodemeis(agreementsOf(user, gesplitst)))
                    .containsExactly("Veiligheidsplan opstellen | om false | bodemeis false");
        }
    }

    private long reads(String user) {
        return jdbc.sql("select count(*) from audit_log a join casus c on c.id = a.casus_id "
                        + "where c.nummer = :nummer and a.actie = 'AFSPRAKEN_GELEZEN' and a.gebruiker = :user")
                .param("nummer", nummer).param("user", user).query(Long.class).single();
    }

    @Test
    @DisplayName("the partner named in the agreement finds it, with case, deadline and reason, and the read is audited")
    void ownerFindsIt() throws Exception {
        long before = reads("veiligthuis1");
        JsonNode afspraken = agreementsOfThisCase("veiligthuis1");

        assertThat(afspraken).hasSize(1);
        JsonNode afspraak = afspraken.get(0);
        assertThat(afspraak.path("partner").asText()).isEqualTo("veiligthuis");
        assertThat(afspraak.path("wat").asText()).isEqualTo("Veiligheidsplan opstellen");
        assertThat(afspraak.path("waarom").asText()).isEqualTo(waarom);
        assertThat(afspraak.path("deadline").asText()).isEqualTo(java.time.LocalDate.now().plusDays(14).toString());
        assertThat(afspraak.path("status").asText()).isEqualTo("OPEN");
        assertThat(afspraak.path("ronde").asInt()).isEqualTo(1);
        assertThat(reads("veiligthuis1")).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0} does not see another partner's agreement")
    @ValueSource(strings = {"politie1", "procesregisseur1", "casusregisseur1", "ggz1", "supervisor1", OTHER_HOUSE_USER})
    void othersDoNot(String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/afspraken", String.class);
        assertThat(response.getStatusCode().is2xxSuccessful() ? agreementsOfThisCase(user) : objectMapper.createArrayNode())
                .isEmpty();
        assertThat(response.getBody()).doesNotContain(waarom);
        assertThat(reads(user)).isZero();
    }
}
