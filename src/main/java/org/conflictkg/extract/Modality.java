package org.conflictkg.extract;

/** Whether an event happened, was foiled, planned, threatened or is only alleged; in order of precedence. */
public enum Modality {
    FOILED("Foiled"),
    ATTEMPTED("Attempted"),
    PLANNED("Planned"),
    THREATENED("Threatened"),
    ALLEGED("Alleged"),
    COMPLETED("Completed");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology individual ("Foiled" for ckg:Foiled). */
    public String localName() {
        return localName;
    }
}
