package nl.casusregie.casus;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No case with that number in the user's own house (other houses' cases do not exist for them). */
public class CasusNietGevondenException extends ResponseStatusException {

    public CasusNietGevondenException(String nummer) {
        super(HttpStatus.NOT_FOUND, "Casus " + nummer + " niet gevonden");
    }
}
