package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.conflictkg.source.PublicationDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The --date option of kg ingest: a day, a month or a year, read by picocli with its precision. */
class DateOptionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"2022-10-05, DAY", "2022-10, MONTH", "2022, YEAR"})
    void aDayAMonthOrAYearIsAccepted(String value, PublicationDate.Precision precision) {
        String[] args = {"ingest", "--store", dir.toString(), "--date", value, "data/"};
        CommandLine.ParseResult parsed = Kg.commandLine(args).parseArgs(args);
        PublicationDate date = parsed.subcommand().matchedOptionValue("--date", null);
        assertEquals(value, date.toString());
        assertEquals(precision, date.precision());
    }

    @ParameterizedTest
    @CsvSource({"2022-13", "2022-1", "22", "2022-10-32"})
    void anImpossibleDateIsAUsageErrorInOneLine(String value) {
        CliRun run = CliRun.kg("ingest", "--store", dir.toString(), "--date", value, "data/");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("'" + value + "' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"),
                run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }
}
