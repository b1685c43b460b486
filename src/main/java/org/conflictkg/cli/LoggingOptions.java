package org.conflictkg.cli;

import picocli.CommandLine.Option;

/** The logging option shared by every command: quiet by default, --verbose shows the libraries' logs. */
public final class LoggingOptions {

    /** The SLF4J simple logger's level property. */
    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Show progress logs of the libraries (CoreNLP, Jena) "
            + "and stack traces of errors.")
    void verbose(boolean value) {
        verbose = value;
        if (value) {
            System.setProperty(LEVEL_PROPERTY, "info");
        }
    }

    /** Whether --verbose was given. */
    public boolean isVerbose() {
        return verbose;
    }

    /** Makes logging quiet unless the user asked otherwise; call before any logger exists. */
    static void quietByDefault() {
        if (System.getProperty(LEVEL_PROPERTY) == null) {
            System.setProperty(LEVEL_PROPERTY, "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
