package nl.casusregie.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date people could mean: not before 1900 and at most {@link #jarenVooruit()} years after
 * today (0: not in the future). Catches typing errors such as 0197 or 2197 that a date field
 * accepts.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibeleDatum.Validator.class)
public @interface PlausibeleDatum {

    int jarenVooruit() default 0;

    /** Unused: the validator says which end the date is past. */
    String message() default "ligt niet tussen 1900 en vandaag";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibeleDatum, LocalDate> {

        private static final LocalDate EERSTE = LocalDate.of(1900, 1, 1);

        private int jarenVooruit;

        @Override
        public void initialize(PlausibeleDatum annotation) {
            jarenVooruit = annotation.jarenVooruit();
        }

        @Override
        public boolean isValid(LocalDate datum, ConstraintValidatorContext context) {
            String melding = null;
            if (datum != null && datum.isBefore(EERSTE)) {
                melding = "ligt voor 1900";
            } else if (datum != null && datum.isAfter(LocalDate.now().plusYears(jarenVooruit))) {
                melding = jarenVooruit == 0 ? "ligt in de toekomst" : "ligt meer dan " + jarenVooruit + " jaar vooruit";
            }
            if (melding == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(melding).addConstraintViolation();
            return false;
        }
    }
}
