package nl.casusregie.huishouden;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HuishoudenRepository {

    private final JdbcClient jdbc;

    public HuishoudenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String huis) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into huishouden (huis, aangemaakt_op) values (:huis, :op)")
                .param("huis", huis)
                .param("op", LocalDateTime.now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The household a person already belongs to in this house, on a match a professional would
     * trust: the same name and the same date of birth, both known. A name alone is not enough.
     */
    public Optional<Long> findByMember(String huis, Huishoudlid lid) {
        if (lid.geboortedatum() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select h.id from huishoudlid l join huishouden h on h.id = l.huishouden_id
                where h.huis = :huis and l.naam_sleutel = :sleutel and l.geboortedatum = :geboortedatum
                order by h.id""")
                .param("huis", huis)
                .param("sleutel", Huishoudlid.naamSleutel(lid.naam()))
                .param("geboortedatum", lid.geboortedatum())
                .query(Long.class).list().stream().findFirst();
    }

    /**
     * Households in this house that may be this person's: a member of the same name whose birth
     * date is unknown on either side. Not joined; put to the procesregisseur at triage.
     */
    public List<Long> findPossibleMatches(String huis, Huishoudlid lid) {
        String unknownBirthDate = lid.geboortedatum() == null ? "" : " and l.geboortedatum is null";
        return jdbc.sql("""
                select distinct h.id from huishoudlid l join huishouden h on h.id = l.huishouden_id
                where h.huis = :huis and l.naam_sleutel = :sleutel""" + unknownBirthDate + " order by h.id")
                .param("huis", huis)
                .param("sleutel", Huishoudlid.naamSleutel(lid.naam()))
                .query(Long.class).list();
    }

    /** The members' ids, in the order {@link #members} lists them. */
    public List<Long> memberIds(long huishoudenId) {
        return jdbc.sql("select id from huishoudlid where huishouden_id = :id order by id")
                .param("id", huishoudenId).query(Long.class).list();
    }

    public List<Huishoudlid> members(long huishoudenId) {
        return jdbc.sql("""
                select naam, geboortedatum, leeftijd, rol, taal, tolk_nodig from huishoudlid
                where huishouden_id = :id order by id""")
                .param("id", huishoudenId)
                .query((rs, i) -> new Huishoudlid(rs.getString("naam"),
                        rs.getObject("geboortedatum", java.time.LocalDate.class),
                        (Integer) rs.getObject("leeftijd", Integer.class), Rol.valueOf(rs.getString("rol")),
                        rs.getString("taal"), rs.getBoolean("tolk_nodig")))
                .list();
    }

    /** Adds the member unless the household already has a member of that name. */
    public void addMemberIfNew(long huishoudenId, Huishoudlid lid) {
        String sleutel = Huishoudlid.naamSleutel(lid.naam());
        long known = jdbc.sql("select count(*) from huishoudlid where huishouden_id = :id and naam_sleutel = :sleutel")
                .param("id", huishoudenId).param("sleutel", sleutel)
                .query(Long.class).single();
        if (known > 0) {
            return;
        }
        jdbc.sql("""
                insert into huishoudlid (huishouden_id, naam, naam_sleutel, geboortedatum, leeftijd, rol, taal, tolk_nodig)
                values (:huishouden, :naam, :sleutel, :geboortedatum, :leeftijd, :rol, :taal, :tolk)""")
                .param("huishouden", huishoudenId)
                .param("naam", lid.naam().trim())
                .param("sleutel", sleutel)
                .param("geboortedatum", lid.geboortedatum())
                .param("leeftijd", lid.leeftijd())
                .param("rol", lid.rol().name())
                .param("taal", lid.taal())
                .param("tolk", lid.tolkNodig())
                .update();
    }
}
