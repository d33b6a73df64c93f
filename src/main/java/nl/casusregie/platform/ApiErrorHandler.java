package nl.casusregie.platform;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input gets a 400 with one Dutch message per field (RFC 9457 problem detail, property "fouten"). */
@RestControllerAdvice
public class ApiErrorHandler {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> fouten = new TreeMap<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> fouten.merge(error.getField(), error.getDefaultMessage(), (a, b) -> a + "; " + b));
        return problem(fouten);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (e.getMostSpecificCause() instanceof StreamReadException syntax) {
            return problem(Map.of("body", "geen geldige JSON (regel " + syntax.getLocation().getLineNr()
                    + ", kolom " + syntax.getLocation().getColumnNr() + ")"));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(Map.of(path(unknown), "onbekend veld"));
        }
        if (cause instanceof InvalidFormatException format) {
            String melding = "ongeldige waarde '" + format.getValue() + "'";
            if (format.getTargetType() != null && format.getTargetType().isEnum()) {
                melding += "; toegestaan: " + Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return problem(Map.of(path(format), melding));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(Map.of(path(mapping), "ongeldige waarde"));
        }
        return problem(Map.of("body", "geen geldige JSON"));
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Dit mag uw rol niet.");
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail invalidInput(OngeldigeInvoerException e) {
        return problem(Map.of(e.veld(), e.getMessage().substring(e.veld().length() + 2)));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail problem(Map<String, String> fouten) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De invoer is ongeldig; er is niets opgeslagen.");
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("fouten", fouten);
        return problem;
    }
}
