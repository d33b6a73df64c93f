package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps our Dutch Tasklist translation complete: src/main/resources/META-INF/resources/webjars/
 * camunda/app/tasklist/locales/nl.json must have exactly the keys of the en.json in the Camunda
 * webapp jar, with the same {{placeholders}} and links, and our config.js (which overrides the
 * one in the jar) must offer "nl". After a Camunda upgrade that adds or renames labels, this
 * test names them.
 */
class TasklistLocaleTest {

    private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("nl.json has exactly the keys of Camunda's en.json, with the same placeholders and links")
    void dutchMatchesEnglish() throws IOException {
        Map<String, JsonNode> en = leaves(read(resourceInJar(TASKLIST + "locales/en.json")));
        Map<String, JsonNode> nl = leaves(read(ourResource(TASKLIST + "locales/nl.json")));

        assertThat(en).as("en.json from the Camunda webapp jar").hasSizeGreaterThan(400);
        assertThat(without(en.keySet(), nl.keySet())).as("keys of en.json missing from nl.json").isEmpty();
        assertThat(without(nl.keySet(), en.keySet())).as("keys of nl.json that en.json does not have").isEmpty();
        for (String key : en.keySet()) {
            JsonNode english = en.get(key);
            JsonNode dutch = nl.get(key);
            if (!english.isTextual()) {
                assertThat(dutch).as(key).isEqualTo(english);
                continue;
            }
            assertThat(dutch.isTextual()).as(key + " is text").isTrue();
            assertThat(all(PLACEHOLDER, dutch.asText())).as("placeholders of " + key)
                    .isEqualTo(all(PLACEHOLDER, english.asText()));
            assertThat(all(LINK, dutch.asText())).as("links of " + key).isEqualTo(all(LINK, english.asText()));
            assertThat(dutch.asText().isEmpty()).as(key + " is empty").isEqualTo(english.asText().isEmpty());
        }
    }

    @Test
    @DisplayName("our Tasklist config.js comes before the jar's and offers Dutch, which is also the fallback")
    void configOffersDutch() throws IOException {
        URL effective = getClass().getClassLoader().getResource(TASKLIST + "scripts/config.js");
        assertThat(effective).isNotNull();
        assertThat(effective.getProtocol()).as("the config.js Tasklist gets is ours, not the jar's").isEqualTo("file");

        String config = text(effective);
        Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(config);
        assertThat(available.find()).as("availableLocales in config.js").isTrue();
        assertThat(available.group(1)).contains("'nl'").contains("'en'");
        assertThat(config).containsPattern("fallbackLocale\\s*:\\s*'nl'");
    }

    private static URL resourceInJar(String path) throws IOException {
        for (URL url : Collections.list(TasklistLocaleTest.class.getClassLoader().getResources(path))) {
            if (url.getProtocol().equals("jar")) {
                return url;
            }
        }
        throw new AssertionError(path + " not found in a jar on the classpath (camunda-webapp-webjar)");
    }

    private static URL ourResource(String path) throws IOException {
        for (URL url : Collections.list(TasklistLocaleTest.class.getClassLoader().getResources(path))) {
            if (url.getProtocol().equals("file")) {
                return url;
            }
        }
        throw new AssertionError(path + " not found in src/main/resources");
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Camunda's en.json starts with a BOM
        }
    }

    private static JsonNode read(URL url) throws IOException {
        return JSON.readTree(text(url));
    }

    /** Every value that is not an object or array, by its path, e.g. labels.CLAIM_TASK or dateLocales.months[0]. */
    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        collect("", root, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        Collections.sort(found);
        return found;
    }
}
