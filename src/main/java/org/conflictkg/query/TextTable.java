package org.conflictkg.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A SELECT result as a text table in Jena's layout ({@code | ?a | ?b |} between rules), fitted to a width: when
 * the table is wider, the widest columns are narrowed and their long cells cut with an ellipsis "…".
 */
public final class TextTable {

    /** Whole cells, however wide the table. */
    public static final int UNLIMITED = 0;
    /** The narrowest a column is made. */
    private static final int MIN_COLUMN = 6;
    private static final String ELLIPSIS = "…";

    private TextTable() {
    }

    /** Writes the rows of the result; {@code width} {@link #UNLIMITED} or at most that many characters a line. */
    public static void write(PrintStream out, ResultSet results, PrefixMapping prefixes, int width) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        org.apache.jena.sparql.serializer.SerializationContext context =
                new org.apache.jena.sparql.serializer.SerializationContext(prefixes);
        while (results.hasNext()) {
            Binding binding = results.nextBinding();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                Node node = binding.get(Var.alloc(vars.get(i)));
                row[i] = node == null ? "" : FmtUtils.stringForNode(node, context).replaceAll("[\\r\\n\\t]", " ");
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = length("?" + vars.get(i));
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], length(row[i]));
            }
        }
        fit(widths, width);
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        String rule = "-".repeat(total);
        out.println(rule);
        String[] header = new String[vars.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = "?" + vars.get(i);
        }
        out.println(line(header, widths));
        out.println("=".repeat(total));
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule);
    }

    /** Narrows the widest columns, one character at a time, until the line fits or every column is narrow. */
    static void fit(int[] widths, int width) {
        if (width <= UNLIMITED) {
            return;
        }
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        while (total > width) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths.length == 0 || widths[widest] <= MIN_COLUMN) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String cell = cut(cells[i], widths[i]);
            line.append(' ').append(cell).append(" ".repeat(widths[i] - length(cell))).append(" |");
        }
        return line.toString();
    }

    /** The cell, or its first code points and an ellipsis when it is longer than the width. */
    static String cut(String cell, int width) {
        if (length(cell) <= width) {
            return cell;
        }
        return cell.substring(0, cell.offsetByCodePoints(0, width - 1)) + ELLIPSIS;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
