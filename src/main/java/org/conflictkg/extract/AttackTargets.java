package org.conflictkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Types the target of an attack or plot after GTD's target types ({@code target-types.tsv}). */
final class AttackTargets {

    private static final Map<String, String> TARGET_TYPES = read();

    private AttackTargets() {
    }

    /** The target of an attack that is not a named entity, or the GTD type of the one that is. */
    static Optional<Event.Target> target(EventDraft d) {
        if (!d.type.isAttack() && d.type != EventType.PLOT) {
            return Optional.empty();
        }
        if (d.targetEntity != null) {
            return Optional.of(new Event.Target("", entityTargetType(d.targetEntity)));
        }
        if (d.patient == null || !d.patient.isNoun() || d.patient.pos().startsWith("NNP")) {
            return Optional.empty();
        }
        Sentence sentence = d.sentence;
        List<Token> modifiers = sentence.children(d.patient.index()).stream()
                .filter(c -> c.index() < d.patient.index() && (c.relation().startsWith("compound")
                        || c.relation().equals("amod")))
                .toList();
        int first = modifiers.isEmpty() ? d.patient.index() : modifiers.get(0).index();
        String text = sentence.tokens().subList(first, d.patient.index() + 1).stream().map(Token::word)
                .reduce((a, b) -> a + " " + b).orElse(d.patient.word());
        Optional<String> type = Optional.empty();
        for (Token modifier : modifiers) {
            type = type.or(() -> Optional.ofNullable(TARGET_TYPES.get(modifier.lemma().toLowerCase(Locale.ROOT))));
        }
        type = type.or(() -> Optional.ofNullable(TARGET_TYPES.get(d.patient.lemma().toLowerCase(Locale.ROOT))));
        return Optional.of(new Event.Target(text, type));
    }

    private static Optional<String> entityTargetType(EntityMention m) {
        return switch (m.type()) {
            case ARMED_GROUP -> Optional.of("terrorists-non-state-militia");
            case MEDIA_OUTLET -> Optional.of("journalists-media");
            case COUNTRY -> Optional.of("government-general");
            case STATE_AUTHORITY -> {
                for (String word : m.mention().text().toLowerCase(Locale.ROOT).split("\\W+")) {
                    String type = TARGET_TYPES.get(word);
                    if (type != null && !type.equals("private-citizens-property")) {
                        yield Optional.of(type);
                    }
                }
                yield Optional.of("government-general");
            }
            default -> {
                String[] words = m.mention().text().toLowerCase(Locale.ROOT).split("\\W+");
                yield words.length == 0 ? Optional.empty() : Optional.ofNullable(TARGET_TYPES.get(
                        words[words.length - 1]));
            }
        };
    }

    private static Map<String, String> read() {
        Map<String, String> types = new HashMap<>();
        for (String[] row : Lexicons.rows("target-types.tsv", 2)) {
            types.put(row[0], row[1]);
        }
        return Map.copyOf(types);
    }
}
