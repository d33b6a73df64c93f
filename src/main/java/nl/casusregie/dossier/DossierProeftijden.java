package nl.casusregie.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;
import nl.casusregie.dossier.Dossier.Controle;
import nl.casusregie.dossier.Dossier.Overtreding;
import nl.casusregie.dossier.Dossier.Proeftijd;
import nl.casusregie.dossier.Dossier.Voorwaarde;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a case's probations for its file, newest first. Conditions, checks, breaches and reactions are
 * queried only for a reader who may read the probation's details ({@code leestDetails}, given the
 * supervising group); for anyone else only its number, status, period and supervisor are read.
 */
@Repository
class DossierProeftijden {

    private final JdbcClient jdbc;

    DossierProeftijden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Proeftijd> proeftijden(long casusId, Predicate<String> leestDetails) {
        List<Long> ids = jdbc.sql("select id from proeftijd where casus_id = :casus order by id desc").param("casus", casusId)
                .query(Long.class).list();
        return ids.stream().map(id -> proeftijd(id, leestDetails)).toList();
    }

    private Proeftijd proeftijd(long id, Predicate<String> leestDetails) {
        Proeftijd kort = jdbc.sql("""
                select nummer, status, ingangsdatum, einddatum, toezichthouder from proeftijd where id = :id""")
                .param("id", id).query((rs, i) -> new Proeftijd(rs.getString("nummer"), rs.getString("status"),
                        rs.getObject("ingangsdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class),
                        rs.getString("toezichthouder"), true, null, null, null, null, null, List.of(), List.of(), null, null,
                        null, null)).single();
        if (!leestDetails.test(kort.toezichthouder())) {
            return kort;
        }
        return jdbc.sql("select * from proeftijd where id = :id").param("id", id)
                .query((rs, i) -> new Proeftijd(kort.nummer(), kort.status(), kort.ingangsdatum(), kort.einddatum(),
                        kort.toezichthouder(), false, rs.getString("soort"), rs.getInt("duur_maanden"), rs.getString("risico"),
                        rs.getString("opgelegd_door"), rs.getObject("opgelegd_op", LocalDateTime.class), null, null,
                        rs.getString("evaluatie_uitkomst"), rs.getString("evaluatie"), rs.getString("geevalueerd_door"),
                        rs.getObject("geevalueerd_op", LocalDateTime.class))).single()
                .metDetails(voorwaarden(id), overtredingen(id));
    }

    private List<Voorwaarde> voorwaarden(long proeftijdId) {
        return jdbc.sql("select * from voorwaarde where proeftijd_id = :p order by id").param("p", proeftijdId)
                .query((rs, i) -> new Voorwaarde(rs.getLong("id"), rs.getString("soort"), rs.getString("omschrijving"),
                        rs.getObject("geldt_vanaf", LocalDateTime.class), rs.getObject("vervallen_op", LocalDateTime.class),
                        controles(rs.getLong("id")))).list();
    }

    private List<Controle> controles(long voorwaardeId) {
        return jdbc.sql("select * from controle where voorwaarde_id = :v order by id desc").param("v", voorwaardeId)
                .query((rs, i) -> new Controle(rs.getObject("gepland_op", LocalDateTime.class), rs.getString("uitkomst"),
                        rs.getString("bevindingen"), rs.getString("door"), rs.getObject("op", LocalDateTime.class))).list();
    }

    private List<Overtreding> overtredingen(long proeftijdId) {
        return jdbc.sql("select * from overtreding where proeftijd_id = :p order by id desc").param("p", proeftijdId)
                .query((rs, i) -> new Overtreding(rs.getObject("voorwaarde_id", Long.class), rs.getString("wat"),
                        rs.getString("gemeld_via"), rs.getString("gemeld_door"), rs.getObject("gemeld_op", LocalDateTime.class),
                        rs.getString("reactie"), rs.getString("reactie_reden"), rs.getString("gereageerd_door"),
                        rs.getObject("gereageerd_op", LocalDateTime.class))).list();
    }
}
