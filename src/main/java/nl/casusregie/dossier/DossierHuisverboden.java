package nl.casusregie.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.dossier.Dossier.Huisverbod;
import nl.casusregie.dossier.Dossier.HuisverbodHulp;
import nl.casusregie.dossier.Dossier.HuisverbodPersoon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the restraining orders on a case's household for its file, newest first (huisverbod, V10). */
@Repository
class DossierHuisverboden {

    private final JdbcClient jdbc;

    DossierHuisverboden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Huisverbod> huisverboden(long casusId) {
        List<Long> ids = jdbc.sql("select id from huisverbod where casus_id = :casus order by opgelegd_op desc, id desc")
                .param("casus", casusId).query(Long.class).list();
        return ids.stream().map(this::huisverbod).toList();
    }

    private Huisverbod huisverbod(long id) {
        List<HuisverbodPersoon> uithuisgeplaatste = personen(id, "UITHUISGEPLAATSTE");
        List<HuisverbodPersoon> achterblijvers = personen(id, "ACHTERBLIJVER");
        List<HuisverbodHulp> hulp = hulp(id);
        return jdbc.sql("select * from huisverbod where id = :id").param("id", id)
                .query((rs, i) -> new Huisverbod(moment(rs, "opgelegd_op"), rs.getString("opgelegd_door"), rs.getString("partner"),
                        moment(rs, "eindigt_op"), moment(rs, "besluit_uiterlijk"), rs.getString("status"),
                        moment(rs, "beeindigd_op"), rs.getString("verlengingsbesluit"), moment(rs, "verlengd_tot"),
                        rs.getString("besluit_reden"), rs.getString("besluit_door"), moment(rs, "besluit_op"),
                        rs.getString("intrekking_reden"), rs.getString("ingetrokken_door"), moment(rs, "op_agenda_op"),
                        uithuisgeplaatste.isEmpty() ? null : uithuisgeplaatste.get(0), achterblijvers, hulp))
                .single();
    }

    private List<HuisverbodPersoon> personen(long huisverbodId, String rol) {
        return jdbc.sql("select naam, geboortedatum from huisverbod_persoon where huisverbod_id = :id and rol = :rol order by id")
                .param("id", huisverbodId).param("rol", rol)
                .query((rs, i) -> new HuisverbodPersoon(rs.getString("naam"), rs.getObject("geboortedatum", LocalDate.class)))
                .list();
    }

    private List<HuisverbodHulp> hulp(long huisverbodId) {
        return jdbc.sql("select voor, partner, uitkomst, toelichting, door, op from huisverbod_hulp where huisverbod_id = :id order by id")
                .param("id", huisverbodId)
                .query((rs, i) -> new HuisverbodHulp(rs.getString("voor"), rs.getString("partner"), rs.getString("uitkomst"),
                        rs.getString("toelichting"), rs.getString("door"), moment(rs, "op")))
                .list();
    }

    private static LocalDateTime moment(java.sql.ResultSet rs, String kolom) throws java.sql.SQLException {
        return rs.getObject(kolom, LocalDateTime.class);
    }
}
