package org.conflictkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Mention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Links the subject pronouns "he" and "she" to the person they stand for, by a rule over the people named or
 * referred to just before them, in the way of centering theory (a subject pronoun continues the subject before it):
 * <ol>
 * <li>The candidates are the people named earlier in the pronoun's sentence, else in the previous sentence of its
 * paragraph; a pronoun this rule linked counts as its person.</li>
 * <li>If the candidates that are the subject of their clause name exactly one person, the pronoun is that person
 * ("Shirwa Ahmed ... He detonated a car bomb").</li>
 * <li>If no candidate is a subject and all name one person in the pronoun's own sentence, it is that person.</li>
 * <li>Otherwise (two people, or only someone named in passing before: "according to Robert Mueller") the pronoun
 * stays unlinked.</li>
 * </ol>
 * Only pronouns that are the subject of their clause count ("he detonated", "she was charged"); an object or
 * possessive pronoun stays unlinked.
 */
public final class PersonReferenceLinker {

    /** How a linked pronoun was found, as its mention's source. */
    public static final String SOURCE = "person-reference";

    private static final Set<String> PRONOUNS = Set.of("he", "she");

    /** A resolution to which the pronouns this rule can decide were added as mentions of their people. */
    public Resolution link(AnnotatedText text, Resolution resolution) {
        Map<Integer, List<Mention>> peopleBySentence = new HashMap<>();
        for (Mention m : resolution.byMention().keySet()) {
            if (resolution.entityOf(m).map(Entity::type).orElse(null) == EntityType.PERSON) {
                peopleBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Entity> byIri = new HashMap<>();
        resolution.entities().forEach(e -> byIri.put(e.iri(), e));
        Map<Mention, String> linked = new HashMap<>(resolution.byMention());
        Map<String, List<Mention>> added = new HashMap<>();
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Sentence previous = s > 0 && sentences.get(s - 1).paragraph() == sentence.paragraph()
                    ? sentences.get(s - 1) : null;
            for (Token pronoun : sentence.tokens()) {
                if (!PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT))
                        || !pronoun.relation().startsWith("nsubj")) {
                    continue;
                }
                List<Mention> before = peopleBySentence.getOrDefault(sentence.index(), List.of()).stream()
                        .filter(m -> m.lastToken() < pronoun.index()).toList();
                Optional<String> person = decide(before, sentence, linked, true);
                if (person.isEmpty() && before.isEmpty() && previous != null) {
                    person = decide(peopleBySentence.getOrDefault(previous.index(), List.of()), previous, linked,
                            false);
                }
                if (person.isEmpty()) {
                    continue;
                }
                Entity entity = byIri.get(person.get());
                Mention mention = new Mention(sentence.index(), pronoun.index(), pronoun.index(), pronoun.begin(),
                        pronoun.end(), text.text().substring(pronoun.begin(), pronoun.end()), EntityType.PERSON,
                        SOURCE, Optional.of(entity.iri()), entity.country(), entity.label());
                linked.put(mention, entity.iri());
                added.computeIfAbsent(entity.iri(), k -> new ArrayList<>()).add(mention);
                peopleBySentence.computeIfAbsent(sentence.index(), k -> new ArrayList<>()).add(mention);
            }
        }
        return resolution.withMentions(added);
    }

    /** The person the candidates of one sentence designate under the rule, if they designate one. */
    private static Optional<String> decide(List<Mention> candidates, Sentence sentence, Map<Mention, String> linked,
            boolean sameSentence) {
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Mention m : candidates) {
            String iri = linked.get(m);
            all.add(iri);
            if (subject(sentence, m)) {
                subjects.add(iri);
            }
        }
        if (subjects.size() == 1) {
            return Optional.of(subjects.iterator().next());
        }
        return subjects.isEmpty() && sameSentence && all.size() == 1 ? Optional.of(all.iterator().next())
                : Optional.empty();
    }

    /** Whether a mention is the subject of its clause, or stands in apposition or conjunction to it. */
    private static boolean subject(Sentence sentence, Mention mention) {
        Token token = sentence.headOf(mention.firstToken(), mention.lastToken());
        for (int steps = 0; token != null && steps < 3; steps++) {
            if (token.relation().startsWith("nsubj")) {
                return true;
            }
            if (!token.relation().equals("appos") && !token.relation().equals("conj")
                    && !token.relation().equals("flat")) {
                return false;
            }
            token = sentence.head(token);
        }
        return false;
    }
}
