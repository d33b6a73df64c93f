package nl.casusregie.platform.deployment;

import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a model may do: read process variables and their properties, compare
 * and compute, ask who the user is, and compute a date from today. It parses the expression
 * with the engine's own JUEL parser and walks the syntax tree, so spelling tricks do not help.
 *
 * <p>Refused: names of beans of the application (engine services, repositories, ...), the
 * engine's context objects ({@code execution}, {@code task}, ...; only
 * {@code execution.processBusinessKey} for a call activity's business key), reflective
 * properties ({@code .class}), brackets with a computed key, and every method call except
 * the date family {@code dateTime().plusDays(7).toDate()}.
 */
public class ExpressionCheck {

    private static final Set<String> CONTEXT_OBJECTS =
            Set.of("execution", "task", "externalTask", "caseExecution", "variableScope", "variableContext");
    private static final Set<String> BUSINESS_KEY = Set.of("processBusinessKey", "businessKey");
    /** The engine's own functions that only read: who is logged in, and today. */
    private static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "dateTime", "now");
    /** On dateTime() (Joda-Time): move the date, then make it a java.util.Date. */
    private static final Set<String> DATE_METHODS = Set.of(
            "plusYears", "plusMonths", "plusWeeks", "plusDays", "plusHours", "plusMinutes",
            "minusYears", "minusMonths", "minusWeeks", "minusDays", "minusHours", "minusMinutes", "toDate");
    /** Properties that lead from a value to Java's reflection or to the engine. */
    private static final Set<String> REFLECTIVE = Set.of("class", "classLoader", "declaringClass", "module",
            "protectionDomain", "processEngine", "processEngineServices", "processEngineConfiguration");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final int MAX_QUOTE = 80;

    private final Builder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private final Supplier<SortedSet<String>> delegates;
    private final Predicate<String> applicationBean;

    /**
     * @param delegates       the beans a delegateExpression may name (see {@link ExposedBeans})
     * @param applicationBean whether a name is a bean of the application, which an expression may not name
     */
    public ExpressionCheck(Supplier<SortedSet<String>> delegates, Predicate<String> applicationBean) {
        this.delegates = delegates;
        this.applicationBean = applicationBean;
    }

    /** Whether a text holds an expression at all; text without one is taken literally by the engine. */
    public static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Checks an expression (or text with expressions in it); empty when it is allowed. */
    public Optional<String> check(String text) {
        Node root;
        try {
            root = parser.build(text).getRoot();
        } catch (TreeBuilderException e) {
            return Optional.of("geen geldige expressie (" + Refusal.shorten(text, MAX_QUOTE) + ")");
        }
        return visit(root);
    }

    /** A delegateExpression names one of the project's delegates or listeners, and nothing else: ${naam}. */
    public Optional<String> checkBeanReference(String text) {
        Matcher matcher = BEAN_REFERENCE.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.of("een delegateExpression is alleen de naam van een delegate of listener, zoals ${"
                    + delegates.get().first() + "} (niet: " + Refusal.shorten(text, MAX_QUOTE) + ")");
        }
        String name = matcher.group(1);
        if (!delegates.get().contains(name)) {
            return Optional.of(name + " is geen delegate of listener van casusregie; toegestaan: "
                    + String.join(", ", delegates.get()));
        }
        return Optional.empty();
    }

    private Optional<String> visit(Node node) {
        if (node instanceof AstMethod method) {
            return method(method);
        }
        if (node instanceof AstFunction function) {
            if (!FUNCTIONS.contains(function.getName())) {
                return Optional.of("de functie " + function.getName() + "() is niet toegestaan; toegestaan: "
                        + String.join("(), ", FUNCTIONS.stream().sorted().toList()) + "()");
            }
            return children(node);
        }
        if (node instanceof AstDot dot) {
            return dot(dot);
        }
        if (node instanceof AstBracket bracket) {
            return bracket(bracket);
        }
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName());
        }
        if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstText
                || node instanceof AstNested || node instanceof AstBinary || node instanceof AstUnary
                || node instanceof AstChoice || node instanceof AstParameters || node instanceof AstString
                || node instanceof AstNumber || node instanceof AstBoolean || node instanceof AstNull) {
            return children(node);
        }
        return Optional.of("dit deel van de expressie is niet toegestaan (" + node + ")");
    }

    private Optional<String> children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> refusal = visit(node.getChild(i));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private Optional<String> identifier(String name) {
        if (CONTEXT_OBJECTS.contains(name)) {
            return Optional.of("het engine-object " + name + " is niet toegestaan (alleen execution.processBusinessKey"
                    + " voor de business key); gebruik procesvariabelen");
        }
        if (delegates.get().contains(name) || applicationBean.test(name)) {
            return Optional.of(name + " is een onderdeel van de applicatie, geen procesvariabele;"
                    + " expressies lezen alleen procesvariabelen");
        }
        return Optional.empty();
    }

    private Optional<String> dot(AstDot dot) {
        String property = propertyName(dot);
        Node prefix = dot.getChild(0);
        if (prefix instanceof AstIdentifier identifier && identifier.getName().equals("execution")
                && BUSINESS_KEY.contains(property)) {
            return Optional.empty();
        }
        if (REFLECTIVE.contains(property)) {
            return Optional.of("de eigenschap ." + property + " is niet toegestaan");
        }
        return visit(prefix);
    }

    private Optional<String> bracket(AstBracket bracket) {
        Node key = bracket.getChild(1);
        if (key instanceof AstString text) {
            String property = String.valueOf(text.eval(null, null));
            if (REFLECTIVE.contains(property)) {
                return Optional.of("de eigenschap ['" + property + "'] is niet toegestaan");
            }
        } else if (!(key instanceof AstNumber)) {
            return Optional.of("[...] alleen met een vaste naam of een vast getal, niet met een berekende sleutel");
        }
        return visit(bracket.getChild(0));
    }

    private Optional<String> method(AstMethod method) {
        Node property = method.getChild(0);
        if (property instanceof AstDot dot && DATE_METHODS.contains(propertyName(dot)) && isDate(dot.getChild(0))) {
            Optional<String> refusal = visit(dot.getChild(0));
            return refusal.isPresent() ? refusal : visit(method.getChild(1));
        }
        return Optional.of("expressies mogen geen methoden aanroepen (" + structure(property)
                + "); alleen datums als dateTime().plusDays(7).toDate()");
    }

    /** dateTime(), or a date method called on one. */
    private static boolean isDate(Node node) {
        if (node instanceof AstFunction function) {
            return function.getName().equals("dateTime") && function.getParamCount() == 0;
        }
        return node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
                && DATE_METHODS.contains(propertyName(dot)) && !propertyName(dot).equals("toDate")
                && isDate(dot.getChild(0));
    }

    /** JUEL prints a dot as ". name"; the name itself is not public. */
    private static String propertyName(AstDot dot) {
        String printed = dot.toString();
        return printed.startsWith(". ") ? printed.substring(2) : printed;
    }

    /** The expression as written, e.g. identityService.createMembership, to quote in a message. */
    private static String structure(Node node) {
        if (node instanceof AstDot dot) {
            return structure(dot.getChild(0)) + "." + propertyName(dot);
        }
        if (node instanceof AstBracket bracket) {
            return structure(bracket.getChild(0)) + "[...]";
        }
        if (node instanceof AstIdentifier identifier) {
            return identifier.getName();
        }
        if (node instanceof AstFunction function) {
            return function.getName() + "()";
        }
        if (node instanceof AstMethod method) {
            return structure(method.getChild(0)) + "()";
        }
        return Refusal.shorten(String.valueOf(node), MAX_QUOTE);
    }
}
