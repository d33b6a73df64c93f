package nl.casusregie.overleg;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OverlegRepository {

    private final JdbcClient jdbc;

    public OverlegRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int countForCase(long casusId) {
        return jdbc.sql("select count(*) from overleg where casus_id = :casus").param("casus", casusId)
                .query(Integer.class).single();
    }

    public long insert(Overlegverslag verslag, int ronde, String door) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Double gemiddelde = verslag.gemiddeldeScore();
        jdbc.sql("""
                insert into overleg (casus_id, ronde, fase, voorbereiding, deelname_clienten, vertrouwenspersoon,
                    clienten_aanwezig, beeldvorming, nieuwe_zorgen, gemiddelde_score, score_spreiding, vastgelegd_door,
                    vastgelegd_op)
                values (:casus, :ronde, :fase, :voorbereiding, :deelname, :vertrouwenspersoon, :aanwezig, :beeld, :zorgen,
                    :gemiddelde, :spreiding, :door, :op)""")
                .param("casus", verslag.casusId())
                .param("ronde", ronde)
                .param("fase", verslag.fase())
                .param("voorbereiding", verslag.voorbereiding())
                .param("deelname", verslag.deelnameClienten())
                .param("vertrouwenspersoon", verslag.vertrouwenspersoon())
                .param("aanwezig", verslag.clientenAanwezig())
                .param("beeld", verslag.beeldvorming())
                .param("zorgen", verslag.nieuweZorgen())
                .param("gemiddelde", gemiddelde == null ? null : BigDecimal.valueOf(gemiddelde))
                .param("spreiding", verslag.spreiding())
                .param("door", door)
                .param("op", LocalDateTime.now())
                .update(key, "id");
        long overlegId = key.getKey().longValue();
        for (Schaalscore score : verslag.scores()) {
            jdbc.sql("insert into schaalscore (overleg_id, deelnemer, score, toelichting) values (:o, :d, :s, :t)")
                    .param("o", overlegId).param("d", score.deelnemer()).param("s", score.score())
                    .param("t", score.toelichting()).update();
        }
        for (Afspraak afspraak : verslag.afspraken()) {
            jdbc.sql("""
                    insert into afspraak (overleg_id, casus_id, partner, wat, deadline, waarom, status)
                    values (:o, :c, :p, :wat, :deadline, :waarom, 'OPEN')""")
                    .param("o", overlegId).param("c", verslag.casusId()).param("p", afspraak.partner())
                    .param("wat", afspraak.wat()).param("deadline", afspraak.deadline())
                    .param("waarom", afspraak.waarom()).update();
        }
        return overlegId;
    }
}
