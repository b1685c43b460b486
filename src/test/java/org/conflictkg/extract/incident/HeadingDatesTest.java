package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class HeadingDatesTest {

    private static final AnnotatedText DAY = text("December 21, 2015 (Monday)", "2015 Bagram suicide bombing",
            "The Taliban claims the attack .", "Since March 2015 the group has grown .");

    private static List<Event> dated(Event... events) {
        return IncidentBuilder.datedByHeadings(List.of(events), RecordHeadings.find(DAY.text()));
    }

    @Test
    void anUndatedItemTakesItsHeadingsDay() {
        Event claim = event(DAY, EventType.CLAIM_OF_RESPONSIBILITY, "claims").build();
        assertEquals("2015-12-21", dated(claim).get(0).date().orElseThrow().value());
    }

    @Test
    void aYearThatTheHeadingsDayFallsInGivesWayToTheDay() {
        Event bombing = event(DAY, EventType.BOMBING, "bombing").on("2015", "sentence").build();
        assertEquals("2015-12-21", dated(bombing).get(0).date().orElseThrow().value());
    }

    @Test
    void aMonthOrAnotherYearOfTheSentenceStays() {
        Event grown = event(DAY, EventType.ATTACK, "grown").on("2015-03", "sentence").build();
        Event older = event(DAY, EventType.BOMBING, "bombing").on("2014", "sentence").build();
        List<Event> dated = dated(grown, older);
        assertEquals("2015-03", dated.get(0).date().orElseThrow().value());
        assertEquals("2014", dated.get(1).date().orElseThrow().value());
    }
}
