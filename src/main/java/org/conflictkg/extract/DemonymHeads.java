package org.conflictkg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The nouns after which a country's demonym names the country ({@code demonym-heads.tsv}): places it holds ("the
 * Malian town of Boni"), what its forces strike with or do ("Russian airstrikes", "Turkish jets") and the wars fought
 * on its soil ("Somali Civil War", "Syrian civil war").
 */
final class DemonymHeads {

    private static final String RESOURCE = "demonym-heads.tsv";
    private static final Set<String> PLACES = Lexicons.words(RESOURCE, "place");
    private static final Set<String> FORCES = Lexicons.words(RESOURCE, "force");
    private static final Set<String> THEATRES = Lexicons.words(RESOURCE, "theatre");

    private DemonymHeads() {
    }

    /** Whether a demonym before a noun of this lemma names its country. */
    static boolean any(String lemma) {
        String key = lemma.toLowerCase(Locale.ROOT);
        return PLACES.contains(key) || FORCES.contains(key) || THEATRES.contains(key);
    }

    /** Whether a noun of this lemma is a strike or a weapon of state forces. */
    static boolean force(String lemma) {
        return FORCES.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
