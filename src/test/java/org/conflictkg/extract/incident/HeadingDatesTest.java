package org.conflictkg.extract.incident;

import static org.conflictkg.extract.incident.IncidentFixtures.event;
import static org.conflictkg.extract.incident.IncidentFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

class HeadingDatesTest {

    private static final AnnotatedText DAY = text("December 21, 2015 (Monday)", "2015 Bagram suicide bombing",
            "The Taliban claims the attack .", "Since March 2015 the group has grown .");

    private static List<Event> dated(Event... events) {
        return IncidentBuilder.datedByHeadings(List.of(events), RecordHeadings.find(DAY.text()), DAY.text());
    }

    @Test
    void anUndatedItemTakesItsHeadingsDay() {
        Event claim = event(DAY, EventType.CLAIM_OF_RESPONSIBILITY, "claims").build();
        assertEquals("2015-12-21", dated(claim).get(0).date().orElseThrow().value());
    }

    @Test
    void anEventFirstNamedInTheTitleOverTheDateLineTakesTheHeadingOfItsMentionBelow() {
        AnnotatedText statement = ReportHeadTest.STATEMENT;
        Event attack = event(statement, EventType.ATTACK, "Attack").mentionedAgain("massacre").build();
        Event titleOnly = event(statement, EventType.ATTACK, "Attack").build();
        List<Event> dated = IncidentBuilder.datedByHeadings(List.of(attack, titleOnly),
                RecordHeadings.find(statement.text()), statement.text());
        assertEquals("2013-09-21", dated.get(0).date().orElseThrow().value());
        assertTrue(dated.get(1).date().isEmpty(), "no mention under the heading, no date from it");
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

    @Test
    void anIncidentDatedOnlyByTheMonthOfItsTitleLineTakesTheHeadingsDay() {
        AnnotatedText day = text("December 11, 2016 (Sunday)", "Aleppo offensive (2016-12)",
                "In 2016-12 the army advanced .");
        List<RecordHeadings.Heading> headings = RecordHeadings.find(day.text());
        Event title = event(day, EventType.MILITARY_OPERATION, "offensive").on("2016-12", "sentence").build();
        Event advanced = event(day, EventType.MILITARY_OPERATION, "advanced").on("2016-12", "sentence").build();
        Event otherMonth = event(day, EventType.MILITARY_OPERATION, "offensive").on("2016-11", "sentence").build();
        List<Event> dated = IncidentBuilder.titleMonthsDated(List.of(title, advanced, otherMonth), headings, day);
        assertEquals("2016-12-11", dated.get(0).date().orElseThrow().value());
        assertEquals("2016-12", dated.get(1).date().orElseThrow().value(), "a month told in a sentence stays");
        assertEquals("2016-11", dated.get(2).date().orElseThrow().value(), "another month stays");
    }

    @Test
    void aDateCarriedOverFromAnotherItemGivesWayToTheHeadingsDayButOneOfTheItemsOwnLineStays() {
        AnnotatedText day = text("October 21, 2017 (Saturday)", "14 October 2017 Mogadishu bombings",
                "Gunmen kill 13 gendarmes in Niger .", "On 20 October 2017 gunmen struck . The attack killed two .");
        List<RecordHeadings.Heading> headings = RecordHeadings.find(day.text());
        Event niger = event(day, EventType.ARMED_ASSAULT, "kill").on("2017-10-14", "paragraph", "14 October 2017")
                .build();
        Event struck = new IncidentFixtures.Builder(day, EventType.ATTACK, "attack", day.text().indexOf("On 20"))
                .on("2017-10-20", "paragraph", "20 October 2017").build();
        List<Event> dated = IncidentBuilder.datedByHeadings(List.of(niger, struck), headings, day.text());
        assertEquals("2017-10-21", dated.get(0).date().orElseThrow().value());
        assertEquals("2017-10-20", dated.get(1).date().orElseThrow().value(), "dated by its own line");
    }
}
