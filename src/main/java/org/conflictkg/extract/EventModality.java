package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Decides whether an event happened, was planned, foiled, attempted, threatened or only alleged. */
final class EventModality {

    /** Verbs of a conviction: a plot someone is sentenced for was stopped ("sentenced ... for plotting"). */
    private static final Set<String> CONVICTION_VERBS = Set.of("sentence", "convict", "jail", "imprison");
    /** Relations by which a date premodifies a noun ("the October 2000 attack"). */
    private static final Set<String> DATE_PREMODIFIERS = Set.of("compound", "nummod");

    private final Map<String, Modality> cues;

    /** Modality from these cue lemmas (or words) and the modality each gives. */
    EventModality(Map<String, Modality> cues) {
        this.cues = Map.copyOf(cues);
    }

    /** Modality from the cues shipped with the program ({@code modality-cues.tsv}). */
    static EventModality fromLexicon() {
        Map<String, Modality> cues = new HashMap<>();
        for (String[] row : Lexicons.rows("modality-cues.tsv", 2)) {
            cues.put(row[0], Modality.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return new EventModality(cues);
    }

    /**
     * Sets an event's modality from the cue lemmas on its trigger (for a plot), its modifiers and its ancestors up to
     * the first conjunct; when cues disagree, the first modality in {@link Modality}'s order wins.
     */
    void assess(EventDraft draft, Sentence sentence, Token trigger) {
        Modality best = Modality.COMPLETED;
        List<Token> scope = new ArrayList<>();
        scope.add(trigger);
        Token current = trigger;
        for (int steps = 0; steps < 4 && sentence.head(current) != null && !current.relation().equals("conj");
                steps++) {
            current = sentence.head(current);
            scope.add(current);
        }
        List<Token> cueTokens = new ArrayList<>();
        for (Token token : scope) {
            cueTokens.add(token);
            for (Token child : sentence.children(token.index())) {
                if (child.relation().equals("advmod") || child.relation().equals("amod")
                        || child.relation().startsWith("aux")) {
                    cueTokens.add(child);
                }
            }
        }
        for (Token token : cueTokens) {
            if (token == trigger && draft.type != EventType.PLOT) {
                continue;
            }
            Modality cue = cues.get(token.lemma().toLowerCase(Locale.ROOT));
            if (cue == null) {
                cue = cues.get(token.word().toLowerCase(Locale.ROOT));
            }
            if (cue != null) {
                draft.cue = true;
                draft.cues.add(cue);
                if (best == Modality.COMPLETED || cue.ordinal() < best.ordinal()) {
                    best = cue;
                }
            }
        }
        if (scope.stream().anyMatch(t -> t != trigger && t.isVerb()
                && CONVICTION_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
            draft.cues.add(Modality.FOILED);
        }
        Token head = sentence.head(trigger);
        if (best == Modality.COMPLETED && trigger.isVerb() && trigger.relation().equals("xcomp") && head != null
                && head.lemma().equalsIgnoreCase("claim")) {
            best = Modality.ALLEGED;
            draft.cue = true;
            draft.cues.add(Modality.ALLEGED);
        }
        if (best == Modality.PLANNED && draft.type != EventType.PLOT && toldAsDone(sentence, trigger)) {
            best = Modality.COMPLETED;
        }
        draft.modality = best == Modality.COMPLETED && draft.type == EventType.PLOT ? Modality.PLANNED : best;
    }

    /**
     * Whether an attack noun names an attack that took place: dated by a premodifier of its own or owned by a group
     * ("plotting al Qaeda's October 2000 attack on the USS Cole"); the planning it is told with was a step toward an
     * attack that happened.
     */
    private static boolean toldAsDone(Sentence sentence, Token trigger) {
        if (trigger.isVerb()) {
            return false;
        }
        return sentence.children(trigger.index()).stream().filter(c -> c.index() < trigger.index()).anyMatch(c ->
                c.relation().equals("nmod:poss") && !c.pos().startsWith("PRP")
                        || DATE_PREMODIFIERS.contains(c.relation()) && c.ner().equals("DATE"));
    }

    /**
     * The modality of an event: its strongest cue (a statement, being the act of saying, always happened); for a
     * plot, whose type already says it was planned, a cue that
     * says more (foiled, attempted, alleged, threatened) wins over "planned".
     */
    static Modality of(EventDraft d) {
        if (d.type.isStatement()) {
            return Modality.COMPLETED;
        }
        if (d.type != EventType.PLOT) {
            return d.modality;
        }
        for (Modality m : List.of(Modality.FOILED, Modality.ATTEMPTED, Modality.ALLEGED, Modality.THREATENED)) {
            if (d.cues.contains(m)) {
                return m;
            }
        }
        return Modality.PLANNED;
    }
}
