package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Dates a response to an attack by the attack: a military operation that nothing dates and that is aimed at "the
 * attackers", "the gunmen" or "the assailants" of an attack told just before ("its aircraft struck the attackers as
 * they withdrew") happened on the attack's day; a statement that nothing dates and whose sentence says it was made
 * "the same day" or "that evening" ("claimed the assassination the same evening") was made on its incident's day.
 */
public final class ResponseDates {

    private static final Pattern SAME_DAY = Pattern.compile(
            "(?i)\\b((the same|that) (day|evening|night|morning|afternoon)|later that day|within hours)\\b");
    private static final Pattern THE_ATTACKERS = Pattern.compile(
            "(?i)\\bthe (attackers|gunmen|assailants|perpetrators|raiders|hostage-takers|kidnappers)\\b");
    /** How many paragraphs back the attack may be told. */
    private static final int REACH = 1;

    private ResponseDates() {
    }

    /** The incidents, with each undated response to an attack dated by that attack. */
    public static List<Event> date(List<Event> incidents, AnnotatedText text) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            Optional<EventDate> day = e.type() == EventType.MILITARY_OPERATION && e.date().isEmpty()
                    && aimedAtAttackers(e, text) ? attackDay(e, incidents, text) : Optional.empty();
            if (e.type().isStatement() && e.date().isEmpty() && sameDay(e, text)) {
                Optional<Integer> subject = e.claimedEvent().or(e::about);
                day = incidents.stream().filter(i -> subject.isPresent() && i.key() == subject.get()).findFirst()
                        .flatMap(Event::date);
            }
            result.add(day.isEmpty() ? e : e.withDate(day));
        }
        return result;
    }

    private static boolean sameDay(Event e, AnnotatedText text) {
        Span trigger = e.triggers().get(0);
        if (trigger.sentence() >= text.sentences().size()) {
            return false;
        }
        Sentence s = text.sentences().get(trigger.sentence());
        return SAME_DAY.matcher(text.text().substring(s.begin(), s.end())).find();
    }

    /** Whether a response's sentence aims it, after its trigger, at the attackers ("struck the attackers"). */
    static boolean aimedAtAttackers(Event e, AnnotatedText text) {
        Span trigger = e.triggers().get(0);
        if (trigger.sentence() >= text.sentences().size()) {
            return false;
        }
        Sentence s = text.sentences().get(trigger.sentence());
        return THE_ATTACKERS.matcher(text.text().substring(trigger.begin(), s.end())).find();
    }

    private static Optional<EventDate> attackDay(Event response, List<Event> incidents, AnnotatedText text) {
        return attackBefore(response, incidents, text).flatMap(Event::date).filter(d -> d.precision().equals("day"));
    }

    /** The latest attack told before a response, in its paragraph or the one before. */
    static Optional<Event> attackBefore(Event response, List<Event> incidents, AnnotatedText text) {
        Span at = response.triggers().get(0);
        int paragraph = text.sentences().get(at.sentence()).paragraph();
        Event latest = null;
        for (Event e : incidents) {
            Span first = e.triggers().get(0);
            if (!e.type().isAttack() || first.begin() >= at.begin() || first.sentence() >= text.sentences().size()
                    || paragraph - text.sentences().get(first.sentence()).paragraph() > REACH) {
                continue;
            }
            if (latest == null || first.begin() > latest.triggers().get(0).begin()) {
                latest = e;
            }
        }
        return Optional.ofNullable(latest);
    }
}
