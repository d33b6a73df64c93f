package nl.casusregie.huisverbod;

/** The mayor lifts an order early: why (required). */
public record IntrekkingRequest(String reden) {
}
