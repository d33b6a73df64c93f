package nl.casusregie.zsm;

import nl.casusregie.overleg.Grondslag;

/**
 * What one partner brings in before a session: the basis for sharing (a refused consent stands
 * where its information would be), and information it asked of others with why it is needed.
 */
public record ZsmBijdrage(Grondslag grondslag, String informatie, String weigering, String verzoek, String verzoekReden) {
}
