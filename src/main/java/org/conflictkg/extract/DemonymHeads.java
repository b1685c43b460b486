package org.conflictkg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * The nouns after which a country's demonym names the country ({@code demonym-heads.tsv}): places it holds ("the
 * Malian town of Boni"), what its forces strike with or do ("Russian airstrikes", "Turkish jets") and the wars fought
 * on its soil ("Somali Civil War", "Syrian civil war").
 */
final class DemonymHeads {

    private static final String RESOURCE = "demonym-heads.tsv";
    private static final Set<String> PLACES = Lexicons.words(RESOURCE, "place");
    private static final Set<String> PROJECTILES = Lexicons.words(RESOURCE, "projectile");
    private static final Set<String> FORCES = union(Lexicons.words(RESOURCE, "force"), PROJECTILES);
    private static final Set<String> THEATRES = Lexicons.words(RESOURCE, "theatre");

    /** How many words after a demonym a run of noun modifiers may reach to its strike or weapon. */
    private static final int RUN = 4;

    private DemonymHeads() {
    }

    /** Whether a demonym before a noun of this lemma names its country. */
    static boolean any(String lemma) {
        String key = lemma.toLowerCase(Locale.ROOT);
        return PLACES.contains(key) || FORCES.contains(key) || THEATRES.contains(key);
    }

    /**
     * The strike or weapon of state forces that ends the run of noun modifiers following a token ("Russian cluster
     * munition strike", "Russian drone and missile strike", "Russian artillery shelling"), however the parser attached
     * the words; null if the run ends in another noun ("a Turkish anti-aircraft missile system").
     */
    static Token forceInRunAfter(Sentence sentence, int index) {
        Token last = null;
        for (int i = index + 1; i < sentence.tokens().size() && i <= index + RUN; i++) {
            Token t = sentence.tokens().get(i);
            if (!runWord(t)) {
                break;
            }
            last = t;
        }
        return last != null && forceWord(last) ? last : null;
    }

    /** Whether a token may stand in a run of noun modifiers: a common noun, adjective, gerund, hyphen or "and". */
    static boolean runWord(Token t) {
        return t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().equals("JJ") || t.pos().equals("VBG")
                || t.pos().equals("HYPH") || t.word().equalsIgnoreCase("and") || forceWord(t);
    }

    /** Whether a token is a strike or weapon of state forces by its lemma or, for a gerund ("shelling"), its word. */
    static boolean forceWord(Token t) {
        return force(t.lemma()) || force(t.word());
    }

    /** Whether a token is a weapon fired from afar by its lemma or word ("shelling", "missile", "drones"). */
    static boolean projectile(Token t) {
        return PROJECTILES.contains(t.lemma().toLowerCase(Locale.ROOT))
                || PROJECTILES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Whether a noun of this lemma is a strike or a weapon of state forces. */
    static boolean force(String lemma) {
        return FORCES.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
