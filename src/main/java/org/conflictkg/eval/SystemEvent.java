package org.conflictkg.eval;

import java.util.Set;

/**
 * What the program found of one event, in the terms gold events are written in: labels, lower-cased.
 *
 * @param type the event type's local name
 * @param triggers the words of its mentions
 * @param date its date value, or null
 * @param places the labels of its places
 * @param placesBelowCountry the labels of its places other than countries
 * @param countries the labels of the countries of its places (or of its authorities when it has no place)
 * @param perpetrators the labels of its perpetrators (and non-state speakers of statements)
 * @param killed people killed, or null
 * @param wounded people wounded, or null
 * @param modality its modality, lower-case
 * @param claimants who claimed it (a claim's own claimants)
 * @param shown how a difference names it
 * @param main whether it is the document's main incident
 */
record SystemEvent(String type, Set<String> triggers, String date, Set<String> places,
        Set<String> placesBelowCountry, Set<String> countries, Set<String> perpetrators, Integer killed,
        Integer wounded, String modality, Set<String> claimants, String shown, boolean main) {

    /**
     * Whether its places agree with a gold place: one of them is that place, or, for a gold event the text places in
     * no town, district or province (null), none of them lies below the country, which the country slot scores
     * (docs/coding-manual.md, section 5).
     */
    boolean placeAgrees(String goldPlace) {
        return goldPlace == null ? placesBelowCountry.isEmpty() : places.contains(Evaluator.norm(goldPlace));
    }
}
