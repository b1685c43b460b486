package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds the place names that open the cells of incident lists and tables, however the tagger tagged them: a name the
 * gazetteer knows that opens any cell up to a full stop or comma, and the name that opens a location column's cell.
 */
final class TableCellPlaces {

    /** What joins the cells of a table row: no name runs across it ("United States | Murder of ..."). */
    static final String CELL_SEPARATOR = "|";
    /** What ends the name that opens a table cell ("| Mogadishu. Mortar rounds ...", "| Baghdad, Iraq |"). */
    private static final Set<String> CELL_NAME_ENDS = Set.of(".", ",");

    /** The first and last token of a place name in a sentence. */
    record Name(int first, int last) {
    }

    private TableCellPlaces() {
    }

    /** The cells of the location columns of a text's incident tables. */
    static List<IncidentTables.Cell> locationCells(AnnotatedText text) {
        return IncidentTables.rows(text.text()).stream()
                .flatMap(r -> r.cell(IncidentTables.Column.LOCATION).stream()).toList();
    }

    /**
     * A name that opens a table cell and ends at a full stop or comma ("| Mogadishu. Mortar rounds slammed into a
     * market", "| Baghdad, Iraq |"), as incident lists give each row's place, is a place when the gazetteer knows it,
     * however the tagger tagged it ("Tolosa" as a person, "Diyarbakır" as a common noun).
     */
    static List<Name> knownCellOpeners(AnnotatedText text, Sentence sentence, Predicate<String> knownPlace) {
        List<Token> tokens = sentence.tokens();
        List<Integer> cellStarts = new ArrayList<>();
        int before = sentence.begin() - 1;
        while (before >= 0 && Character.isWhitespace(text.text().charAt(before))) {
            before--;
        }
        if (before >= 0 && text.text().startsWith(CELL_SEPARATOR, before)) {
            cellStarts.add(0);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(CELL_SEPARATOR)) {
                cellStarts.add(i + 1);
            }
        }
        List<Name> names = new ArrayList<>();
        for (int first : cellStarts) {
            int last = first;
            while (last + 1 < tokens.size() && last - first < 2 && !CELL_NAME_ENDS.contains(
                    tokens.get(last + 1).word())) {
                last++;
            }
            boolean capitalised = last < tokens.size() && tokens.subList(first, last + 1).stream()
                    .allMatch(t -> Character.isUpperCase(t.word().charAt(0)));
            if (capitalised && last + 1 < tokens.size() && CELL_NAME_ENDS.contains(tokens.get(last + 1).word())
                    && knownPlace.test(text.text().substring(tokens.get(first).begin(), tokens.get(last).end()))) {
                names.add(new Name(first, last));
            }
        }
        return names;
    }

    /**
     * The name that opens the location cell of an incident table's row, up to its first comma ("| Orange County,
     * United States |"), is a place whatever the tagger called it: the table's header says the column holds places.
     */
    static List<Name> locationCellOpeners(Sentence sentence, List<IncidentTables.Cell> cells,
            Set<String> particles) {
        List<Name> names = new ArrayList<>();
        for (IncidentTables.Cell cell : cells) {
            if (cell.begin() < sentence.begin() || cell.begin() >= sentence.end()) {
                continue;
            }
            int comma = cell.text().indexOf(',');
            int end = cell.begin() + (comma < 0 ? cell.text().length() : comma);
            List<Token> name = sentence.tokens().stream().filter(t -> t.begin() >= cell.begin() && t.end() <= end)
                    .toList();
            boolean capitalised = !name.isEmpty() && name.stream().allMatch(t -> Character.isUpperCase(
                    t.word().charAt(0)) || particles.contains(t.word()));
            if (capitalised && name.get(0).begin() == cell.begin() && name.get(name.size() - 1).end() == end
                    && Character.isUpperCase(name.get(name.size() - 1).word().charAt(0))) {
                names.add(new Name(name.get(0).index(), name.get(name.size() - 1).index()));
            }
        }
        return names;
    }
}
