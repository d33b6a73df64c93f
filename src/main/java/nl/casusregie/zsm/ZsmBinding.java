package nl.casusregie.zsm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A ZSM case changes only through its own instance: its entry binds it to the instance it starts
 * (once, in its house), every step gets the case here by instance and house, and after each step the
 * routing facts come from the stored case and its agenda (a client cannot move the session timer by
 * submitting a sessieBegin), and what people wrote leaves the instance.
 */
@Component
class ZsmBinding {

    private final ZsmRepository zaken;
    private final ZsmService service;
    private final RoutingFacts routingFacts;

    ZsmBinding(ZsmRepository zaken, ZsmService service, RoutingFacts routingFacts) {
        this.zaken = zaken;
        this.service = service;
        this.routingFacts = routingFacts;
    }

    void bind(DelegateExecution execution) {
        Long id = ZsmVerdieping.ZAAK_ID.from(execution);
        if (id == null || !zaken.bind(id, execution.getTenantId(), execution.getProcessInstanceId())) {
            throw nietVanDitProces();
        }
    }

    ZsmRepository.Zaak zaak(DelegateExecution execution) {
        return zaken.ofInstance(execution.getProcessInstanceId(), execution.getTenantId())
                .orElseThrow(ZsmBinding::nietVanDitProces);
    }

    /** After a step: the routing facts from the stored case and its agenda, nothing people wrote left. */
    void naStap(DelegateExecution execution) {
        ZsmRepository.Zaak zaak = zaak(execution);
        ZsmVerdieping.ZAAK_ID.set(execution, zaak.id());
        ZsmVerdieping.HUIS.set(execution, zaak.huis());
        ZsmVerdieping.PARTNERS.set(execution, new ArrayList<>(ZsmService.partners()));
        ZsmVerdieping.ONTVANGERS.set(execution, new ArrayList<>(ZsmService.ontvangers(zaak)));
        Agendapunt punt = service.agendapunt(zaak).orElse(null);
        ZsmVerdieping.SESSIE_BEGIN.set(execution, punt == null ? null : date(punt.sessieBegin()));
        ZsmVerdieping.SESSIE_EINDE.set(execution, punt == null ? null : date(punt.sessieEinde()));
        ZsmRepository.Bespreking laatste = zaken.laatsteBespreking(zaak.id()).orElse(null);
        ZsmVerdieping.BESLUIT.set(execution, laatste == null ? null : laatste.besluit().name());
        ZsmVerdieping.TERMIJN_DATUM.set(execution, laatste == null ? null : date(laatste.termijnDatum()));
        ZsmVerdieping.ONTVANGER.set(execution, laatste == null ? null : laatste.ontvanger());
        routingFacts.removeInput(execution);
    }

    private static Date date(LocalDateTime moment) {
        return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Date date(LocalDate dag) {
        return dag == null ? null : date(dag.atStartOfDay());
    }

    private static OngeldigeInvoerException nietVanDitProces() {
        return new OngeldigeInvoerException("zsmZaak", "Deze ZSM-zaak hoort niet bij dit proces of dit Zorg- en Veiligheidshuis.");
    }
}
