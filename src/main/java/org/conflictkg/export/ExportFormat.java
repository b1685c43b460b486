package org.conflictkg.export;

/** The formats {@code kg export} writes. */
public enum ExportFormat {
    TTL, TRIG, NQ, JSONLD, EVENTS_CSV, ENTITIES_CSV;

    /** The format with this command-line name ("events-csv"). */
    public static ExportFormat of(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
