package org.conflictkg.extract;

import java.util.Set;

/** Common nouns for those who use force: a state's forces and its aircraft, and attackers. */
final class ActorNouns {

    private static final Set<String> STATE_FORCES = Set.of("soldier", "troops", "troop", "army", "military",
            "police", "policeman", "policewoman", "officer", "trooper", "commando", "force", "forces", "gendarme",
            "marine", "airstrike", "jet", "warplane", "helicopter", "aircraft");
    private static final Set<String> ATTACKERS = Set.of("gunman", "gunmen", "militant", "attacker",
            "assailant", "terrorist", "bomber", "insurgent", "fighter", "jihadist", "extremist", "shooter", "rebel",
            "bandit", "separatist", "militiaman", "militia", "raider", "herdsman", "herder", "kidnapper", "abductor");

    private ActorNouns() {
    }

    /** Whether a lemma names a state's forces or their aircraft ("troops", "police", "warplane"). */
    static boolean stateForce(String lemma) {
        return STATE_FORCES.contains(lemma);
    }

    /**
     * Whether a lemma names attackers ("gunmen", "militant", "bomber"), also a plural the tagger read as a name and
     * left as its own lemma ("Bandits killed ...").
     */
    static boolean attacker(String lemma) {
        return ATTACKERS.contains(lemma)
                || lemma.endsWith("s") && ATTACKERS.contains(lemma.substring(0, lemma.length() - 1));
    }
}
