package nl.casusregie;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.casusregie.huisverbod.OpgenomenIncidenten;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on its test database (in-memory H2) with the demo users, served on a
 * random port. Every test class uses this one configuration, so the context is built once.
 * New incidents that a restraining order reports are recorded ({@link OpgenomenIncidenten}) until
 * zvh-casus receives the message NieuwIncident.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(OpgenomenIncidenten.class)
public @interface CasusregieTest {
}
