package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalWidthTest {

    @Test
    void columnsComesFromTheVariableElseTheDefaultWhenNoTerminal() {
        assertEquals(80, TerminalWidth.columns("80"));
        assertEquals(TerminalWidth.DEFAULT, 120);
        if (System.console() == null) {
            assertEquals(120, TerminalWidth.columns(null));
            assertEquals(120, TerminalWidth.columns("wide"));
        }
    }

    @Test
    void wideIsAnOptionOfQuery() {
        CliRun run = CliRun.kg("query", "--help");
        assertTrue(run.out().contains("--wide"), run.toString());
    }
}
