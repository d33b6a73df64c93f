package nl.casusregie.instroom;

import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.instroom.MeldingRepository.Melding;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A report changes only through its own instance: its entry binds it to the instance it starts (once,
 * in its house), every step gets the report here by instance and house, and after each step the
 * routing facts come from the stored report (a client cannot change the route by submitting a
 * variable) and what people wrote leaves the instance.
 */
@Component
class MeldingBinding {

    private final MeldingRepository meldingen;
    private final RoutingFacts routingFacts;

    MeldingBinding(MeldingRepository meldingen, RoutingFacts routingFacts) {
        this.meldingen = meldingen;
        this.routingFacts = routingFacts;
    }

    void bind(DelegateExecution execution) {
        Long id = ActieOverleg.MELDING_ID.from(execution);
        if (id == null || !meldingen.bind(id, execution.getTenantId(), execution.getProcessInstanceId())) {
            throw nietVanDitProces();
        }
    }

    Melding melding(DelegateExecution execution) {
        return meldingen.ofInstance(execution.getProcessInstanceId(), execution.getTenantId())
                .orElseThrow(MeldingBinding::nietVanDitProces);
    }

    /** After a step: the routing facts from the stored report, nothing people wrote left. */
    void naStap(DelegateExecution execution) {
        Melding melding = melding(execution);
        Meldingsfeiten feiten = melding.feiten();
        ActieOverleg.MELDING_ID.set(execution, melding.id());
        ActieOverleg.HUIS.set(execution, melding.huis());
        ActieOverleg.MELDER_GROEP.set(execution, melding.melderGroep());
        ActieOverleg.SOORT_MELDING.set(execution, feiten.soortMelding().name());
        ActieOverleg.ACUTE_ONVEILIGHEID.set(execution, feiten.acuteOnveiligheid());
        ActieOverleg.LETSEL_KIND.set(execution, feiten.letselKind());
        ActieOverleg.STALKING.set(execution, feiten.stalking());
        ActieOverleg.VERDACHTE_GEHOORD.set(execution, feiten.verdachteGehoordOfAangehouden());
        ActieOverleg.MENSENHANDEL.set(execution, feiten.mensenhandel());
        ActieOverleg.REGIO.set(execution, feiten.regio() == null ? null : feiten.regio().name());
        ActieOverleg.DREIGEND_GEVAAR.set(execution, feiten.dreigendGevaar());
        if (melding.adviesRoute() != null) {
            ActieOverleg.ADVIES_ROUTE.set(execution, melding.adviesRoute());
            ActieOverleg.ADVIES_REDEN.set(execution, melding.adviesReden());
        }
        ActieOverleg.ROUTE.set(execution, melding.route());
        ActieOverleg.TAFEL.set(execution, melding.vervolgTafel() != null ? melding.vervolgTafel()
                : MeldingService.tafel(melding).map(Enum::name).orElse(null));
        routingFacts.removeInput(execution);
    }

    private static OngeldigeInvoerException nietVanDitProces() {
        return new OngeldigeInvoerException("melding", "Deze melding hoort niet bij dit proces of dit Zorg- en Veiligheidshuis.");
    }
}
