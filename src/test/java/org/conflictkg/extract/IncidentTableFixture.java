package org.conflictkg.extract;

/** An excerpt of a Wikipedia list of terrorist incidents, line by line, for the tests of its table. */
public final class IncidentTableFixture {

    /** The list's title, which gives the year. */
    public static final String TITLE = "List of terrorist incidents in July–December 2011";
    /** The header line of the table. */
    public static final String HEADER = "Date | Type | Dead | Injured | Location | Details | Perpetrator";
    /** A row with 13 dead, one of them the perpetrator, and no perpetrator named. */
    public static final String FIRST = "2 | Bombing | 13 (+1) | 0 | Shamulzayi , Afghanistan"
            + " | A bomb struck a bus . |  ";
    /** A row with "5+" dead, unknown injured and Boko Haram as perpetrator. */
    public static final String SECOND = "3 | Bombing | 5+ | Unknown | Maiduguri , Nigeria"
            + " | A blast hit a bar . | Boko Haram";

    private IncidentTableFixture() {
    }

    /** The excerpt's lines: title, month, header, the two rows and a line after the table. */
    public static String[] lines() {
        return new String[] {TITLE, "July", HEADER, FIRST, SECOND, "Sources differ ."};
    }
}
