package nl.casusregie.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What Tasklist's lists show with every task, as columns of the filters: its case number,
 * household, approach and phase. A feature contributes the values for the process instances
 * it knows; {@link TaskListColumnsFilter} adds them to the engine's list answers when they are
 * read, from the project's tables: nothing is held in the engine for them, and they always
 * show the case as it stands (not as it was when the task was created).
 */
public interface TaskListColumns {

    /** The column names, as the filters' "variables" property names them. */
    String CASUS = "lijstCasus";
    String HUISHOUDEN = "lijstHuishouden";
    String AANPAK = "lijstAanpak";
    String FASE = "lijstFase";

    /** The filters' "variables" property: name and label of each column. */
    static List<Map<String, String>> filterProperty() {
        return List.of(
                Map.of("name", CASUS, "label", "Casus"),
                Map.of("name", HUISHOUDEN, "label", "Huishouden"),
                Map.of("name", AANPAK, "label", "Aanpak"),
                Map.of("name", FASE, "label", "Fase"));
    }

    /**
     * Column values per process instance id, for those of the given instances that belong to
     * this feature in the given house (tenant); others are left out.
     */
    Map<String, Map<String, String>> forInstances(String huis, Collection<String> processInstanceIds);
}
