package org.conflictkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rows of incident tables: lists of incidents whose header line names a date column and columns of the
 * dead, the injured, the location or the perpetrator ("Date | Type | Dead | Injured | Location | Details |
 * Perpetrator"), each later line with cells joined by "|" one incident. A row's date is its date cell, completed by
 * the month line above it ("July") and the year of the nearest line above that gives one (the list's title).
 */
public final class IncidentTables {

    /** What a column of an incident table tells. */
    public enum Column {
        DATE, TYPE, DEAD, INJURED, LOCATION, LOCATION_AND_DESCRIPTION, PERPETRATOR, OTHER
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+" + MONTH
            + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2})\\b");
    private static final Pattern DAY_ONLY = Pattern.compile("^(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?$");
    private static final Pattern MONTH_LINE = Pattern.compile("^" + MONTH + "(?:\\s+(\\d{4}))?$");
    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MONTH + "\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern COUNT = Pattern.compile("^[~≈<>]?\\s*(\\d[\\d,]*)\\+?(?:\\s*\\(\\+(\\d+)\\))?");

    /**
     * A cell of a row.
     *
     * @param begin offset of its first character in the text
     * @param end offset after its last character
     * @param text what it says, trimmed
     */
    public record Cell(int begin, int end, String text) {
    }

    /**
     * One row of an incident table: one incident.
     *
     * @param begin offset of the row's line
     * @param end offset of the end of its line
     * @param date the date its date cell gives with the month and year above it, scope "heading"
     * @param cells its cells by what their column tells (the first column of each kind)
     */
    public record Row(int begin, int end, Optional<EventDate> date, Map<Column, Cell> cells) {

        /** Whether an offset lies in this row. */
        public boolean covers(int offset) {
            return offset >= begin && offset < end;
        }

        /** The cell of a column, when the table has that column. */
        public Optional<Cell> cell(Column column) {
            return Optional.ofNullable(cells.get(column));
        }
    }

    /**
     * A count of people in a dead or injured cell: the victims and the perpetrators the cell adds in parentheses
     * ("126 (+6)": 126 and 6; "5+", "~4": at least that many).
     *
     * @param victims the first number
     * @param perpetrators the number after "+" in parentheses, 0 when none
     */
    public record Count(int victims, int perpetrators) {

        /** Everyone the cell counts, victims and perpetrators. */
        public int total() {
            return victims + perpetrators;
        }
    }

    private IncidentTables() {
    }

    /** The rows of the incident tables of a text, in text order. */
    public static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<Column> columns = null;
        String month = null;
        String year = null;
        int begin = 0;
        while (begin < text.length()) {
            int end = text.indexOf('\n', begin);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(begin, end);
            String stripped = line.strip();
            if (line.contains("|")) {
                List<Cell> cells = cells(line, begin);
                List<Column> header = header(cells);
                if (header != null) {
                    columns = header;
                } else if (columns != null && cells.size() >= 3) {
                    rows.add(row(begin, end, cells, columns, month, year));
                }
            } else if (!stripped.isEmpty()) {
                Matcher monthLine = MONTH_LINE.matcher(stripped);
                if (monthLine.matches()) {
                    month = monthLine.group(1);
                } else if (columns == null) {
                    month = singleMonth(stripped);
                }
                Matcher y = YEAR.matcher(stripped);
                if (y.find()) {
                    year = y.group(1);
                }
            }
            begin = end + 1;
        }
        return rows;
    }

    /** The row that holds an offset. */
    public static Optional<Row> at(List<Row> rows, int offset) {
        return rows.stream().filter(r -> r.covers(offset)).findFirst();
    }

    /** Whether two offsets are told apart by the rows: one lies in a row and the other does not lie in it. */
    public static boolean apart(List<Row> rows, int a, int b) {
        return !at(rows, a).equals(at(rows, b));
    }

    /** The count a dead or injured cell gives ("126 (+6)", "5+", "0"); none for "Unknown" or a blank. */
    public static Optional<Count> count(String cell) {
        Matcher m = COUNT.matcher(cell.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int victims = Integer.parseInt(m.group(1).replace(",", ""));
            int perpetrators = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(new Count(victims, perpetrators));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the line's cells say when it is an incident table's header line, else null. */
    private static List<Column> header(List<Cell> cells) {
        List<Column> columns = new ArrayList<>();
        int known = 0;
        for (Cell cell : cells) {
            Column column = column(cell.text());
            columns.add(column);
            if (column != Column.OTHER && column != Column.DATE && column != Column.TYPE) {
                known++;
            }
        }
        return !columns.isEmpty() && columns.get(0) == Column.DATE && known >= 2 ? columns : null;
    }

    private static Column column(String name) {
        String key = name.toLowerCase(Locale.ROOT).strip();
        return switch (key) {
            case "date" -> Column.DATE;
            case "type", "attack type" -> Column.TYPE;
            case "dead", "killed", "deaths", "fatalities" -> Column.DEAD;
            case "injured", "wounded", "injuries" -> Column.INJURED;
            case "location", "place" -> Column.LOCATION;
            case "location and description" -> Column.LOCATION_AND_DESCRIPTION;
            case "perpetrator", "perpetrators", "perpetrator(s)" -> Column.PERPETRATOR;
            default -> Column.OTHER;
        };
    }

    private static List<Cell> cells(String line, int lineBegin) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '|') {
                String raw = line.substring(start, i);
                int lead = raw.length() - raw.stripLeading().length();
                String text = raw.strip();
                cells.add(new Cell(lineBegin + start + lead, lineBegin + start + lead + text.length(), text));
                start = i + 1;
            }
        }
        return cells;
    }

    private static Row row(int begin, int end, List<Cell> cells, List<Column> columns, String month, String year) {
        Map<Column, Cell> byColumn = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size() && i < columns.size(); i++) {
            byColumn.putIfAbsent(columns.get(i), cells.get(i));
        }
        Cell dateCell = byColumn.get(Column.DATE);
        Optional<EventDate> date = dateCell == null ? Optional.empty() : date(dateCell.text(), month, year);
        return new Row(begin, end, date, byColumn);
    }

    /** The date of a date cell ("11 January", "April 8", "2", "20-21 January"), with the month and year above. */
    public static Optional<EventDate> date(String cell, String monthAbove, String yearAbove) {
        Matcher y = YEAR.matcher(cell);
        String year = y.find() ? y.group(1) : yearAbove;
        if (year == null) {
            return Optional.empty();
        }
        String month = monthAbove;
        String day = null;
        Matcher m;
        if ((m = DAY_MONTH.matcher(cell)).find()) {
            day = m.group(1);
            month = m.group(2);
        } else if ((m = MONTH_DAY.matcher(cell)).find()) {
            month = m.group(1);
            day = m.group(2);
        } else if ((m = DAY_ONLY.matcher(cell)).find()) {
            day = m.group(1);
        }
        if (month == null || day == null) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)),
                    Integer.parseInt(day));
            return Optional.of(new EventDate(date.toString(), "day", "heading", cell));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The month a title names when it names one only ("List of terrorist incidents in March 2015"). */
    private static String singleMonth(String line) {
        Matcher m = MONTH_WORD.matcher(line);
        if (!m.find()) {
            return null;
        }
        String month = m.group(1);
        return m.find() ? null : month;
    }
}
