package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.casusregie.CasusregieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@CasusregieTest
class PluginScriptsCachingTest {

    @Autowired TestRestTemplate http;

    @ParameterizedTest(name = "{0} is served and revalidated on every load")
    @ValueSource(strings = {"/camunda/app/tasklist/scripts/casusregie/dossier-tab.js",
            "/camunda/app/tasklist/scripts/casusregie/afspraken.js", "/camunda/app/tasklist/casusregie-nl/formulieren.js"})
    void pluginScriptsAreRevalidated(String path) {
        ResponseEntity<String> script = http.getForEntity(path + "?bust=7.24.0", String.class);

        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
    }
}
