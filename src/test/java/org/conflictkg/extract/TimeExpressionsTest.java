package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

    private static TimeExpressions published(Sentence sentence, String date) {
        String text = String.join(" ", sentence.tokens().stream().map(t -> t.word()).toList());
        return new TimeExpressions(new AnnotatedText(text, List.of(sentence)), Optional.of(PublicationDate.parse(date)),
                0);
    }

    @Test
    void aDateWithoutItsYearAfterPublicationIsMovedBackAYear() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Gunmen gunman NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "on on IN 3 case",
                "March March NNP 1 obl:tmod DATE 2024-03-23",
                "23 23 CD 3 nummod DATE 2024-03-23");
        List<TimeExpressions.Dated> dates = published(sentence, "2024-02-01").in(sentence, null);
        assertEquals(List.of(new TimeExpressions.Dated(3,
                new EventDate("2023-03-23", "day", "sentence", "March 23"))), dates);
    }

    @Test
    void aDateBeforePublicationStaysAsNormalised() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Gunmen gunman NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "in in IN 3 case",
                "July July NNP 1 obl DATE 2024-07");
        Optional<EventDate> last = published(sentence, "2024-08-01").last(sentence, null);
        assertEquals(Optional.of(new EventDate("2024-07", "month", "sentence", "July")), last);
    }

    @Test
    void twoDaysLaterCountsFromTheParagraphsDay() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Two two CD 1 nummod DATE OFFSET",
                "days day NNS 2 obl:tmod DATE OFFSET",
                "later later RB 3 advmod DATE OFFSET",
                "police police NNS 4 nsubj",
                "arrested arrest VBD -1 root",
                "him he PRP 4 obj");
        EventDate paragraph = new EventDate("2024-03-22", "day", "sentence", "March 22");
        List<TimeExpressions.Dated> dates = published(sentence, "2024-04-01").in(sentence, paragraph);
        assertEquals("2024-03-24", dates.get(0).date().value());
        assertTrue(published(sentence, "2024-04-01").in(sentence, null).isEmpty(), "no day to count from");
    }
}
