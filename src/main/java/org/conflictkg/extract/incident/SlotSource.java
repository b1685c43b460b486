package org.conflictkg.extract.incident;

/**
 * One value a mention of an incident gave for one of its slots, with the sentence that gave it: the evidence of each
 * slot of an incident made of several mentions, and the figures of sources that disagree, kept side by side.
 *
 * @param slot "date", "place", "perpetrator", "killed" or "wounded"
 * @param value the value: an ISO date, an entity IRI, or a number
 * @param sentence the index of the sentence of the mention that gave it
 */
public record SlotSource(String slot, String value, int sentence) {

    /** Whether the value is an entity IRI. */
    public boolean isEntity() {
        return slot.equals("place") || slot.equals("perpetrator");
    }
}
