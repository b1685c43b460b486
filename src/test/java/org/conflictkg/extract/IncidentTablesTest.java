package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentTablesTest {


    private static final String TEXT = String.join("\n", IncidentTableFixture.lines());

    @Test
    void eachLineUnderAHeaderWithADateColumnIsARowDatedByItsCellTheMonthAndTheYearAbove() {
        List<IncidentTables.Row> rows = IncidentTables.rows(TEXT);
        assertEquals(2, rows.size());
        assertEquals("2011-07-02", rows.get(0).date().orElseThrow().value());
        assertEquals("2011-07-03", rows.get(1).date().orElseThrow().value());
        assertEquals("Boko Haram", rows.get(1).cell(IncidentTables.Column.PERPETRATOR).orElseThrow().text());
        assertTrue(IncidentTables.rows("Date | Details\n2 | A bomb struck a bus .").isEmpty(),
                "a table that counts no dead, names no place and no perpetrator is no incident table");
    }

    @Test
    void offsetsInTwoRowsOrInARowAndOutsideAreApart() {
        List<IncidentTables.Row> rows = IncidentTables.rows(TEXT);
        int first = TEXT.indexOf("bomb");
        int second = TEXT.indexOf("blast");
        assertTrue(IncidentTables.apart(rows, first, second));
        assertTrue(IncidentTables.apart(rows, first, TEXT.indexOf("Sources")));
        assertTrue(!IncidentTables.apart(rows, first, TEXT.indexOf("bus")));
        assertTrue(!IncidentTables.apart(rows, 0, TEXT.indexOf("Sources")), "outside the rows nothing is apart");
    }

    @Test
    void aDateCellNamesItsMonthOrTakesTheOneAbove() {
        assertEquals("2018-01-27", IncidentTables.date("January 27", null, "2018").orElseThrow().value());
        assertEquals("2018-01-20", IncidentTables.date("20-21 January", null, "2018").orElseThrow().value());
        assertEquals(Optional.empty(), IncidentTables.date("5", null, "2018"), "a day with no month is no date");
    }

    @Test
    void aDeadCellCountsVictimsAndThePerpetratorsItAddsApart() {
        assertEquals(Optional.of(new IncidentTables.Count(126, 6)), IncidentTables.count("126 (+6)"));
        assertEquals(Optional.of(new IncidentTables.Count(5, 0)), IncidentTables.count("5+"));
        assertEquals(Optional.of(new IncidentTables.Count(135, 0)), IncidentTables.count("135–300+"));
        assertEquals(Optional.empty(), IncidentTables.count("Unknown"));
    }
}
