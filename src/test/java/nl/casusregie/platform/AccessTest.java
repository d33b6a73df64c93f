package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who sees what over the engine's REST API (the API Tasklist and Cockpit build on). */
@CasusregieTest
class AccessTest {

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired IdentityService identityService;

    private List<Map<String, Object>> instances(String user, String businessKey) {
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/process-instance?businessKey={bk}", HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }, businessKey).getBody();
    }

    @Test
    @DisplayName("the supervisor sees the house's cases; partners see tasks, not cases")
    void supervisorSeesCasesPartnersDoNot() {
        String nummer = fixture.meldAan(Fixture.aanmelding(true, 3, 3, false, Fixture.uniek("Toegang"))).getBusinessKey();

        assertThat(instances("supervisor1", nummer)).hasSize(1);
        assertThat(instances("politie1", nummer)).isEmpty();
        assertThat(instances("procesregisseur1", nummer)).isEmpty();
    }

    @Test
    @DisplayName("a user of another house sees nothing of this house's cases")
    void otherHouseSeesNothing() {
        String nummer = fixture.meldAan(Fixture.aanmelding(true, 3, 3, false, Fixture.uniek("Huis"))).getBusinessKey();
        if (identityService.createTenantQuery().tenantId("zvhanders").count() == 0) {
            identityService.saveTenant(identityService.newTenant("zvhanders"));
            var user = identityService.newUser("supervisoranders");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership("supervisoranders", "supervisor");
            identityService.createTenantUserMembership("zvhanders", "supervisoranders");
        }

        assertThat(instances("supervisoranders", nummer)).isEmpty();
        assertThat(http.withBasicAuth("supervisoranders", "demo").getForEntity("/api/casussen/{n}", String.class, nummer)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("each task in a group's Tasklist list shows its case number, household, approach and phase, as the case stands")
    void listShowsTheCase() throws Exception {
        String achternaam = Fixture.uniek("Lijst");
        var casus = fixture.meldAan(Fixture.aanmelding(true, 3, 3, false, achternaam));
        assertThat(listColumns(casus.getId())).as("at triage: no approach decided yet")
                .containsOnly(Map.entry("lijstCasus", casus.getBusinessKey()),
                        Map.entry("lijstHuishouden", "Fam. " + achternaam));

        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        assertThat(listColumns(casus.getId())).containsEntry("lijstCasus", casus.getBusinessKey())
                .containsEntry("lijstAanpak", "MDA++");
    }

    /** The columns of the procesregisseur's "Taken van mijn groepen" for the tasks of one instance, as Tasklist reads them. */
    private Map<String, String> listColumns(String processInstanceId) throws Exception {
        String filterId = http.withBasicAuth("procesregisseur1", "demo").exchange("/engine-rest/filter?name={n}", HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }, "Taken van mijn groepen")
                .getBody().get(0).get("id").toString();
        HttpHeaders hal = new HttpHeaders();
        hal.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        String list = http.withBasicAuth("procesregisseur1", "demo").exchange("/engine-rest/filter/{id}/list?maxResults=200",
                HttpMethod.GET, new HttpEntity<>(hal), String.class, filterId).getBody();

        var tasks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list).path("_embedded").path("task");
        return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> processInstanceId.equals(t.path("processInstanceId").asText()))
                .flatMap(t -> java.util.stream.StreamSupport.stream(t.path("_embedded").path("variable").spliterator(), false))
                .collect(java.util.stream.Collectors.toMap(v -> v.path("name").asText(), v -> v.path("value").asText()));
    }

    @Test
    @DisplayName("only the process owner may deploy a changed model, as Modeler does over the REST API")
    void onlyProcessOwnerDeploys() {
        assertThat(deploy("politie1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy("supervisor1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy("procesbeheerder1").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> deploy(String user) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "modeler-" + user);
        body.add("deployment-source", "Camunda Modeler");
        body.add("fase-overgang.dmn", new FileSystemResource("dmn/fase-overgang.dmn"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }
}
