package org.conflictkg.cli;

import java.time.format.DateTimeParseException;
import org.conflictkg.source.PublicationDate;
import picocli.CommandLine;

/** Reads a --date value (a day, a month or a year), with a clear message for an impossible date. */
final class DateConverter implements CommandLine.ITypeConverter<PublicationDate> {

    @Override
    public PublicationDate convert(String value) {
        try {
            return PublicationDate.parse(value);
        } catch (DateTimeParseException e) {
            String problem = PublicationDate.problem("date", value, e);
            throw new CommandLine.TypeConversionException(problem.contains("in the future") ? problem
                    : "'" + value + "' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
