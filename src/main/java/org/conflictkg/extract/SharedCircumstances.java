package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Gives an event the time and place it does not tell itself from an event told with it: the verb it is coordinated
 * with, the attack "at the scene" of which it happened, the military operation it is part of, or the earlier event
 * its time is counted from ("three days before the attack").
 */
final class SharedCircumstances {

    private static final Pattern EVENT_OFFSET = Pattern.compile(
            "(?i)\\b(a|an|\\d+|[a-z]+)\\s+(days?|weeks?)\\s+(after|before|prior to)\\s+(?:the|this|that)\\s+([a-z]+)");

    private SharedCircumstances() {
    }

    /**
     * Coordinated verbs of different events share the time and place of the clause ("In night raids near Jalalabad
     * on Tuesday, fighters killed eleven militants and detained four others"): a conjunct with none of its own takes
     * those of the verb it is coordinated with.
     */
    static void shareWithConjuncts(List<EventDraft> found, Sentence sentence) {
        for (EventDraft d : found) {
            if (!d.verb || !d.trigger.relation().equals("conj")) {
                continue;
            }
            Token head = sentence.head(d.trigger);
            for (EventDraft other : found) {
                if (other != d && other.trigger == head) {
                    if (d.places.isEmpty()) {
                        d.places.addAll(other.places);
                    }
                    if (d.date.filter(x -> x.scope().equals("sentence")).isEmpty()
                            && other.date.filter(x -> x.scope().equals("sentence")).isPresent()) {
                        d.date = other.date;
                    }
                }
            }
        }
    }

    /**
     * An event "at the scene" (police detained the suspect at the scene) happened where and, when it gives no date
     * of its own, when the latest attack did.
     */
    static void atTheScene(List<EventDraft> events, EventDraft draft) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft attack = events.get(i);
            if (attack.type.isAttack()) {
                if (draft.places.isEmpty()) {
                    draft.places.addAll(attack.places);
                }
                if (draft.date.filter(d -> d.scope().equals("sentence")).isEmpty()) {
                    draft.date = attack.date;
                }
                return;
            }
        }
    }

    /**
     * A capture told without agent, time or place right after a military operation of its paragraph ("A third
     * militant was captured") happened in that operation: it takes the operation's time and places.
     */
    static void duringOperation(List<EventDraft> events, EventDraft draft) {
        boolean bare = draft.type == EventType.ARREST && draft.verb
                && SentenceTokens.hasChild(draft.sentence, draft.trigger, "aux:pass")
                && draft.roles.get(Role.AUTHORITY) == null && draft.places.isEmpty()
                && draft.date.filter(d -> d.scope().equals("sentence")).isEmpty();
        if (!bare || events.isEmpty()) {
            return;
        }
        EventDraft latest = events.get(events.size() - 1);
        if (latest.type == EventType.MILITARY_OPERATION && latest.paragraphs.contains(draft.sentence.paragraph())) {
            draft.places.addAll(latest.places);
            draft.date = latest.date;
        }
    }

    /**
     * A time counted from an earlier event ("three days before the attack", "a week after the bombing") in the
     * trigger's clause: that event's day plus or minus the offset, when the event has a day.
     */
    static void countedFromEvent(List<EventDraft> events, EventDraft draft, AnnotatedText text) {
        Sentence sentence = draft.sentence;
        Matcher offset = EVENT_OFFSET.matcher(text.text().substring(sentence.begin(), sentence.end()));
        while (offset.find()) {
            Token first = SentenceTokens.at(sentence, sentence.begin() + offset.start());
            if (first == null || !sentence.dominates(draft.trigger, first) || draft.ownDate) {
                continue;
            }
            String amount = offset.group(1).toLowerCase(Locale.ROOT);
            Integer n = amount.matches("\\d+") ? Integer.valueOf(amount)
                    : amount.equals("a") || amount.equals("an") ? Integer.valueOf(1) : NumberWords.value(amount);
            if (n == null) {
                continue;
            }
            String noun = stem(offset.group(4));
            for (int i = events.size() - 1; i >= 0; i--) {
                EventDraft earlier = events.get(i);
                Optional<EventDate> day = earlier.date.filter(d -> d.precision().equals("day"));
                if (day.isPresent() && earlier.triggers.stream().anyMatch(t -> stem(t.text()).equals(noun))) {
                    int days = offset.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * n : n;
                    LocalDate anchor = LocalDate.parse(day.get().value());
                    LocalDate value = offset.group(3).equalsIgnoreCase("after") ? anchor.plusDays(days)
                            : anchor.minusDays(days);
                    draft.date = Optional.of(new EventDate(value.toString(), "day", "sentence", offset.group()));
                    draft.ownDate = true;
                    return;
                }
            }
        }
    }

    /** A word without its inflection, to match "the attack" with "attacked" and "the bombing" with "bombed". */
    private static String stem(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("(ing|ed|es|s)$", "");
    }
}
