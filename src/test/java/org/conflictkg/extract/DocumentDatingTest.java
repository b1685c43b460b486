package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDatingTest {

    private static Document doc(String text, Optional<PublicationDate> metadataDate) {
        return new Document("d1", text, metadataDate, Optional.empty(), Optional.empty(), "test");
    }

    private static DocumentDate resolve(String text) {
        return DocumentDating.resolve(doc(text, Optional.empty()), Optional.empty());
    }

    @Test
    void metadataDateBeatsCommandLineAndDateline() {
        Document document = doc("March 23, 2024 - A bridge was closed.",
                Optional.of(PublicationDate.of(LocalDate.of(2022, 1, 2))));

        DocumentDate date = DocumentDating.resolve(document, Optional.of(PublicationDate.of(LocalDate.of(2023, 6, 7))));

        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2022, 1, 2))), date.date());
        assertEquals("metadata", date.source());
        assertEquals(List.of(), date.warnings());
    }

    @Test
    void commandLineDateBeatsDateline() {
        Document document = doc("March 23, 2024 - A bridge was closed.", Optional.empty());

        DocumentDate date = DocumentDating.resolve(document, Optional.of(PublicationDate.of(LocalDate.of(2023, 6, 7))));

        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2023, 6, 7))), date.date());
        assertEquals("command-line", date.source());
    }

    @Test
    void datelineUsedWhenNothingElseIsGiven() {
        DocumentDate date = resolve("March 23, 2024 - A bridge was closed for repairs.");

        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2024, 3, 23))), date.date());
        assertEquals("dateline", date.source());
        assertEquals(List.of(), date.warnings());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "12/19/2019: Officials in the valley reported heavy snow.; 2019-12-19",
        "March 23, 2024 - The market reopened after the storm.; 2024-03-23",
        "May 17, 2021 | 12 min read; 2021-05-17",
        "23 March 2024 - Crews cleared the road by noon.; 2024-03-23",
        "2022-08-09 Residents gathered at the square.; 2022-08-09",
        "Sept. 4, 2020 - A new school opened.; 2020-09-04",
        "RIVERTON, Jan 5, 2018 - The council met.; 2018-01-05",
    })
    void datelineFormats(String text, String expected) {
        assertEquals(Optional.of(PublicationDate.of(LocalDate.parse(expected))), dateline(text));
        DocumentDate date = resolve(text);
        assertEquals(Optional.of(PublicationDate.of(LocalDate.parse(expected))), date.date());
        assertEquals("dateline", date.source());
    }

    @Test
    void datelineWithNoBreakSpaces() {
        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2024, 3, 23))),
                dateline("March\u00a023,\u00a02024\u00a0- The dam was inspected."));
    }

    @Test
    void datelineOnALaterLineOfTheHead() {
        String text = "Valley Bulletin\nMay 17, 2021 | 12 min read\n\nThe ferry service resumed.";

        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2021, 5, 17))), dateline(text));
    }

    @Test
    void theLinesAboveAStatementsDateLineAreItsTitleButFurnitureAboveANewsDatelineIsHidden() {
        String statement = "Terrorist Attack at a Mall in Nairobi\nPress Statement\nSeptember 21, 2013\n\n"
                + "Today's attack.";
        DocumentDate date = resolve(statement);
        assertEquals(statement.indexOf("September"), date.datelineBegin());
        assertTrue(date.inDateline(statement.indexOf("2013")));
        assertTrue(!date.inDateline(statement.indexOf("Nairobi")), "the title is the statement's text");

        String news = "Valley Bulletin\nMay 17, 2021 | 12 min read\n\nThe ferry service resumed.";
        assertEquals(0, resolve(news).datelineBegin());
        assertTrue(resolve(news).inDateline(news.indexOf("Bulletin")), "a logo or byline above a dateline is no text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "02/30/2024: Nothing happened on this day.",
        "13/01/2024: Month thirteen.",
        "February 30, 2023 - Another day that never was.",
        "2023-02-29 Not a leap year.",
        "31 April 2022 - April has thirty days.",
    })
    void impossibleDateGivesNone(String text) {
        assertEquals(Optional.empty(), dateline(text));
        DocumentDate date = resolve(text);
        assertEquals(Optional.empty(), date.date());
        assertEquals("none", date.source());
    }

    @Test
    void noDatelineGivesNone() {
        DocumentDate date = resolve("The ferry service resumed after a long winter break.");

        assertEquals(Optional.empty(), date.date());
        assertEquals("none", date.source());
        assertEquals(List.of(), date.warnings());
    }

    @Test
    void datelineFarIntoTheTextIsNotADateline() {
        String text = "x".repeat(450) + "\nMarch 23, 2024 - Too late to be a dateline.";

        assertEquals(Optional.empty(), dateline(text));
    }

    @Test
    void datelineContradictedByLaterYearsIsNotUsedAndWarns() {
        String text = "March 23, 2019 - The orchard was planted long ago. It flooded in 2021 and again in 2023, "
                + "and in 2019 it was dry.";

        DocumentDate date = resolve(text);

        assertEquals(Optional.empty(), date.date());
        assertEquals("none", date.source());
        assertEquals(1, date.warnings().size());
        String warning = date.warnings().get(0);
        assertTrue(warning.contains("2019-03-23"), warning);
        assertTrue(warning.contains("2021") && warning.contains("2023"), warning);
        assertTrue(!warning.contains("[2019"), warning);
    }

    @Test
    void earlierYearsDoNotContradictTheDateline() {
        String text = "March 23, 2024 - The orchard, planted in 1998, flooded in 2021.";

        DocumentDate date = resolve(text);

        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2024, 3, 23))), date.date());
        assertEquals(List.of(), date.warnings());
    }

    @Test
    void laterYearsDoNotMatterWhenTheDateComesFromTheCommandLine() {
        Document document = doc("March 23, 2019 - It flooded in 2021.", Optional.empty());

        DocumentDate date = DocumentDating.resolve(document, Optional.of(PublicationDate.of(LocalDate.of(2022, 2, 2))));

        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2022, 2, 2))), date.date());
        assertEquals(List.of(), date.warnings());
    }

    private static Optional<PublicationDate> dateline(String text) {
        return DocumentDating.dateline(text).map(d -> PublicationDate.of(d.date()));
    }
}
