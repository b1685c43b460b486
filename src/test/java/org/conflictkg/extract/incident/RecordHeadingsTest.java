package org.conflictkg.extract.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordHeadingsTest {

    @Test
    void aNumericHeadingDatesItsRecord() {
        String text = "03/25/2015: An explosive device detonated near a market in Kirkuk city.\n\n"
                + "04/02/2015: Gunmen opened fire on a checkpoint.";
        List<RecordHeadings.Heading> headings = RecordHeadings.find(text);
        assertEquals(2, headings.size());
        assertEquals("2015-03-25", headings.get(0).date().value());
        assertEquals("heading", headings.get(0).date().scope());
        assertEquals("2015-04-02", RecordHeadings.at(headings, text.indexOf("Gunmen")).orElseThrow().date().value());
        assertEquals("2015-03-25", RecordHeadings.at(headings, text.indexOf("market")).orElseThrow().date().value());
    }

    @Test
    void aDayLineDatesTheItemsUnderIt() {
        String text = "March 22, 2024 (Friday)\nArmed conflicts and attacks\n* Gunmen attack a concert hall.\n"
                + "March 23, 2024 (Saturday)\n* Police arrest four suspects.";
        List<RecordHeadings.Heading> headings = RecordHeadings.find(text);
        assertEquals(List.of("2024-03-22", "2024-03-23"), headings.stream().map(h -> h.date().value()).toList());
        assertEquals("2024-03-23", RecordHeadings.at(headings, text.indexOf("Police")).orElseThrow().date().value());
    }

    @Test
    void aDayFirstHeadingWithAColon() {
        assertEquals("2024-03-05", RecordHeadings.find("5 March 2024: A bomb exploded.").get(0).date().value());
    }

    @Test
    void newsDatelinesAndDatesInSentencesAreNoHeadings() {
        assertTrue(RecordHeadings.find("KABUL, Afghanistan (AP) - A suicide bomber struck on March 3, 2021.")
                .isEmpty());
        assertTrue(RecordHeadings.find("The attack of March 22, 2024 killed 145 people.").isEmpty());
        assertTrue(RecordHeadings.find("March 22, 2024 - Gunmen stormed a concert hall.").isEmpty(),
                "a date followed by a dash is a dateline, not a heading");
        assertTrue(RecordHeadings.find("02/30/2015: not a day of the calendar").isEmpty());
    }
}
