package nl.casusregie.audit;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records every change to business data: who, in which house, what, on which case. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final IdentityService identityService;

    public AuditLog(JdbcClient jdbc, IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    public void record(String huis, String actie, Long casusId, String details) {
        Authentication authentication = identityService.getCurrentAuthentication();
        jdbc.sql("""
                insert into audit_log (tijdstip, gebruiker, huis, actie, casus_id, details)
                values (:tijdstip, :gebruiker, :huis, :actie, :casusId, :details)""")
                .param("tijdstip", LocalDateTime.now())
                .param("gebruiker", authentication != null ? authentication.getUserId() : "systeem")
                .param("huis", huis)
                .param("actie", actie)
                .param("casusId", casusId)
                .param("details", details)
                .update();
    }
}
