package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Counts the people that the subject of a casualty verb names when it gives them one by one: "the local police chief
 * was killed" or "a policeman was shot dead" is one dead, "a policeman and the attacker were killed" two, "a soldier
 * and three civilians died" four. A part without a count ("civilians", "several people") leaves the whole unknown.
 */
final class VictimSubjects {

    private static final Set<String> SINGLE_PRONOUNS = Set.of("he", "she");
    private static final Set<String> NONE = Set.of("nobody", "none", "no-one", "one");
    /** Nouns that name an amount, not a person ("an unknown number of people were injured"). */
    private static final Set<String> AMOUNTS = Set.of("number", "dozen", "score", "hundred", "thousand", "toll",
            "majority", "rest", "handful", "total", "group", "crowd");

    /** What one casualty verb of a sentence counts. */
    record Count(Token verb, boolean killed, int people) {
    }

    private VictimSubjects() {
    }

    /** The counts of the casualty verbs of a sentence whose subjects name their people one by one. */
    static List<Count> in(Sentence sentence, Set<String> killWords, Set<String> woundWords) {
        List<Count> counts = new ArrayList<>();
        for (Token verb : sentence.tokens()) {
            String lemma = verb.lemma().toLowerCase(Locale.ROOT);
            boolean killed = killWords.contains(lemma) || shotDead(sentence, verb);
            if (!verb.isVerb() || !killed && !woundWords.contains(lemma)) {
                continue;
            }
            boolean dies = lemma.equals("die");
            Optional<Token> subject = sentence.children(verb.index()).stream()
                    .filter(c -> c.relation().equals("nsubj:pass") || dies && c.relation().equals("nsubj"))
                    .findFirst();
            if (subject.isEmpty()) {
                continue;
            }
            Integer people = people(sentence, subject.get());
            if (people != null && people > 0) {
                counts.add(new Count(verb, killed, people));
            }
        }
        return counts;
    }

    /** Whether a verb is followed by "dead" that the parser hung on it ("a policeman was shot dead"). */
    private static boolean shotDead(Sentence sentence, Token verb) {
        return sentence.children(verb.index()).stream().anyMatch(c -> c.word().equalsIgnoreCase("dead")
                && c.index() == verb.index() + 1);
    }

    /** The people a subject and its conjuncts count, or null when a part gives no count. */
    private static Integer people(Sentence sentence, Token subject) {
        int total = 0;
        List<Token> parts = new ArrayList<>(List.of(subject));
        sentence.children(subject.index()).stream().filter(c -> c.relation().startsWith("conj")).forEach(parts::add);
        for (Token part : parts) {
            Integer count = count(sentence, part);
            if (count == null) {
                return null;
            }
            total += count;
        }
        return total;
    }

    private static Integer count(Sentence sentence, Token part) {
        String word = part.word().toLowerCase(Locale.ROOT);
        if (NONE.contains(word) || AMOUNTS.contains(part.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Token child : sentence.children(part.index())) {
            if (child.relation().equals("nummod")) {
                return TollNumbers.excluded(sentence, child, part) ? null : NumberWords.number(child);
            }
            if (child.relation().equals("det") && child.word().equalsIgnoreCase("no")) {
                return null;
            }
        }
        if (part.pos().equals("PRP")) {
            return SINGLE_PRONOUNS.contains(word) ? 1 : null;
        }
        if (part.pos().equals("NN") || part.pos().equals("NNP") && part.ner().equals("PERSON")) {
            return 1;
        }
        return null;
    }
}
