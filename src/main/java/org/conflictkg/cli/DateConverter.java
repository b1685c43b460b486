package org.conflictkg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads a --date value, with a clear message for an impossible date. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return org.conflictkg.source.DocumentSource.parseDate(value);
        } catch (DateTimeParseException e) {
            String problem = org.conflictkg.source.DocumentSource.dateProblem("date", value, e);
            throw new CommandLine.TypeConversionException(problem.contains("in the future") ? problem
                    : "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
