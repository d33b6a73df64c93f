package nl.casusregie.agenda;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * A table's agenda in one house: every session from the one running now up to some weeks ahead,
 * empty ones included (so free places show), and any later session that already has cases.
 */
@Component
class AgendaLezer {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private final AgendaRepository agenda;
    private final AgendaInstellingen instellingen;
    private final EngineKlok klok;
    private final AuditLog auditLog;

    AgendaLezer(AgendaRepository agenda, AgendaInstellingen instellingen, EngineKlok klok, AuditLog auditLog) {
        this.agenda = agenda;
        this.instellingen = instellingen;
        this.klok = klok;
        this.auditLog = auditLog;
    }

    AgendaOverzicht lees(Tafel tafel, String huis, Leesrecht recht, int weken) {
        Rooster rooster = instellingen.rooster(tafel);
        LocalDateTime nu = klok.nu();
        List<AgendaRepository.Sessie> opgeslagen = agenda.sessiesNietAfgelopen(tafel, huis, nu);
        Map<LocalDateTime, AgendaRepository.Sessie> perBegin = new TreeMap<>();
        opgeslagen.forEach(s -> perBegin.put(s.begintOp(), s));
        Map<Long, List<Agendapunt>> punten = agenda.puntenVan(opgeslagen.stream().map(AgendaRepository.Sessie::id).toList())
                .stream().collect(Collectors.groupingBy(p -> sessieVan(p, perBegin)));
        // The sessions of the schedule up to the horizon, whether or not a case is on them yet.
        LocalDateTime horizon = nu.plusWeeks(weken);
        TreeMap<LocalDateTime, AgendaRepository.Sessie> getoond = new TreeMap<>(perBegin);
        rooster.beginMomentenVanaf(nu.toLocalDate().minusDays(1))
                .takeWhile(begin -> begin.isBefore(horizon))
                .filter(begin -> rooster.eindeVan(begin).isAfter(nu))
                .forEach(begin -> getoond.putIfAbsent(begin, null));
        List<AgendaOverzicht.Sessie> sessies = new ArrayList<>();
        getoond.forEach((begin, sessie) -> sessies.add(new AgendaOverzicht.Sessie(begin,
                sessie != null ? sessie.eindigtOp() : rooster.eindeVan(begin),
                dag(begin) + Woorden.datumTijd(begin),
                sessie != null ? sessie.bezet() : 0,
                rooster.maxCasussen(),
                nu.isAfter(rooster.sluitOp(begin)),
                sessie == null ? List.of() : punten.getOrDefault(sessie.id(), List.of()).stream()
                        .map(p -> punt(tafel, huis, p, recht)).toList())));
        auditLog.record(huis, "AGENDA_GELEZEN", null, tafel.code() + ", " + recht.name());
        return new AgendaOverzicht(tafel.code(), tafel.label(), rooster.maxCasussen(), rooster.agendaSluitVoor().toString(),
                recht != Leesrecht.VOLLEDIG, sessies);
    }

    private AgendaOverzicht.Punt punt(Tafel tafel, String huis, Agendapunt punt, Leesrecht recht) {
        List<AgendaOverzicht.Terugkeer> redenen = punt.isTerugkeer()
                ? agenda.geschiedenis(tafel, huis, punt.referentie()).stream()
                        .filter(p -> p.isTerugkeer() && p.terugkeer() <= punt.terugkeer())
                        .map(p -> new AgendaOverzicht.Terugkeer(p.terugkeer(), p.reden().name(), p.reden().label(),
                                recht == Leesrecht.VOLLEDIG ? p.toelichting() : null, p.sessieBegin()))
                        .toList()
                : List.of();
        return new AgendaOverzicht.Punt(punt.referentie(), punt.status().name(), punt.isTerugkeer(), punt.terugkeer(), redenen);
    }

    private static long sessieVan(Agendapunt punt, Map<LocalDateTime, AgendaRepository.Sessie> perBegin) {
        return perBegin.get(punt.sessieBegin()).id();
    }

    /** "dinsdag " before "3 maart 2026, 13:30". */
    private static String dag(LocalDateTime begin) {
        return begin.getDayOfWeek().getDisplayName(TextStyle.FULL, NEDERLANDS) + " ";
    }
}
