package nl.casusregie.overleg;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Meeting rounds, each bound to the focusoverleg instance that holds it. */
@Repository
public class OverlegRepository {

    /** A planned round: its id, its number within the case, and its case. */
    public record Ronde(long id, int nummer, long casusId) {
    }

    private final JdbcClient jdbc;

    public OverlegRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans the case's next round, bound to its focusoverleg instance. */
    public Ronde plan(long casusId, int fase, String processInstanceId) {
        int nummer = jdbc.sql("select count(*) from overleg where casus_id = :casus").param("casus", casusId)
                .query(Integer.class).single() + 1;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into overleg (casus_id, ronde, fase, proces_instantie_id)
                values (:casus, :ronde, :fase, :instantie)""")
                .param("casus", casusId).param("ronde", nummer).param("fase", fase).param("instantie", processInstanceId)
                .update(key, "id");
        return new Ronde(key.getKey().longValue(), nummer, casusId);
    }

    /** The round held by this focusoverleg instance, if it belongs to that case. */
    public Optional<Ronde> ofInstance(String processInstanceId, long casusId) {
        return jdbc.sql("select id, ronde, casus_id from overleg where proces_instantie_id = :instantie and casus_id = :casus")
                .param("instantie", processInstanceId).param("casus", casusId)
                .query((rs, i) -> new Ronde(rs.getLong("id"), rs.getInt("ronde"), rs.getLong("casus_id"))).optional();
    }

    /** The preparation of the round held by this focusoverleg instance. */
    public Optional<Voorbereiding> voorbereiding(String processInstanceId) {
        return jdbc.sql("""
                select voorbereiding, deelname_clienten, vertrouwenspersoon from overleg
                where proces_instantie_id = :instantie""")
                .param("instantie", processInstanceId)
                .query((rs, i) -> new Voorbereiding(rs.getString("voorbereiding"), rs.getString("deelname_clienten"),
                        rs.getString("vertrouwenspersoon"))).optional();
    }

    public void updateVoorbereiding(Ronde ronde, Voorbereiding voorbereiding) {
        jdbc.sql("""
                update overleg set voorbereiding = :voorbereiding, deelname_clienten = :deelname,
                    vertrouwenspersoon = :vertrouwenspersoon
                where id = :id""")
                .param("voorbereiding", voorbereiding.wensenClienten())
                .param("deelname", voorbereiding.deelnameClienten())
                .param("vertrouwenspersoon", voorbereiding.vertrouwenspersoon())
                .param("id", ronde.id())
                .update();
    }

    public void updateVerslag(Ronde ronde, Overlegverslag verslag, String door) {
        Double gemiddelde = verslag.gemiddeldeScore();
        jdbc.sql("""
                update overleg set clienten_aanwezig = :aanwezig, beeldvorming = :beeld, nieuwe_zorgen = :zorgen,
                    gemiddelde_score = :gemiddelde, score_spreiding = :spreiding, vastgelegd_door = :door,
                    vastgelegd_op = :op
                where id = :id""")
                .param("aanwezig", verslag.clientenAanwezig())
                .param("beeld", verslag.beeldvorming())
                .param("zorgen", verslag.nieuweZorgen())
                .param("gemiddelde", gemiddelde == null ? null : BigDecimal.valueOf(gemiddelde))
                .param("spreiding", verslag.spreiding())
                .param("door", door)
                .param("op", LocalDateTime.now())
                .param("id", ronde.id())
                .update();
        for (Schaalscore score : verslag.scores()) {
            jdbc.sql("insert into schaalscore (overleg_id, deelnemer, score, toelichting) values (:o, :d, :s, :t)")
                    .param("o", ronde.id()).param("d", score.deelnemer()).param("s", score.score())
                    .param("t", score.toelichting()).update();
        }
        for (Afspraak afspraak : verslag.afspraken()) {
            jdbc.sql("""
                    insert into afspraak (overleg_id, casus_id, soort, partner, wat, deadline, waarom, status)
                    values (:o, :c, :soort, :p, :wat, :deadline, :waarom, 'OPEN')""")
                    .param("o", ronde.id()).param("c", ronde.casusId()).param("soort", afspraak.soort())
                    .param("p", afspraak.partner())
                    .param("wat", afspraak.wat()).param("deadline", afspraak.deadline())
                    .param("waarom", afspraak.waarom()).update();
        }
    }
}
