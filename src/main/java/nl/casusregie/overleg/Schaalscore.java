package nl.casusregie.overleg;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One participant's answer to the phase's scaling question (1-10), with the grounds. Sizes are the columns'. */
public record Schaalscore(
        @NotBlank(message = "noem wie de score gaf") @Size(max = 200, message = "is langer dan {max} tekens") String deelnemer,
        @NotNull(message = "een schaalscore ligt tussen 1 en 10") @Min(value = 1, message = "een schaalscore ligt tussen 1 en 10")
        @Max(value = 10, message = "een schaalscore ligt tussen 1 en 10") Integer score,
        @Size(max = 2000, message = "is langer dan {max} tekens") String toelichting) {
}
