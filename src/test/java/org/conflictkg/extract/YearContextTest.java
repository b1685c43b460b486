package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearContextTest {

    @Test
    void theLatestYearWrittenOnItsOwnBeforeADate() {
        String text = "Country Report on Terrorism 2021\n\n2021 Terrorist Incidents: On January 2, terrorists attacked.";
        assertEquals(Optional.of("2021"), YearContext.yearBefore(text, text.indexOf("On January")));
        assertEquals(Optional.empty(), YearContext.yearBefore(text, 0));
    }

    @Test
    void theYearOfAFullDateDoesNotCount() {
        String text = "BtH 2021 3d icon\n\nMay 17, 2021 | 12 min read\n\nOn March 23, gunmen attacked a concert hall.";
        assertEquals(Optional.empty(), YearContext.yearBefore(text, text.indexOf("On March")));
        assertEquals(Optional.empty(), YearContext.yearBefore("17 May 2021: On March 23", 20));
    }

    @Test
    void aDayToldAgainTakesTheYearItWasFirstToldWith() {
        String text = "At dawn 15 January 2016, militants attacked a base.\n\nIn 2011, Kenya joined the mission.\n\n"
                + "On 15 January, a suicide bomber struck. On 20 January, troops returned. On January 15th, 2017, more.";
        assertEquals(Optional.of("2016"), YearContext.yearOf(text, text.indexOf("On 15"), "XXXX-01-15"));
        assertEquals(Optional.of("2011"), YearContext.yearOf(text, text.indexOf("On 20"), "XXXX-01-20"),
                "another day: the latest year on its own");
        assertEquals(Optional.of("2017"), YearContext.yearOf(text, text.length(), "XXXX-01-15"));
        assertEquals(Optional.of("2011"), YearContext.yearOf(text, text.indexOf("On 15"), "XXXX-01"));
    }
}
