package nl.casusregie.zsm;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The personal letters of ZSM decisions, kept as the PDF that was made (V15). */
@Repository
class ZsmBriefRepository {

    /** A letter as the records list it: to whom, in which language, when. */
    record Vermelding(long id, String aan, String taal, LocalDateTime gemaaktOp) {
    }

    record Opgeslagen(long id, String aan, byte[] pdf, LocalDateTime gemaaktOp) {
    }

    private final JdbcClient jdbc;

    ZsmBriefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long bewaar(long zaakId, long besprekingId, String aan, String taal, byte[] pdf, String door, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into zsm_brief (zaak_id, bespreking_id, aan, taal, pdf, gemaakt_door, gemaakt_op)
                values (:zaak, :bespreking, :aan, :taal, :pdf, :door, :op)""")
                .param("zaak", zaakId).param("bespreking", besprekingId).param("aan", aan).param("taal", taal)
                .param("pdf", pdf).param("door", door).param("op", op)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Vermelding> vanZaak(long zaakId) {
        return jdbc.sql("select id, aan, taal, gemaakt_op from zsm_brief where zaak_id = :z order by id").param("z", zaakId)
                .query((rs, n) -> new Vermelding(rs.getLong("id"), rs.getString("aan"), rs.getString("taal"),
                        rs.getObject("gemaakt_op", LocalDateTime.class))).list();
    }

    /** A letter of this case only. */
    Optional<Opgeslagen> brief(long zaakId, long id) {
        return jdbc.sql("select id, aan, pdf, gemaakt_op from zsm_brief where id = :id and zaak_id = :z")
                .param("id", id).param("z", zaakId)
                .query((rs, n) -> new Opgeslagen(rs.getLong("id"), rs.getString("aan"), rs.getBytes("pdf"),
                        rs.getObject("gemaakt_op", LocalDateTime.class))).optional();
    }
}
