package nl.casusregie.casus;

import java.time.LocalDateTime;

public record Casus(long id, String nummer, String huis, long huishoudenId, CasusStatus status, String aanpak,
                    Integer fase, String casusregisseur, LocalDateTime aangemaaktOp, LocalDateTime afgeslotenOp) {
}
