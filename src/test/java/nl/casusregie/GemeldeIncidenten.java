package nl.casusregie;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The incidents a case received, as the case's incident table records them. */
@Component
public class GemeldeIncidenten {

    public record Incident(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
    }

    private final JdbcClient jdbc;

    GemeldeIncidenten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incidents recorded for one case, in order. */
    public List<Incident> voor(String casusnummer) {
        return jdbc.sql("""
                select c.nummer, c.huis, i.bron, i.omschrijving, i.sleutel from incident i join casus c on c.id = i.casus_id
                where c.nummer = :nummer order by i.id""")
                .param("nummer", casusnummer)
                .query((rs, n) -> new Incident(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
