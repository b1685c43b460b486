package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class LeadDatesTest {

    /** A title paragraph and a lead paragraph; the lead's words "3 July 2016" are a DATE of that day. */
    private static AnnotatedText titled(String title, String lead, String dateWords, String normalized) {
        String text = title + "\n\n" + lead;
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(sentence(text, 0, 0, 0, title, "", ""));
        sentences.add(sentence(text, 1, 1, title.length() + 2, lead, dateWords, normalized));
        return new AnnotatedText(text, sentences);
    }

    private static Sentence sentence(String text, int index, int paragraph, int begin, String line,
            String dateWords, String normalized) {
        List<Token> tokens = new ArrayList<>();
        int dateBegin = dateWords.isEmpty() ? -1 : line.indexOf(dateWords);
        Matcher m = Pattern.compile("[\\w-]+|[^\\s\\w]").matcher(line);
        while (m.find()) {
            boolean date = dateBegin >= 0 && m.start() >= dateBegin && m.end() <= dateBegin + dateWords.length();
            tokens.add(new Token(tokens.size(), m.group(), m.group().toLowerCase(), "NN", date ? "DATE" : "O",
                    date ? normalized : "", begin + m.start(), begin + m.end(), -1, "dep"));
        }
        return new Sentence(index, paragraph, begin, begin + line.length(), tokens);
    }

    @Test
    void theTitledIncidentTakesTheDayItsLeadOpensWith() {
        AnnotatedText text = titled("2016 Karrada bombing", "On 3 July 2016 , ISIL militants carried out attacks .",
                "3 July 2016", "2016-07-03");
        Event bombing = event(text, EventType.BOMBING, "bombing").on("2016", "sentence").build();
        assertEquals("2016-07-03", LeadDates.date(List.of(bombing), text).get(0).date().orElseThrow().value());
    }

    @Test
    void wordsOfTheTimeOfDayMayComeFirst() {
        AnnotatedText text = titled("2016 Nice truck attack", "On the evening of 14 July 2016 , a truck was driven .",
                "14 July 2016", "2016-07-14");
        assertEquals("2016-07-14", LeadDates.leadDay(text).orElseThrow().value());
    }

    @Test
    void aDayOfAnotherYearOrALeadThatOpensWithSomethingElseGivesNothing() {
        AnnotatedText later = titled("2016 Karrada bombing", "On 18 October 2021 , a man was arrested .",
                "18 October 2021", "2021-10-18");
        Event bombing = event(later, EventType.BOMBING, "bombing").on("2016", "sentence").build();
        assertEquals("2016", LeadDates.date(List.of(bombing), later).get(0).date().orElseThrow().value());
        AnnotatedText other = titled("2016 Karrada bombing", "ISIL militants attacked Baghdad on 3 July 2016 .",
                "3 July 2016", "2016-07-03");
        assertTrue(LeadDates.leadDay(other).isEmpty());
    }
}
