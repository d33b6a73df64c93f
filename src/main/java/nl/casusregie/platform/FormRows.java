package nl.casusregie.platform;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The rows of a list in a Camunda Form: groups prefix1..prefixN, each a JSON object.
 * (Tasklist 7.24 cannot submit a form once a dynamic list in it was edited, so the forms
 * offer a fixed number of rows, each shown once the previous one is begun.) Rows hold
 * what people wrote, so they are personal: kept out of the engine's history.
 */
public record FormRows(String prefix, int count) {

    public List<String> names() {
        return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).toList();
    }
}
