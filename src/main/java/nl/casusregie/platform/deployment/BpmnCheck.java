package nl.casusregie.platform.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * BPMN as process owners need it: delegates and listeners by name, expressions that read
 * variables, and the engine's ordinary attributes. Refused: Java classes, scripts (script
 * tasks, camunda:script, script languages, camunda:resource), external tasks and connectors,
 * generated forms and field injection, and every Camunda attribute or element not listed here.
 * Every other text or attribute that holds an expression is checked by {@link ExpressionCheck}.
 */
class BpmnCheck implements ResourceCheck {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Camunda's extension namespace, and the older one the engine still reads. */
    private static final Set<String> EXTENSIONS = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

    private static final String SCRIPTS = "scripts zijn niet toegestaan";
    private static final String CLASSES = "Java-klassen zijn niet toegestaan; gebruik camunda:delegateExpression met een delegate van casusregie";

    /** camunda:... attributes whose value is a delegate's or listener's name. */
    private static final Set<String> BEAN_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
    /** camunda:... attributes refused, with the reason. */
    private static final Map<String, String> REFUSED_ATTRIBUTES = Map.of(
            "class", CLASSES,
            "variableMappingClass", CLASSES,
            "formHandlerClass", CLASSES,
            "type", "externe taken en connectors (camunda:type) zijn niet toegestaan",
            "topic", "externe taken (camunda:topic) zijn niet toegestaan",
            "resource", SCRIPTS + " (camunda:resource)",
            "scriptFormat", SCRIPTS,
            "formKey", "camunda:formKey is niet toegestaan; gebruik camunda:formRef met een Camunda Form");
    /** camunda:... attributes a process owner uses; their expressions are checked. */
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
            "asyncBefore", "asyncAfter", "async", "exclusive", "jobPriority", "taskPriority",
            "historyTimeToLive", "isStartableInTasklist", "versionTag", "candidateStarterGroups", "candidateStarterUsers",
            "initiator", "formRef", "formRefBinding", "formRefVersion",
            "assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate", "priority",
            "resultVariable", "decisionRef", "decisionRefBinding", "decisionRefVersion", "decisionRefVersionTag",
            "decisionRefTenantId", "mapDecisionResult",
            "calledElementBinding", "calledElementVersion", "calledElementVersionTag", "calledElementTenantId",
            "collection", "elementVariable", "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable",
            "errorMessage", "variableName", "variableEvents",
            "event", "id", "expression", "source", "sourceExpression", "target", "variables", "local", "businessKey",
            "name", "value", "key",
            "modelerTemplate", "modelerTemplateVersion", "modelerTemplateIcon");
    /** camunda:... elements a process owner uses. */
    private static final Set<String> ALLOWED_ELEMENTS = Set.of("executionListener", "taskListener", "inputOutput",
            "inputParameter", "outputParameter", "list", "map", "entry", "value", "in", "out", "properties",
            "property", "failedJobRetryTimeCycle");
    private static final Map<String, String> REFUSED_ELEMENTS = Map.of(
            "script", SCRIPTS,
            "connector", "connectors zijn niet toegestaan",
            "connectorId", "connectors zijn niet toegestaan",
            "field", "veldinjectie (camunda:field) is niet toegestaan",
            "formData", "gegenereerde formulieren (camunda:formData) zijn niet toegestaan; gebruik een Camunda Form",
            "formProperty", "gegenereerde formulieren (camunda:formProperty) zijn niet toegestaan; gebruik een Camunda Form");

    private final ExpressionCheck expressions;

    BpmnCheck(ExpressionCheck expressions) {
        this.expressions = expressions;
    }

    @Override
    public boolean handles(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    @Override
    public List<Refusal> check(String resource, byte[] content) {
        Document document = XmlModel.read(content);
        if (document == null) {
            return List.of(new Refusal(resource, null, null, "geen geldig BPMN-bestand (XML)"));
        }
        Set<Refusal> refusals = new LinkedHashSet<>();
        XmlModel.walk(document.getDocumentElement(), null, (element, owner) -> {
            element(element).ifPresent(reason -> refusals.add(XmlModel.refusal(resource, owner, reason)));
            XmlModel.attributes(element, (attribute, name) -> attribute(namespace(element, attribute), name, attribute.getValue())
                    .ifPresent(reason -> refusals.add(XmlModel.refusal(resource, owner, reason))));
            String text = XmlModel.ownText(element);
            if (ExpressionCheck.isExpression(text)) {
                expressions.check(text).ifPresent(reason -> refusals.add(XmlModel.refusal(resource, owner, reason)));
            }
        });
        return new ArrayList<>(refusals);
    }

    /** Attributes of Camunda's own elements (camunda:taskListener class="...") are unqualified but Camunda's all the same. */
    private static String namespace(Element element, Attr attribute) {
        return attribute.getNamespaceURI() != null || !isExtension(element.getNamespaceURI())
                ? attribute.getNamespaceURI() : element.getNamespaceURI();
    }

    private static boolean isExtension(String namespace) {
        return namespace != null && EXTENSIONS.contains(namespace);
    }

    private static Optional<String> element(Element element) {
        String name = element.getLocalName();
        if (BPMN.equals(element.getNamespaceURI()) && (name.equals("scriptTask") || name.equals("script"))) {
            return Optional.of(SCRIPTS);
        }
        if (isExtension(element.getNamespaceURI()) && !ALLOWED_ELEMENTS.contains(name)) {
            return Optional.of(REFUSED_ELEMENTS.getOrDefault(name, "het element camunda:" + name + " is niet toegestaan"));
        }
        return Optional.empty();
    }

    private Optional<String> attribute(String namespace, String name, String value) {
        if (isExtension(namespace)) {
            if (BEAN_ATTRIBUTES.contains(name)) {
                return expressions.checkBeanReference(value);
            }
            if (REFUSED_ATTRIBUTES.containsKey(name)) {
                return Optional.of(REFUSED_ATTRIBUTES.get(name));
            }
            if (!ALLOWED_ATTRIBUTES.contains(name)) {
                return Optional.of("het attribuut camunda:" + name + " is niet toegestaan");
            }
        } else if (namespace == null && name.equals("language")) {
            return Optional.of(SCRIPTS + " (language=\"" + Refusal.shorten(value, 30) + "\")");
        } else if (namespace == null && name.equals("expressionLanguage") && !value.isBlank()) {
            return Optional.of("een andere expressietaal (expressionLanguage) is niet toegestaan");
        }
        return ExpressionCheck.isExpression(value) ? expressions.check(value) : Optional.empty();
    }
}
