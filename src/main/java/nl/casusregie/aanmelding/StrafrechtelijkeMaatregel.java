package nl.casusregie.aanmelding;

/** Criminal measures already running. */
public enum StrafrechtelijkeMaatregel {
    RECLASSERINGSTOEZICHT, CONTACTVERBOD, GEBIEDSVERBOD, DETENTIE, TAAKSTRAF
}
