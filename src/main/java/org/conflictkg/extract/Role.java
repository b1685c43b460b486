package org.conflictkg.extract;

/** The roles an entity can have in an event, each an ontology property below sem:hasActor. */
public enum Role {
    PERPETRATOR("perpetrator"),
    TARGET("target"),
    VICTIM("victim"),
    CLAIMANT("claimant"),
    AUTHORITY("authority"),
    SUSPECT("suspect"),
    SPEAKER("speaker");

    private final String localName;

    Role(String localName) {
        this.localName = localName;
    }

    /** The property's local name ("perpetrator" for ckg:perpetrator). */
    public String localName() {
        return localName;
    }
}
