package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Dutch welcome page (login and profile) complete, as TasklistLocaleTest does for
 * Tasklist: our app/welcome/locales/nl.json has exactly the labels of the jar's en.json, with the
 * same placeholders, and our welcome config.js offers Dutch as the fallback.
 */
class WelcomeLocaleTest {

    private static final String WELCOME = "META-INF/resources/webjars/camunda/app/welcome/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

    @Test
    @DisplayName("the welcome page's nl.json has exactly the labels of Camunda's en.json, with the same placeholders")
    void dutchMatchesEnglish() throws IOException {
        Map<String, String> en = labels(resource(WELCOME + "locales/en.json", "jar"));
        Map<String, String> nl = labels(resource(WELCOME + "locales/nl.json", "file"));

        assertThat(en).hasSizeGreaterThan(100);
        assertThat(nl.keySet()).isEqualTo(en.keySet());
        en.forEach((key, english) -> assertThat(placeholders(nl.get(key))).as(key).isEqualTo(placeholders(english)));
    }

    @Test
    @DisplayName("our welcome config.js offers Dutch as the fallback and loads the script that sends professionals on")
    void configOffersDutch() throws IOException {
        String config = text(resource(WELCOME + "scripts/config.js", "file"));
        assertThat(config).containsPattern("availableLocales:\\s*\\['nl', 'en']")
                .containsPattern("fallbackLocale:\\s*'nl'")
                .contains("customScripts: ['scripts/casusregie/naar-werkplek']");
        assertThat(resource(WELCOME + "scripts/casusregie/naar-werkplek.js", "file")).isNotNull();
    }

    private static URL resource(String path, String protocol) throws IOException {
        for (URL url : Collections.list(WelcomeLocaleTest.class.getClassLoader().getResources(path))) {
            if (url.getProtocol().equals(protocol)) {
                return url;
            }
        }
        throw new AssertionError(path + " not found as " + protocol);
    }

    private static Map<String, String> labels(URL url) throws IOException {
        JsonNode labels = new ObjectMapper().readTree(text(url).replace("\uFEFF", "")).get("labels");
        Map<String, String> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            map.put(label.getKey(), label.getValue().asText());
        }
        return map;
    }

    private static java.util.List<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
