package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
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
    void aPartOfADayDatesLikeTheDayWhenItsWordsNameTheDay() {
        Sentence lastNight = HandParsed.sentence(0, 0,
                "condemns condemn VBZ -1 root",
                "last last JJ 2 amod TIME 2017-08-14TNI",
                "night night NN 4 nmod:poss TIME 2017-08-14TNI",
                "'s 's POS 2 case",
                "attacks attack NNS 0 obj");
        assertEquals(List.of(new TimeExpressions.Dated(1, new EventDate("2017-08-14", "day", "sentence",
                "last night"))), published(lastNight, "2017-08-15").in(lastNight, null));
        Sentence sameEvening = HandParsed.sentence(0, 0,
                "claimed claim VBD -1 root",
                "it it PRP 0 obj",
                "the the DT 4 det TIME 2023-06-02TEV",
                "same same JJ 4 amod TIME 2023-06-02TEV",
                "evening evening NN 0 obl:tmod TIME 2023-06-02TEV");
        assertTrue(published(sameEvening, "2023-06-02").in(sameEvening, null).isEmpty(),
                "the tagger's day for 'the same evening' is only the publication's");
    }

    @Test
    void aDayCountedInASequenceAndAYearEndingANameAreNoDates() {
        Sentence sequence = HandParsed.sentence(0, 0,
                "die die VBP -1 root",
                "after after IN 3 case",
                "a a DT 3 det",
                "third third JJ 3 amod DATE 2010-08-03",
                "day day NN 0 obl DATE 2010-08-03");
        assertTrue(published(sequence, "2010-08-01").in(sequence, null).isEmpty());
        Sentence law = HandParsed.sentence(0, 0,
                "arrested arrest VBN -1 root",
                "under under IN 3 case",
                "Terrorism Terrorism NNP 3 compound MISC",
                "Act Act NNP 0 obl MISC",
                "2000 2000 CD 3 nummod DATE 2000");
        assertTrue(published(law, "2004-03-30").in(law, null).isEmpty());
        Sentence placed = HandParsed.sentence(0, 0,
                "the the DT 3 det",
                "Madrid Madrid NNP 3 compound LOCATION",
                "2004 2004 CD 3 nummod DATE 2004",
                "bombings bombing NNS -1 root");
        assertEquals(List.of(new TimeExpressions.Dated(2, new EventDate("2004", "year", "sentence", "2004"))),
                published(placed, "2005-01-01").in(placed, null));
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

    @Test
    void underAMonthADateWithoutItsYearTakesThePublicationsYearAndAWeekdayNoDay() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Gunmen gunman NNS 1 nsubj",
                "attacked attack VBD -1 root",
                "on on IN 3 case",
                "5 5 CD 3 nummod DATE XXXX-03-05",
                "March March NNP 1 obl DATE XXXX-03-05",
                "and and CC 7 cc",
                "on on IN 7 case",
                "Monday Monday NNP 1 conj DATE XXXX-WXX-1",
                "in in IN 9 case",
                "December December NNP 1 obl DATE XXXX-12");
        List<TimeExpressions.Dated> dates = published(sentence, "2022-10").in(sentence, null);
        assertEquals(List.of(new TimeExpressions.Dated(3, new EventDate("2022-03-05", "day", "sentence", "5 March")),
                new TimeExpressions.Dated(9, new EventDate("2021-12", "month", "sentence", "December"))), dates,
                "March takes the publication's year, December (after October) the year before, Monday nothing");
        List<TimeExpressions.Dated> underAYear = published(sentence, "2022").in(sentence, null);
        assertEquals(List.of("2022-03-05", "2022-12"), underAYear.stream().map(d -> d.date().value()).toList(),
                "under a year no month is known to be later than the publication");
    }

    @Test
    void underAMonthLastYearAndLastMonthCountFromThePublication() {
        List<Token> tokens = List.of(
                new Token(0, "Last", "last", "JJ", "DATE", "THIS P1Y OFFSET P-1Y", 0, 4, 1, "amod"),
                new Token(1, "year", "year", "NN", "DATE", "THIS P1Y OFFSET P-1Y", 5, 9, 3, "obl:tmod"),
                new Token(2, "they", "they", "PRP", "O", "", 10, 14, 3, "nsubj"),
                new Token(3, "struck", "strike", "VBD", "O", "", 15, 21, -1, "root"),
                new Token(4, "last", "last", "JJ", "DATE", "THIS P1M OFFSET P-1M", 22, 26, 5, "amod"),
                new Token(5, "month", "month", "NN", "DATE", "THIS P1M OFFSET P-1M", 27, 32, 3, "obl:tmod"));
        Sentence sentence = new Sentence(0, 0, 0, 32, tokens);
        assertEquals(List.of("2021", "2022-09"), published(sentence, "2022-10").in(sentence, null).stream()
                .map(d -> d.date().value()).toList());
        assertEquals(List.of("2021"), published(sentence, "2022").in(sentence, null).stream()
                .map(d -> d.date().value()).toList(), "no month to count a month from");
    }

    @Test
    void underAMonthTodayIsInThePublicationsMonth() {
        List<Token> tokens = List.of(
                new Token(0, "He", "he", "PRP", "O", "", 0, 2, 1, "nsubj"),
                new Token(1, "pleaded", "plead", "VBD", "O", "", 3, 10, -1, "root"),
                new Token(2, "guilty", "guilty", "JJ", "O", "", 11, 17, 1, "xcomp"),
                new Token(3, "today", "today", "NN", "DATE", "THIS P1D", 18, 23, 1, "obl:tmod"));
        Sentence sentence = new Sentence(0, 0, 0, 23, tokens);
        assertEquals(List.of("2021-05"), published(sentence, "2021-05").in(sentence, null).stream()
                .map(d -> d.date().value()).toList());
        assertEquals(List.of("2021"), published(sentence, "2021").in(sentence, null).stream()
                .map(d -> d.date().value()).toList(), "under a year, the year");
    }

    @Test
    void aRangeOfDaysIsDatedByItsFirstDay() {
        List<Token> between = List.of(
                new Token(0, "Between", "between", "IN", "O", "", 0, 7, 2, "case"),
                new Token(1, "15", "15", "CD", "DATE", "XXXX-06-15", 8, 10, 2, "nummod"),
                new Token(2, "June", "June", "NNP", "DATE", "XXXX-06-15", 11, 15, 8, "obl"),
                new Token(3, "and", "and", "CC", "DATE", "and", 16, 19, 5, "cc"),
                new Token(4, "17", "17", "CD", "DATE", "2014-06-17", 20, 22, 5, "nummod"),
                new Token(5, "June", "June", "NNP", "DATE", "2014-06-17", 23, 27, 2, "conj"),
                new Token(6, "2014", "2014", "CD", "DATE", "2014-06-17", 28, 32, 5, "nummod"),
                new Token(7, "people", "person", "NNS", "O", "", 33, 39, 8, "nsubj:pass"),
                new Token(8, "died", "die", "VBD", "O", "", 40, 44, -1, "root"));
        Sentence sentence = new Sentence(0, 0, 0, 44, between);
        assertEquals(List.of("2014-06-15"), published(sentence, "2014-06-20").in(sentence, null).stream()
                .map(d -> d.date().value()).toList());
        List<Token> from = List.of(
                new Token(0, "From", "from", "IN", "O", "", 0, 4, 2, "case"),
                new Token(1, "the", "the", "DT", "O", "", 5, 8, 2, "det"),
                new Token(2, "15", "15", "CD", "NUMBER", "15.0", 9, 11, 6, "obl"),
                new Token(3, "to", "to", "TO", "O", "", 12, 14, 4, "case"),
                new Token(4, "16", "16", "CD", "DATE", "2019-01-16", 15, 17, 2, "nmod"),
                new Token(5, "January", "January", "NNP", "DATE", "2019-01-16", 18, 25, 4, "nmod"),
                new Token(6, "attacked", "attack", "VBD", "O", "", 26, 34, -1, "root"));
        Sentence range = new Sentence(0, 0, 0, 34, from);
        assertEquals(List.of("2019-01-15"), published(range, "2019-01-20").in(range, null).stream()
                .map(d -> d.date().value()).toList());
        List<Token> aged = List.of(
                new Token(0, "He", "he", "PRP", "O", "", 0, 2, 1, "nsubj"),
                new Token(1, "aged", "age", "VBD", "O", "", 3, 7, -1, "root"),
                new Token(2, "15", "15", "CD", "NUMBER", "15.0", 8, 10, 1, "obj"),
                new Token(3, "to", "to", "TO", "O", "", 11, 13, 4, "case"),
                new Token(4, "16", "16", "CD", "DATE", "2019-01-16", 14, 16, 1, "obl"),
                new Token(5, "January", "January", "NNP", "DATE", "2019-01-16", 17, 24, 4, "nmod"));
        Sentence noRange = new Sentence(0, 0, 0, 24, aged);
        assertEquals(List.of("2019-01-16"), published(noRange, "2019-01-20").in(noRange, null).stream()
                .map(d -> d.date().value()).toList(), "no 'from' or 'between': no range");
    }

    @Test
    void theDayBeforeIsTheDayBeforeThePublicationsWhenTheParagraphHasNone() {
        String line = "a massacre that occurred the day before";
        String[] words = line.split(" ");
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String w : words) {
            boolean date = tokens.size() >= 4;
            tokens.add(new Token(tokens.size(), w, w, "NN", date ? "DATE" : "O", date ? "THIS P1D" : "", offset,
                    offset + w.length(), -1, "dep"));
            offset += w.length() + 1;
        }
        Sentence sentence = new Sentence(0, 0, 0, line.length(), tokens);
        assertEquals(List.of("2021-12-24"), published(sentence, "2021-12-25").in(sentence, null).stream()
                .map(d -> d.date().value()).toList());
        assertEquals(List.of(), published(sentence, "2021-12").in(sentence, null).stream()
                .map(d -> d.date().value()).toList(), "no day to count from");
    }

    @Test
    void aDateInARelativeClauseInThePastPerfectIsBackgroundButAMainClauseDateIsNot() {
        Sentence sentence = HandParsed.sentence(0, 0,
                "Agents agent NNS 1 nsubj",
                "arrested arrest VBD -1 root",
                "Shahzad Shahzad NNP 1 obj",
                "who who WP 5 nsubj",
                "had have VBD 5 aux",
                "become become VBN 2 acl:relcl",
                "citizen citizen NN 5 xcomp",
                "in in IN 8 case",
                "April April NNP 5 obl",
                "on on IN 10 case",
                "Monday Monday NNP 1 obl");
        assertTrue(TimeExpressions.background(sentence, 8));
        assertFalse(TimeExpressions.background(sentence, 10));
        Sentence present = HandParsed.sentence(0, 0,
                "the the DT 1 det",
                "attack attack NN -1 root",
                "which which WDT 3 nsubj",
                "happened happen VBD 1 acl:relcl",
                "in in IN 5 case",
                "April April NNP 3 obl");
        assertFalse(TimeExpressions.background(present, 5), "a relative clause in the simple past tells the event");
    }
}
