package nl.casusregie.scenario;

import nl.casusregie.CasusregieTest;

/** The case scenario on the embedded default database (H2). */
@CasusregieTest
class CaseScenarioH2Test extends CaseScenario {
}
