package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Dates a report's titled incident by the day its lead opens with. Encyclopedia and news leads name the incident of
 * the title and then tell it from its day ("2016 Karrada bombing" / "On 3 July 2016, ISIL militants carried out
 * ..."; "On the evening of 14 July 2016, a truck was driven into crowds ..."), often without an event word of their
 * own: an incident that the title names with its year only takes that day when the day falls in that year.
 */
final class LeadDates {

    /** Words that may come before the lead's date ("On the evening of", "Early on"). */
    private static final Set<String> OPENERS = Set.of("on", "in", "the", "of", "early", "late", "morning",
            "afternoon", "evening", "night", "shortly", "after", "before", "midnight", "dawn", "at", ",");

    private LeadDates() {
    }

    /** The events with the day of the lead in place of the year-only date of the title's incident. */
    static List<Event> date(List<Event> events, AnnotatedText text) {
        Optional<EventDate> lead = leadDay(text);
        if (lead.isEmpty()) {
            return events;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            boolean titled = e.triggers().stream().anyMatch(t -> t.sentence() == 0);
            if (titled && e.date().isPresent() && IncidentBuilder.coarserThan(e.date().get(), lead.get())) {
                result.add(e.withDate(lead));
            } else {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * The day the lead (the first sentence after a one-sentence title paragraph) opens with, when the words before
     * it only say when in the day.
     */
    static Optional<EventDate> leadDay(AnnotatedText text) {
        List<Sentence> sentences = text.sentences();
        if (sentences.size() < 2 || sentences.get(1).paragraph() == sentences.get(0).paragraph()) {
            return Optional.empty();
        }
        Sentence lead = sentences.get(1);
        List<Token> tokens = lead.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.ner().equals("DATE") || token.ner().equals("TIME") && token.normalized().matches("\\d.*")) {
                String value = token.normalized();
                if (!value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    return Optional.empty();
                }
                int last = i;
                while (last + 1 < tokens.size() && tokens.get(last + 1).normalized().equals(value)) {
                    last++;
                }
                String written = text.text().substring(token.begin(), tokens.get(last).end());
                String after = text.text().substring(tokens.get(last).end(),
                        Math.min(lead.end(), tokens.get(last).end() + 8));
                if (!(written + after).contains(value.substring(0, 4))) {
                    return Optional.empty();
                }
                return Optional.of(new EventDate(value.substring(0, 10), "day", "sentence", written));
            }
            if (!OPENERS.contains(token.word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
