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
            throw new CommandLine.TypeConversionException(org.conflictkg.source.DocumentSource.dateProblem("date",
                    value, e));
        }
    }
}
