package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * What the round's forms show from its stored steps: the members to prepare with, the date
 * to propose for the meeting, the composition to confirm with its warnings, and for each segment the clients' wishes, the
 * partners' contributions and the warnings about key partners.
 */
@Component
class OverlegFormValues implements StoredFormValues {

    private final OverlegRepository overleggen;
    private final CasusRepository casussen;
    private final HuishoudenRepository huishoudens;
    private final OverlegOpzet opzet;

    OverlegFormValues(OverlegRepository overleggen, CasusRepository casussen, HuishoudenRepository huishoudens,
                      OverlegOpzet opzet) {
        this.overleggen = overleggen;
        this.casussen = casussen;
        this.huishoudens = huishoudens;
        this.opzet = opzet;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        overleggen.ofInstance(processInstanceId).ifPresent(ronde -> {
            switch (taskDefinitionKey) {
                case Element.VOORBEREIDEN -> leden(ronde, values);
                case Element.PLANNEN -> datumvoorstel(ronde, values);
                case Element.OPZET_BEVESTIGEN -> opzet(ronde, values);
                case Element.VASTLEGGEN -> segment(processInstanceId, ronde, values);
                default -> { }
            }
        });
        return values;
    }

    /** One row per member, named, in the household's order. */
    private void leden(OverlegRepository.Ronde ronde, Map<String, Object> values) {
        List<String> namen = huishoudens.members(casussen.get(ronde.casusId()).huishoudenId()).stream()
                .map(lid -> lid.naam()).toList();
        IntStream.range(0, Math.min(namen.size(), MAX_LEDEN))
                .forEach(i -> values.put(LID_RIJEN.names().get(i), Map.of("naam", namen.get(i))));
    }

    /** The date to propose: an earlier meeting after a broken minimum condition, or the one the last round agreed. */
    private void datumvoorstel(OverlegRepository.Ronde ronde, Map<String, Object> values) {
        overleggen.datumvoorstel(ronde.casusId(), LocalDate.now()).ifPresent(voorstel -> {
            values.put(DATUM.name(), voorstel.datum().toString());
            values.put(DATUM_HERKOMST.name(), voorstel.herkomst());
        });
    }

    private void opzet(OverlegRepository.Ronde ronde, Map<String, Object> values) {
        OverlegPlan plan = overleggen.plan(ronde.id()).orElse(null);
        Voorbereiding voorbereiding = overleggen.voorbereiding(ronde.id()).orElse(null);
        if (plan == null || voorbereiding == null) {
            return;
        }
        OverlegOpzet.Advies advies = opzet.advies(ronde.casusId(), plan, voorbereiding);
        values.put(OPZET_ADVIES.name(), IntStream.range(0, advies.segmenten().size())
                .mapToObj(i -> (i + 1) + ". " + advies.segmenten().get(i).label()).collect(Collectors.joining("\n")));
        values.put(UITGENODIGDE_PARTNERS.name(), overleggen.uitgenodigd(ronde.id()));
        List<String> waarschuwingen = new java.util.ArrayList<>(advies.waarschuwingen());
        waarschuwingen.addAll(opzet.sleutelwaarschuwingen(ronde.casusId(), ronde.id(), false));
        values.put(WAARSCHUWINGEN.name(), tekst(waarschuwingen));
    }

    /**
     * The segment being recorded. What the OM brought in is shown only while recording the OM
     * segment: clients or other partners may be at the table during the other parts.
     */
    private void segment(String processInstanceId, OverlegRepository.Ronde ronde, Map<String, Object> values) {
        Optional<OverlegRepository.Segmentrij> open = overleggen.openSegment(processInstanceId);
        open.ifPresent(s -> values.put(SEGMENT_NAAM.name(), s.soort().label()));
        boolean omDeel = open.map(s -> s.soort() == Segment.OM).orElse(false);
        overleggen.wensenClienten(processInstanceId).ifPresent(w -> values.put(WENSEN_CLIENTEN.name(), w));
        values.put(BIJDRAGEN.name(), overleggen.bijdragen(ronde.id()).stream()
                .map(b -> omDeel || !PartnerGroup.OM.id().equals(b.partner()) ? bijdrage(b)
                        : PartnerGroup.OM.naam() + ": besproken in het OM-deel.")
                .collect(Collectors.joining("\n\n")));
        values.put(WAARSCHUWINGEN.name(), tekst(opzet.sleutelwaarschuwingen(ronde.casusId(), ronde.id(), true)));
    }

    private static String bijdrage(OverlegRepository.Bijdrageregel b) {
        String partner = PartnerGroup.fromId(b.partner()).map(PartnerGroup::naam).orElse(b.partner());
        if (b.geleverdOp() == null) {
            return partner + ": nog niets aangeleverd.";
        }
        String grondslag = Woorden.woord(Grondslag.class, b.grondslag());
        return b.weigering() != null && Grondslag.GEWEIGERD.name().equals(b.grondslag())
                ? partner + " (" + grondslag + "): " + b.weigering()
                : partner + " (" + grondslag + "): " + b.informatie();
    }

    private static String tekst(List<String> regels) {
        return regels.isEmpty() ? "" : regels.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
    }
}
