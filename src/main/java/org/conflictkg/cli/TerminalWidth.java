package org.conflictkg.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The width of the terminal: {@code $COLUMNS}, else the terminal's own (stty), else {@link #DEFAULT}. */
final class TerminalWidth {

    /** The width when the output is no terminal and $COLUMNS is not set. */
    static final int DEFAULT = 120;

    private TerminalWidth() {
    }

    static int columns() {
        return columns(System.getenv("COLUMNS"));
    }

    static int columns(String variable) {
        if (variable != null) {
            try {
                int value = Integer.parseInt(variable.trim());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // not a number: ask the terminal
            }
        }
        if (System.console() != null && new File("/dev/tty").exists()) {
            try {
                Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
                if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0) {
                    String[] parts = out.split("\\s+");
                    if (parts.length == 2) {
                        return Integer.parseInt(parts[1]);
                    }
                }
            } catch (java.io.IOException | NumberFormatException e) {
                // no stty: the default
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return DEFAULT;
    }
}
