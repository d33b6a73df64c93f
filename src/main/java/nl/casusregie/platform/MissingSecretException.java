package nl.casusregie.platform;

import java.util.List;
import java.util.stream.Collectors;

/** The start is refused: the active profiles need secrets that are not set. */
public class MissingSecretException extends IllegalStateException {

    private final transient List<RequiredSecret> missing;

    public MissingSecretException(List<RequiredSecret> missing) {
        super(missing.stream().map(secret -> secret.variable() + " (" + secret.purpose() + ")")
                .collect(Collectors.joining(", ", "Required secret missing or blank; set the environment variable ", "")));
        this.missing = List.copyOf(missing);
    }

    public List<RequiredSecret> missing() {
        return missing;
    }
}
