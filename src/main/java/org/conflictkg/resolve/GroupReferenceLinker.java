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
 * Links generic references to an armed group ("the group", "the organisation", "the terrorist group", "the
 * Somali-based group", and "it" as the subject of a deed: "It has carried out two attacks") to the group they refer
 * to, by a rule over the armed groups named just before them:
 * <ol>
 * <li>The candidates are the armed groups named earlier in the same sentence and in the previous sentence.</li>
 * <li>If the candidates that are salient (the subject of their clause, a modifier of the subject or a conjunct of
 * either: "ISKP gunmen shot", "Fighters of ISWAP are preparing", "the Islamic State's propaganda machinery launched",
 * "contention between Taliban and ISKP is ...") name exactly one group, the reference is that group.</li>
 * <li>If none is salient, and all the candidates name one group of which one is in the same sentence, the reference
 * is that group ("blamed JNIM for the kidnapping, saying the group wanted ...").</li>
 * <li>Otherwise (two groups, or one group only in an oblique place of the previous sentence: "suspected of links to
 * the Islamic State. The group included citizens of ...") the reference stays unlinked.</li>
 * </ol>
 * Only definite singular references count ("a group", "the groups", "the group of fishermen" do not), and never a
 * reference that is part of a name.
 */
public final class GroupReferenceLinker {

    /** How a linked reference was found, as its mention's source. */
    public static final String SOURCE = "group-reference";

    private static final Set<String> HEADS = Set.of("group", "organization", "organisation");
    private static final Set<String> MODIFIERS = Set.of("terrorist", "militant", "jihadist", "extremist", "armed",
            "insurgent", "islamist", "rebel", "salafi-jihadist");
    private static final int LONGEST_REFERENCE = 4;
    /** Verbs whose subject "it" is an event or a state of things, not an actor. */
    private static final Set<String> NOT_DEEDS = Set.of("be", "seem", "appear", "happen", "occur", "take", "remain",
            "come", "become", "mean", "look", "follow", "cause", "leave", "kill", "injure", "wound", "hit", "explode",
            "detonate", "go", "mark", "make", "get", "begin", "start", "end", "last", "rain", "snow");

    /** A resolution to which the references this rule can decide were added as mentions of their groups. */
    public Resolution link(AnnotatedText text, Resolution resolution) {
        Map<Integer, List<Mention>> groupsBySentence = new HashMap<>();
        Map<Integer, Sentence> sentences = new HashMap<>();
        text.sentences().forEach(s -> sentences.put(s.index(), s));
        List<Mention> known = new ArrayList<>(resolution.byMention().keySet());
        for (Mention m : known) {
            if (resolution.entityOf(m).map(Entity::type).orElse(null) == EntityType.ARMED_GROUP) {
                groupsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Mention>> added = new HashMap<>();
        for (Sentence sentence : text.sentences()) {
            for (int[] span : references(sentence)) {
                int first = span[0];
                int last = span[1];
                if (known.stream().anyMatch(m -> m.sentence() == sentence.index() && m.firstToken() <= last
                        && m.lastToken() >= first)) {
                    continue;
                }
                List<Mention> candidates = new ArrayList<>();
                groupsBySentence.getOrDefault(sentence.index(), List.of()).stream()
                        .filter(m -> m.lastToken() < first).forEach(candidates::add);
                int sameSentence = candidates.size();
                candidates.addAll(groupsBySentence.getOrDefault(sentence.index() - 1, List.of()));
                Optional<Entity> group = decide(candidates, sameSentence, sentences, resolution);
                if (group.isPresent()) {
                    Entity entity = group.get();
                    int begin = sentence.tokens().get(first).begin();
                    int end = sentence.tokens().get(last).end();
                    added.computeIfAbsent(entity.iri(), k -> new ArrayList<>()).add(new Mention(sentence.index(),
                            first, last, begin, end, text.text().substring(begin, end), EntityType.ARMED_GROUP,
                            SOURCE, Optional.of(entity.iri()), entity.country(), entity.label()));
                }
            }
        }
        return resolution.withMentions(added);
    }

    /** The group the candidates designate under the rule, if they designate one. */
    private static Optional<Entity> decide(List<Mention> candidates, int sameSentence, Map<Integer, Sentence> sentences,
            Resolution resolution) {
        Set<String> salient = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Mention m : candidates) {
            String iri = resolution.byMention().get(m);
            all.add(iri);
            if (salient(sentences.get(m.sentence()), m)) {
                salient.add(iri);
            }
        }
        String chosen = salient.size() == 1 ? salient.iterator().next()
                : salient.isEmpty() && all.size() == 1 && sameSentence > 0 ? all.iterator().next() : null;
        return chosen == null ? Optional.empty()
                : resolution.entities().stream().filter(e -> e.iri().equals(chosen)).findFirst();
    }

    /** Whether a mention is the subject of its clause or a modifier of the subject. */
    static boolean salient(Sentence sentence, Mention mention) {
        Token token = sentence.headOf(mention.firstToken(), mention.lastToken());
        for (int steps = 0; token != null && steps < sentence.tokens().size(); steps++) {
            String relation = token.relation();
            if (relation.startsWith("nsubj")) {
                return true;
            }
            boolean modifier = relation.startsWith("compound") || relation.startsWith("nmod")
                    || relation.startsWith("amod") || relation.equals("flat") || relation.equals("appos")
                    || relation.equals("conj");
            if (!modifier) {
                return false;
            }
            token = sentence.head(token);
        }
        return false;
    }

    /**
     * The token spans [first, last] of the generic references of a sentence: "the" (modifiers) head, and "it" as the
     * subject of an active verb that tells what someone did ("It has carried out two attacks in Lahore"), not of a
     * verb that says what happened or how things are ("It happened at night", "It seems").
     */
    static List<int[]> references(Sentence sentence) {
        List<int[]> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (agentPronoun(sentence, tokens.get(i))) {
                spans.add(new int[] {i, i});
                continue;
            }
            if (!tokens.get(i).word().equalsIgnoreCase("the")) {
                continue;
            }
            for (int head = i + 1; head < tokens.size() && head <= i + LONGEST_REFERENCE; head++) {
                String word = tokens.get(head).word().toLowerCase(Locale.ROOT);
                if (HEADS.contains(word)) {
                    if (modifiersOnly(tokens, i + 1, head) && !followedByNameOrOf(tokens, head)) {
                        spans.add(new int[] {i + 1, head});
                    }
                    break;
                }
            }
        }
        return spans;
    }

    private static boolean agentPronoun(Sentence sentence, Token token) {
        Token verb = sentence.head(token);
        return token.word().equalsIgnoreCase("it") && token.relation().equals("nsubj") && verb != null
                && verb.isVerb() && !NOT_DEEDS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean modifiersOnly(List<Token> tokens, int from, int head) {
        for (int t = from; t < head; t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (!MODIFIERS.contains(word) && !word.endsWith("-based")) {
                return false;
            }
        }
        return true;
    }

    /** "the group of fishermen", "the group Hayat Tahrir al-Sham": not a reference to a group named before. */
    private static boolean followedByNameOrOf(List<Token> tokens, int head) {
        if (head + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(head + 1);
        return next.word().equalsIgnoreCase("of") || next.pos().startsWith("NNP");
    }

}
