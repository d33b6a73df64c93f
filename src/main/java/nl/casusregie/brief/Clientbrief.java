package nl.casusregie.brief;

import java.util.List;

/**
 * A letter to the clients as made and stored: its id, and the languages other than Dutch
 * spoken in the household, into which it still has to be translated (empty when none).
 */
public record Clientbrief(long id, List<String> talen) {
}
