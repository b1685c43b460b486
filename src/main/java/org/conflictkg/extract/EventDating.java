package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Decides an event's date: which time expression of its sentence, or which date of its paragraph, dates it. */
final class EventDating {

    private static final Set<String> PREPARATION_VERBS = Set.of("buy", "purchase", "acquire", "procure", "obtain",
            "scout", "reconnoitre", "reconnoiter", "research", "assemble", "build", "test", "rent", "recruit",
            "stockpile", "gather");

    /** Auxiliaries of the future ("will be sentenced"). */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall");
    /** Verbs that put a step of a prosecution on the calendar ("scheduled to be sentenced", "sentencing is set"). */
    private static final Set<String> SCHEDULING_VERBS = Set.of("schedule", "set", "expect", "due");

    private EventDating() {
    }


    /**
     * Dates an event by the nearest time expression in its trigger's clause (a finer date of the clause before a
     * year or month it refines), else in its sentence, else by the
     * latest date of its paragraph (unless its clause is in the present); a trigger that is reported or embedded in
     * another event's clause only takes a time expression from its own region of the sentence. A step of a
     * prosecution still to come stays undated.
     *
     * @param own the token indexes of the trigger's own region, or null when the whole sentence is its own
     */
    static void date(EventDraft draft, Sentence sentence, Token trigger, List<TimeExpressions.Dated> dates,
            EventDate paragraphDate, Set<Integer> own) {
        if (draft.type == EventType.TRIAL && scheduledStep(sentence, trigger)) {
            return;
        }
        Token clause = trigger;
        for (int steps = 0; steps < 4 && !clause.isVerb() && sentence.head(clause) != null; steps++) {
            clause = sentence.head(clause);
        }
        EventDate best = null;
        Token bestToken = null;
        boolean bestPremodifier = false;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpressions.Dated span : dates) {
            boolean premodifier = premodifier(sentence, span.first(), trigger);
            if (!premodifier && own != null && (!own.contains(span.first())
                    || inClauseOfOtherNoun(sentence, sentence.tokens().get(span.first()), trigger))
                    || intendedFor(sentence, sentence.tokens().get(span.first()))
                    || draft.type.isStatement() && modifiesOtherNoun(sentence, sentence.tokens().get(span.first()),
                            trigger)) {
                continue;
            }
            boolean inClause = premodifier || sentence.dominates(clause, sentence.tokens().get(span.first()));
            int distance = premodifier ? 0 : Math.abs(span.first() - trigger.index()) + (inClause ? 0 : 1000);
            boolean bothInClause = best != null && bestDistance < 1000 && inClause;
            boolean take = bothInClause && refines(span.date(), best)
                    || distance < bestDistance && !(bothInClause && refines(best, span.date()));
            if (take) {
                bestDistance = distance;
                best = span.date();
                bestToken = sentence.tokens().get(span.first());
                bestPremodifier = premodifier;
            }
        }
        if (best != null) {
            draft.date = Optional.of(best);
            draft.ownDate = bestPremodifier || bestToken != null && (trigger.isVerb()
                    || sentence.dominates(trigger, bestToken));
        } else if (paragraphDate != null && own == null && !present(sentence, clause)) {
            draft.date = Optional.of(new EventDate(paragraphDate.value(), paragraphDate.precision(), "paragraph",
                    paragraphDate.text()));
        }
    }

    /**
     * Whether a time expression opens the trigger's noun phrase, right after its determiner and right before the
     * trigger or the nouns that modify it ("the January 14, 2008 attack", "the April 2008 assassination attempt"),
     * however the parser attached it: it dates what the noun names.
     */
    private static boolean premodifier(Sentence sentence, int first, Token trigger) {
        List<Token> tokens = sentence.tokens();
        if (trigger.isVerb() || first == 0 || !tokens.get(first - 1).pos().equals("DT") || first >= trigger.index()) {
            return false;
        }
        int next = first;
        while (next < trigger.index() && (tokens.get(next).ner().equals("DATE") || tokens.get(next).word().equals(",")
                && next + 1 < tokens.size() && tokens.get(next + 1).ner().equals("DATE"))) {
            next++;
        }
        for (int k = next; k < trigger.index(); k++) {
            if (!tokens.get(k).pos().startsWith("NN") && !tokens.get(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return next > first;
    }

    /**
     * Whether a step of a prosecution is still to come, so that its date is not when anything happened: "will be
     * sentenced on April 13", "is scheduled to be sentenced", "Sentencing is set for May 1", "faces 15 years in prison
     * when he is sentenced on April 16".
     */
    private static boolean scheduledStep(Sentence sentence, Token trigger) {
        boolean future = sentence.children(trigger.index()).stream().anyMatch(c -> c.relation().equals("aux")
                && FUTURE_AUXILIARIES.contains(c.word().toLowerCase(Locale.ROOT)));
        Token head = sentence.head(trigger);
        boolean arranged = head != null && SCHEDULING_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))
                && (trigger.relation().equals("xcomp") || trigger.relation().startsWith("nsubj"));
        boolean whenSentenced = present(sentence, trigger)
                && sentence.children(trigger.index()).stream().anyMatch(c -> c.word().equalsIgnoreCase("when"));
        return future || arranged || whenSentenced;
    }

    /**
     * Whether a time expression is a time something was meant for ("the attack was targeted for Christmas",
     * "scheduled for 1 May"), not when it happened: "for" introduces it ("responsible for the December 28 attack" is
     * a date of the attack).
     */
    private static boolean intendedFor(Sentence sentence, Token first) {
        Token current = first;
        for (int steps = 0; current != null && steps < 2; steps++) {
            if (sentence.caseMarker(current).equals("for")) {
                return true;
            }
            Token head = sentence.head(current);
            if (head == null || !head.ner().equals("DATE")) {
                return false;
            }
            current = head;
        }
        return false;
    }

    /**
     * Whether a time expression qualifies a noun other than the trigger ("claimed the December 28 attack", "the 2003
     * invasion of Iraq"): it dates what the noun names, not a statement about it.
     */
    private static boolean modifiesOtherNoun(Sentence sentence, Token first, Token trigger) {
        Token current = first;
        for (int steps = 0; current != null && steps < 3; steps++) {
            Token head = sentence.head(current);
            if (head == null || head == trigger) {
                return false;
            }
            if (!head.ner().equals("DATE") && !head.ner().equals("TIME")) {
                return head.isNoun() && !current.relation().startsWith("obl") && !current.relation().startsWith("nmod");
            }
            current = head;
        }
        return false;
    }

    /**
     * Whether a date says more precisely when another happened ("on 11 March 2004" of "the 2004 Madrid bombings"):
     * a year or month that the other refines. A nearer year then gives way to the finer date of the same clause.
     */
    private static boolean refines(EventDate finer, EventDate coarser) {
        return finer != null && coarser != null && finer.value().length() > coarser.value().length()
                && finer.value().startsWith(coarser.value() + "-");
    }

    /**
     * Whether a time expression sits in a participial or relative clause of another noun ("in a video released on
     * Thursday"): it dates that noun, not the event embedded in another ("threatened to attack hotels in a video
     * released on Thursday").
     */
    private static boolean inClauseOfOtherNoun(Sentence sentence, Token time, Token trigger) {
        for (Token t = time; t != null && t != trigger; t = sentence.head(t)) {
            Token head = sentence.head(t);
            if (t.relation().startsWith("acl") && head != null && head != trigger && head.isNoun()
                    && !sentence.dominates(t, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause is in the present or present perfect ("Kabul denies", "has charged"): it reports a state at
     * the time of writing, so an earlier date in its paragraph does not date it.
     */
    private static boolean present(Sentence sentence, Token clause) {
        if (!clause.isVerb()) {
            return false;
        }
        if (clause.pos().equals("VBZ") || clause.pos().equals("VBP")) {
            return true;
        }
        return sentence.children(clause.index()).stream().anyMatch(c -> c.relation().startsWith("aux")
                && Set.of("has", "have", "is", "are", "am").contains(c.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * A plot that its own sentence leaves undated is dated by the preparations the next sentence reports ("plotting an attack ... He bought two knives and scouted the building in 2021"): the time of the
     * first preparation verb (bought, scouted, procured) that has one.
     */
    static void datePlotsByPreparation(List<EventDraft> events, Sentence sentence, List<TimeExpressions.Dated> spans) {
        for (EventDraft plot : events) {
            int last = plot.sentences.last();
            if (plot.type != EventType.PLOT || plot.date.isPresent() || last != sentence.index() - 1) {
                continue;
            }
            for (Token verb : sentence.tokens()) {
                if (!verb.isVerb() || !PREPARATION_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Optional<TimeExpressions.Dated> dated = spans.stream().filter(d -> sentence.head(
                        sentence.tokens().get(d.first()))
                        == verb || sentence.dominates(verb, sentence.tokens().get(d.first()))
                                && !inClauseOfOtherNoun(sentence, sentence.tokens().get(d.first()), verb)).findFirst();
                if (dated.isPresent()) {
                    plot.date = Optional.of(dated.get().date());
                    break;
                }
            }
        }
    }
}
