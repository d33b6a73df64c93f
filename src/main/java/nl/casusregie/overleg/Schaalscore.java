package nl.casusregie.overleg;

/** One participant's answer to the phase's scaling question (1-10), with the grounds. */
public record Schaalscore(String deelnemer, Integer score, String toelichting) {
}
