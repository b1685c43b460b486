package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.inParagraphs;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class ReportHeadTest {

    /** A press statement: title, issuer and date line in one paragraph, then the body. */
    static final AnnotatedText STATEMENT = inParagraphs(new int[] {0, 0, 0, 0, 1, 2},
            "Terrorist Attack at Westgate Mall in Nairobi", "Press Statement", "Washington , DC",
            "September 21, 2013", "Today 's massacre of so many innocents is a reminder .", "We stand ready to help .");

    @Test
    void aTitleOverAStatementsDateLineHasTheFirstParagraphBelowTheDateAsLead() {
        assertTrue(ReportHead.of(STATEMENT).titled());
        assertTrue(ReportHead.of(STATEMENT).overDateLine());
        assertEquals(1, ReportHead.of(STATEMENT).leadParagraph());
    }

    @Test
    void aTitleInAParagraphOfItsOwnHasTheNextParagraphAsLead() {
        AnnotatedText article = text("2016 Karrada bombing", "On 3 July 2016 bombers struck Baghdad .", "More died .");
        assertTrue(ReportHead.of(article).titled());
        assertFalse(ReportHead.of(article).overDateLine());
        assertEquals(1, ReportHead.of(article).leadParagraph());
    }

    @Test
    void aDigestThatOpensWithItsDayOrALineWithAFullStopHasNoTitleOverADateLine() {
        AnnotatedText digest = inParagraphs(new int[] {0, 0, 0}, "November 29, 2016 (Tuesday)",
                "Armed conflicts and attacks", "A bomb kills four soldiers .");
        assertFalse(ReportHead.of(digest).overDateLine());
        assertFalse(ReportHead.of(digest).titled(), "one paragraph with no title line over a date");
        AnnotatedText told = inParagraphs(new int[] {0, 0, 0}, "Gunmen attacked a mall .", "September 21, 2013",
                "The attack killed 30 .");
        assertFalse(ReportHead.of(told).overDateLine(), "a sentence is no title");
    }
}
