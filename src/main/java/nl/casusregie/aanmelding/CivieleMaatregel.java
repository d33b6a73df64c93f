package nl.casusregie.aanmelding;

/** Civil measures already running. */
public enum CivieleMaatregel {
    BEWIND, ONDERTOEZICHTSTELLING, UITHUISPLAATSING, VOOGDIJ
}
