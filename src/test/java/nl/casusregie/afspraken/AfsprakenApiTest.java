package nl.casusregie.afspraken;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.IdentityService;
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

/** GET /api/afspraken: a partner finds the agreements it owns, in its own house, and every read is audited. */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfsprakenApiTest {

    private static final String OTHER_HOUSE_USER = "veiligthuisafspraken";

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper objectMapper;

    private final String waarom = Fixture.uniek("Waarom");
    private String nummer;

    @BeforeAll
    void agreementForVeiligThuis() {
        nummer = fixture.naEersteOverleg(Fixture.uniek("Afspraken"), "casusregisseur1", waarom).getBusinessKey();

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
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/afspraken", String.class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return objectMapper.valueToTree(java.util.stream.StreamSupport.stream(objectMapper.readTree(response.getBody()).spliterator(), false)
                .filter(a -> a.path("casusnummer").asText().equals(nummer)).toList());
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
