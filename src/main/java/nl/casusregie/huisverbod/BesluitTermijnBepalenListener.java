package nl.casusregie.huisverbod;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Start listener of the decision on extension: when the decision is due, counted from the moment
 * the order was imposed (not from when it was registered). How long after imposition is a setting
 * of the model, the extension property {@value Huisverbod#BESLUIT_TERMIJN_PROPERTY} of the task
 * "Besluiten over verlenging" (an ISO-8601 duration, "P7D"), so process owners change it in Modeler.
 * It must leave time before the order ends; a setting that does not is a fault of the model.
 */
@Component("verlengingsbesluitTermijnBepalen")
public class BesluitTermijnBepalenListener implements ExecutionListener {

    private final HuisverbodBinding binding;
    private final HuisverbodRepository huisverboden;

    public BesluitTermijnBepalenListener(HuisverbodBinding binding, HuisverbodRepository huisverboden) {
        this.binding = binding;
        this.huisverboden = huisverboden;
    }

    @Override
    public void notify(DelegateExecution execution) {
        HuisverbodRepository.Verbod verbod = binding.verbod(execution);
        LocalDateTime uiterlijk = verbod.opgelegdOp().plus(termijn(execution));
        if (!uiterlijk.isBefore(verbod.eindigtOp())) {
            throw new IllegalStateException(ongeldig(termijn(execution).toString())
                    + " Het besluit valt dan niet vóór het einde van het huisverbod.");
        }
        huisverboden.legBesluitUiterlijkVast(verbod.id(), uiterlijk);
        Huisverbod.BESLUIT_UITERLIJK.set(execution, Momenten.alsDate(uiterlijk));
    }

    /** The setting on the decision task, as the model holds it. */
    static Duration termijn(DelegateExecution execution) {
        BaseElement taak = execution.getBpmnModelInstance().getModelElementById(Huisverbod.Element.BESLUITEN);
        String waarde = taak == null || taak.getExtensionElements() == null ? null : taak.getExtensionElements()
                .getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> Huisverbod.BESLUIT_TERMIJN_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
        return termijn(waarde);
    }

    static Duration termijn(String waarde) {
        try {
            Duration termijn = Duration.parse(waarde == null ? "" : waarde.trim());
            if (termijn.isNegative() || termijn.isZero()) {
                throw new IllegalStateException(ongeldig(waarde));
            }
            return termijn;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(ongeldig(waarde), e);
        }
    }

    private static String ongeldig(String waarde) {
        return "De instelling " + Huisverbod.BESLUIT_TERMIJN_PROPERTY + " van de taak 'Besluiten over verlenging' ("
                + Huisverbod.Element.BESLUITEN + ") is '" + waarde + "'; verwacht een duur na het opleggen zoals P7D, "
                + "korter dan de " + Huisverbod.DAGEN + " dagen van het huisverbod.";
    }
}
