package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    private static final String SAFE_SEGMENT = "[a-z0-9]+(-[a-z0-9]+)*";

    @Test
    void plainLabel() {
        assertEquals("islamic-state-khorasan-province", Slugs.slug("Islamic State Khorasan Province"));
    }

    @Test
    void accentsAreFolded() {
        assertEquals("sao-tome-cafe-zurich", Slugs.slug("São Tomé Café Zürich"));
        assertEquals("ecole-francaise", Slugs.slug("École française"));
    }

    @Test
    void punctuationBecomesSingleHyphensAndIsTrimmed() {
        assertEquals("harbor-watch-hw", Slugs.slug("  Harbor -- Watch (HW)!  "));
        assertEquals("al-noor-brigade", Slugs.slug("al-Noor Brigade."));
        assertEquals("a-b-c", Slugs.slug("a/b\\c"));
    }

    @Test
    void possessiveIsDropped() {
        assertEquals("valley-guard", Slugs.slug("Valley Guard's"));
        assertEquals(Slugs.slug("Valley Guard"), Slugs.slug("Valley Guard's"));
        assertEquals("river-council-east-office", Slugs.slug("River Council's East Office"));
    }

    @Test
    void slugIsDeterministic() {
        assertEquals(Slugs.slug("Northern Liberation Front"), Slugs.slug("Northern Liberation Front"));
    }

    @Test
    void veryLongLabelIsBoundedAndStillUnique() {
        String stem = "Committee for the Protection of the Northern Valleys and the Eastern Plains and ".repeat(3);
        String first = stem + "Its Allies";
        String second = stem + "Its Friends";

        String a = Slugs.slug(first);
        String b = Slugs.slug(second);

        assertTrue(a.length() <= 80, a);
        assertTrue(b.length() <= 80, b);
        assertNotEquals(a, b);
        assertTrue(a.startsWith("committee-for-the-protection-of-the-northern"), a);
        assertTrue(a.matches("[a-z0-9-]+"), a);
        assertEquals(a, Slugs.slug(first));
    }

    @Test
    void labelOfExactlyTheLimitIsKeptWhole() {
        String label = "a".repeat(80);

        assertEquals(label, Slugs.slug(label));
        assertNotEquals("a".repeat(81), Slugs.slug("a".repeat(81)));
        assertTrue(Slugs.slug("a".repeat(81)).length() <= 80);
    }

    @Test
    void emptyLabelGivesANonEmptySafeSlug() {
        String empty = Slugs.slug("");
        String punctuation = Slugs.slug("?!?");
        String arabic = Slugs.slug("\u062f\u0627\u0639\u0634");

        for (String slug : new String[] {empty, punctuation, arabic}) {
            assertTrue(slug.matches(SAFE_SEGMENT), slug);
        }
        assertNotEquals(empty, punctuation);
        assertNotEquals(punctuation, arabic);
    }

    @Test
    void identifierSlugKeepsSafeIds() {
        assertEquals("doc-1", Slugs.identifierSlug("doc-1"));
        assertEquals("Report_2024.v2", Slugs.identifierSlug("Report_2024.v2"));
        assertEquals("a-b", Slugs.identifierSlug("a-b"));
    }

    @Test
    void identifierSlugSeparatesIdsDifferingOnlyInUnsafeCharacters() {
        String spaced = Slugs.identifierSlug("a b");
        String hyphenated = Slugs.identifierSlug("a-b");
        String slashed = Slugs.identifierSlug("a/b");

        assertNotEquals(spaced, hyphenated);
        assertNotEquals(spaced, slashed);
        assertNotEquals(hyphenated, slashed);
        assertTrue(spaced.startsWith("a-b-"), spaced);
        assertTrue(slashed.startsWith("a-b-"), slashed);
    }

    @Test
    void identifierSlugOfUnsafeIdsIsSafeAndDeterministic() {
        for (String id : new String[] {"news/2024/item one", "  ", "é", "..hidden", "x".repeat(150)}) {
            String slug = Slugs.identifierSlug(id);
            assertTrue(slug.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), slug);
            assertEquals(slug, Slugs.identifierSlug(id));
        }
        assertNotEquals(Slugs.identifierSlug("x".repeat(150)), Slugs.identifierSlug("x".repeat(151)));
    }

    @Test
    void anIdentifierThatLooksLikeAHashedSlugIsHashedItself() {
        String hashed = Slugs.identifierSlug("a b");
        assertNotEquals(hashed, Slugs.identifierSlug(hashed));
    }
}
