package nl.casusregie.dossier;

import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.dossier.Dossier.VanZsm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a case came from the ZSM deepening meeting (zsm_bespreking.zvh_casusnummer, V13): the ZSM
 * case's number, the date and decision, and the officer's explanation, which the officer writes for
 * the procesregisseur. Only those columns are read: the table's contributions, interpretation,
 * worries and the reason the case was put forward stay in the ZSM records (ZsmLeesrecht).
 */
@Repository
class DossierZsm {

    private final JdbcClient jdbc;

    DossierZsm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VanZsm> vanZsm(String huis, String casusnummer) {
        return jdbc.sql("""
                select z.nummer, b.op, b.besluit, b.toelichting, b.door from zsm_bespreking b join zsm_zaak z on z.id = b.zaak_id
                where b.zvh_casusnummer = :casus and z.huis = :huis order by b.id desc""")
                .param("casus", casusnummer).param("huis", huis)
                .query((rs, i) -> new VanZsm(rs.getString("nummer"), rs.getObject("op", LocalDateTime.class),
                        rs.getString("besluit"), rs.getString("toelichting"), rs.getString("door")))
                .list();
    }
}
