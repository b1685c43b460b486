package org.conflictkg.extract;

import java.util.Locale;
import java.util.Optional;

/** The kinds of event extracted, each the local name of a concept of the {@code evt:} scheme. */
public enum EventType {
    ATTACK("attack"),
    BOMBING("bombing"),
    ARMED_ASSAULT("armed-assault"),
    HOSTAGE_TAKING("hostage-taking"),
    ASSASSINATION("assassination"),
    ARSON("arson"),
    HIJACKING("hijacking"),
    UNARMED_ASSAULT("unarmed-assault"),
    PLOT("plot"),
    ARREST("arrest"),
    DEPORTATION("deportation"),
    TRIAL("trial"),
    CLAIM_OF_RESPONSIBILITY("claim-of-responsibility"),
    WARNING("warning"),
    ACCUSATION("accusation"),
    DENIAL("denial"),
    ASSESSMENT("assessment"),
    MILITARY_OPERATION("military-operation");

    private final String localName;

    EventType(String localName) {
        this.localName = localName;
    }

    /** The concept's local name in the {@code evt:} namespace. */
    public String localName() {
        return localName;
    }

    /** A label for people: "armed assault". */
    public String label() {
        return localName.replace('-', ' ');
    }

    /** Whether it is an attack of some kind (GTD's sense): the attack concept or one below it. */
    public boolean isAttack() {
        return switch (this) {
            case ATTACK, BOMBING, ARMED_ASSAULT, HOSTAGE_TAKING, ASSASSINATION, ARSON, HIJACKING, UNARMED_ASSAULT ->
                    true;
            default -> false;
        };
    }

    /** Whether it is a statement about another event: a claim, an accusation, a denial or a warning. */
    public boolean isStatement() {
        return this == CLAIM_OF_RESPONSIBILITY || this == ACCUSATION || this == DENIAL || this == WARNING
                || this == ASSESSMENT;
    }

    /** The type with this local name. */
    public static Optional<EventType> ofLocalName(String name) {
        for (EventType type : values()) {
            if (type.localName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
