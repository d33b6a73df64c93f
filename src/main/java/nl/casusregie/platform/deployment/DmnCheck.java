package nl.casusregie.platform.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Decision tables in FEEL (the default) or JUEL, nothing else: no script languages
 * (javascript, groovy, python, ...). JUEL expressions are checked by {@link ExpressionCheck}.
 * FEEL cannot call Java in Camunda 7.24 (its FEEL engine is built with external functions
 * switched off); FEEL's "function(...) external" is refused all the same, so a later engine
 * setting cannot open that door.
 */
class DmnCheck implements ResourceCheck {

    private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag", "inputVariable");
    private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20191111/feel/");
    private static final String JUEL = "juel";
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("(?s)\\bfunction\\s*\\(.*?\\)\\s*external\\b");

    private final ExpressionCheck expressions;

    DmnCheck(ExpressionCheck expressions) {
        this.expressions = expressions;
    }

    @Override
    public boolean handles(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    @Override
    public List<Refusal> check(String resource, byte[] content) {
        Document document = XmlModel.read(content);
        if (document == null) {
            return List.of(new Refusal(resource, null, null, "geen geldig DMN-bestand (XML)"));
        }
        Set<Refusal> refusals = new LinkedHashSet<>();
        XmlModel.walk(document.getDocumentElement(), null, (element, owner) -> {
            if (CAMUNDA_DMN.equals(element.getNamespaceURI())) {
                refusals.add(XmlModel.refusal(resource, owner, "het element camunda:" + element.getLocalName() + " is niet toegestaan"));
            }
            XmlModel.attributes(element, (attribute, name) -> {
                if (CAMUNDA_DMN.equals(attribute.getNamespaceURI()) && !CAMUNDA_ATTRIBUTES.contains(name)) {
                    refusals.add(XmlModel.refusal(resource, owner, "het attribuut camunda:" + name + " is niet toegestaan"));
                } else if (attribute.getNamespaceURI() == null && name.equals("expressionLanguage") && language(attribute.getValue()) == null) {
                    refusals.add(XmlModel.refusal(resource, owner, "de expressietaal '" + Refusal.shorten(attribute.getValue(), 30)
                            + "' is niet toegestaan; alleen FEEL (standaard) en JUEL"));
                }
            });
            if (element.getLocalName().equals("text")) {
                text(element).ifPresent(reason -> refusals.add(XmlModel.refusal(resource, owner, reason)));
            }
        });
        return new ArrayList<>(refusals);
    }

    private Optional<String> text(Element text) {
        String expression = XmlModel.ownText(text);
        String language = effectiveLanguage(text);
        if (JUEL.equals(language)) {
            return ExpressionCheck.isExpression(expression) ? expressions.check(expression) : Optional.empty();
        }
        if (EXTERNAL_FUNCTION.matcher(expression).find()) {
            return Optional.of("FEEL-functies die Java aanroepen (function ... external) zijn niet toegestaan");
        }
        return Optional.empty();
    }

    /** The language of an expression: its own, an enclosing one (up to the definitions), or FEEL. */
    private static String effectiveLanguage(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("expressionLanguage")) {
                String language = language(e.getAttribute("expressionLanguage"));
                return language != null ? language : "refused";
            }
        }
        return "feel";
    }

    /** "feel" or "juel" for the names the engine knows for them, null for anything else. */
    private static String language(String name) {
        String normalised = name.trim().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || FEEL.contains(normalised)) {
            return "feel";
        }
        return JUEL.equals(normalised) ? JUEL : null;
    }
}
