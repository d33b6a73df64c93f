package nl.casusregie.afspraken;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.overleg.Segment;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The agreements a user's partner groups own, in the user's house: what a partner named in an
 * agreement has to do, open ones first by deadline. Being named makes the partner one of the
 * case's participants, who may read its file; each read is audited per case.
 * <p>
 * An agreement made in an OM segment is listed for the partner that owns it, marked as such,
 * although that partner does not read the OM segment itself in the case file
 * ({@link nl.casusregie.overleg.OmDeel}): the owner has to carry it out, and its follow-up task
 * already shows it what and why. Hiding it here would hide work the partner owes without keeping
 * anything from it. Only the owner's own agreements are listed, so no other group reads it here,
 * and the letter to the clients leaves it out (ClientbriefRepository).
 */
@Service
public class AfsprakenService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    public AfsprakenService(JdbcClient jdbc, CurrentUser currentUser, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    public List<AfspraakVanPartner> vanMijnOrganisatie() {
        List<String> partners = currentUser.groups().stream().filter(PartnerGroup::isPartnerGroup).toList();
        if (partners.isEmpty()) {
            return List.of();
        }
        String huis = currentUser.huis();
        Map<Long, String> gelezen = new LinkedHashMap<>();
        List<AfspraakVanPartner> afspraken = jdbc.sql("""
                select c.id as casus_id, c.nummer, o.ronde, a.partner, a.wat, a.deadline, a.waarom, a.bodemeis,
                       s.soort as segment, a.status, o.vastgelegd_op
                from afspraak a join casus c on c.id = a.casus_id join overleg o on o.id = a.overleg_id
                left join overleg_segment s on s.id = a.segment_id
                where c.huis = :huis and a.partner in (:partners)
                order by case when a.status = 'OPEN' then 0 else 1 end, a.deadline, c.nummer, a.id""")
                .param("huis", huis).param("partners", partners)
                .query((rs, i) -> {
                    gelezen.put(rs.getLong("casus_id"), rs.getString("partner"));
                    return new AfspraakVanPartner(rs.getString("nummer"), rs.getInt("ronde"), rs.getString("partner"),
                            rs.getString("wat"), rs.getObject("deadline", LocalDate.class), rs.getString("waarom"),
                            rs.getBoolean("bodemeis"), Segment.OM.name().equals(rs.getString("segment")), rs.getString("status"), rs.getObject("vastgelegd_op", LocalDateTime.class));
                }).list();
        gelezen.forEach((casusId, partner) -> auditLog.record(huis, "AFSPRAKEN_GELEZEN", casusId, partner));
        return afspraken;
    }
}
