package nl.casusregie.casus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.casusregie.huishouden.Rol;
import nl.casusregie.platform.TaskListColumns;
import nl.casusregie.platform.Woorden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list columns of the tasks of a case (its zvh-casus instance, a meeting round it called,
 * an agreement's follow-up, a probation on the case, or a restraining order on its household): case number, a
 * household label a professional recognises, approach and phase. A ZSM case (and a probation of its
 * conditional dismissal), an Actie-Overleg case (and an action of its plan) and a new report being
 * routed (until the Actie-Overleg case it became takes over) show their own number and household;
 * they have no approach or phase.
 * The label names the household by the surnames of its adults ("Fam. de Vries"), nothing
 * more: no first names, birth dates or what happened.
 */
@Component
class CasusKolommen implements TaskListColumns {

    private record Rij(String instantie, String nummer, long huishouden, String aanpak, Integer fase) {
    }

    private record Lid(String naam, String rol) {
    }

    private final JdbcClient jdbc;

    CasusKolommen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Map<String, String>> forInstances(String huis, Collection<String> processInstanceIds) {
        List<Rij> rijen = jdbc.sql("""
                select c.proces_instantie_id as instantie, c.nummer, c.huishouden_id, c.aanpak, c.fase from casus c
                where c.huis = :huis and c.proces_instantie_id in (:instanties)
                union all
                select o.proces_instantie_id, c.nummer, c.huishouden_id, c.aanpak, c.fase
                from overleg o join casus c on c.id = o.casus_id
                where c.huis = :huis and o.proces_instantie_id in (:instanties)
                union all
                select a.proces_instantie_id, c.nummer, c.huishouden_id, c.aanpak, c.fase
                from afspraak a join casus c on c.id = a.casus_id
                where c.huis = :huis and a.proces_instantie_id in (:instanties)
                union all
                select p.proces_instantie_id, c.nummer, c.huishouden_id, c.aanpak, c.fase
                from proeftijd p join casus c on c.id = p.casus_id
                where c.huis = :huis and p.proces_instantie_id in (:instanties)
                union all
                select h.proces_instantie_id, c.nummer, c.huishouden_id, c.aanpak, c.fase
                from huisverbod h join casus c on c.id = h.casus_id
                where c.huis = :huis and h.proces_instantie_id in (:instanties)
                union all
                select z.proces_instantie_id, z.nummer, z.huishouden_id, null, null from zsm_zaak z
                where z.huis = :huis and z.proces_instantie_id in (:instanties)
                union all
                select p.proces_instantie_id, z.nummer, z.huishouden_id, null, null
                from proeftijd p join zsm_zaak z on z.id = p.zsm_zaak_id
                where z.huis = :huis and p.proces_instantie_id in (:instanties)
                union all
                select ao.proces_instantie_id, ao.nummer, ao.huishouden_id, null, null from actie_overleg ao
                where ao.huis = :huis and ao.proces_instantie_id in (:instanties)
                union all
                select m.proces_instantie_id, m.nummer, m.huishouden_id, null, null from melding m
                where m.huis = :huis and m.proces_instantie_id in (:instanties)
                    and not exists (select 1 from actie_overleg ao where ao.proces_instantie_id = m.proces_instantie_id)
                union all
                select a.proces_instantie_id, ao.nummer, ao.huishouden_id, null, null
                from afspraak a join actie_overleg ao on ao.id = a.actie_overleg_id
                where ao.huis = :huis and a.proces_instantie_id in (:instanties)""")
                .param("huis", huis).param("instanties", processInstanceIds)
                .query((rs, i) -> new Rij(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class)))
                .list();
        if (rijen.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Lid>> leden = leden(rijen.stream().map(Rij::huishouden).distinct().toList());
        Map<String, Map<String, String>> kolommen = new HashMap<>();
        for (Rij rij : rijen) {
            Map<String, String> waarden = new LinkedHashMap<>();
            waarden.put(CASUS, rij.nummer());
            waarden.put(HUISHOUDEN, label(leden.getOrDefault(rij.huishouden(), List.of())));
            waarden.put(AANPAK, Woorden.woord(Aanpak.class, rij.aanpak()));
            waarden.put(FASE, rij.fase() == null ? null : String.valueOf(rij.fase()));
            kolommen.put(rij.instantie(), waarden);
        }
        return kolommen;
    }

    private Map<Long, List<Lid>> leden(List<Long> huishoudens) {
        Map<Long, List<Lid>> leden = new HashMap<>();
        jdbc.sql("select huishouden_id, naam, rol from huishoudlid where huishouden_id in (:ids) order by id")
                .param("ids", huishoudens)
                .query(rs -> {
                    leden.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Lid(rs.getString(2), rs.getString(3)));
                });
        return leden;
    }

    /** "Fam. de Vries", or "Fam. de Vries / Bakker" when the adults' surnames differ. */
    static String label(List<Lid> leden) {
        if (leden.isEmpty()) {
            return null;
        }
        List<Lid> volwassenen = leden.stream().filter(l -> !Rol.KIND.name().equals(l.rol())).toList();
        String namen = (volwassenen.isEmpty() ? leden : volwassenen).stream()
                .map(l -> achternaam(l.naam())).distinct().limit(2).collect(Collectors.joining(" / "));
        return "Fam. " + namen;
    }

    /** The name without its first word (the first name), or the one word there is. */
    private static String achternaam(String naam) {
        String[] delen = naam.trim().split("\\s+", 2);
        return delen.length == 2 ? delen[1] : delen[0];
    }
}
