package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.conflictkg.nlp.Token;

/**
 * What the words around a name say about it being a place, whatever the tagger called it: a locative before it, a
 * kind of place or an attack noun after it, an apposition that describes a place, a comma chain to its division or
 * country, a distance and a compass point from another place.
 */
final class PlaceContext {

    /** Units of a distance from a place ("30 km north of Djibo"). */
    private static final Set<String> DISTANCE_UNITS = Set.of("km", "kilometers", "kilometres", "miles", "mi");
    /** Prepositions before a place ("in", "near"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "around", "from", "to",
            "towards", "into", "across", "between");
    /** The punctuation that closes a comma chain of places. */
    private static final Set<String> CHAIN_ENDS = Set.of(",", ".", ";", ":", "(", "-LRB-");
    /** Generic words of divisions, in a name that says whose division it is ("Sanmatenga Province of Burkina Faso"). */
    private static final Set<String> DIVISION_WORDS = Set.of("province", "region", "district", "state", "county",
            "governorate");
    /** Words for kinds of places ("Banadir region", "the town of Monguno"). */
    private static final Set<String> PLACE_WORDS = Set.of("region", "province", "district", "state", "county",
            "governorate", "forest", "city", "town", "village", "area", "commune", "municipality", "neighborhood",
            "neighbourhood", "suburb", "locality", "prefecture", "department", "subdistrict");

    /** Words for kinds of places too vague to name a settlement or division ("the area of", "a state in"). */
    private static final Set<String> VAGUE_PLACE_WORDS = Set.of("state", "forest", "area", "department");
    /** Words for settlements and divisions that name a place: "the village of X", "X, a town in". */
    private static final Set<String> NAMING_WORDS = PLACE_WORDS.stream().filter(w -> !VAGUE_PLACE_WORDS.contains(w))
            .collect(Collectors.toUnmodifiableSet());
    /** Words for settlements that may stand right before a settlement's name ("the provincial capital Mehtar Lam"). */
    private static final Set<String> SETTLEMENT_WORDS = Set.of("capital", "city", "town", "village");

    private PlaceContext() {
    }

    /** Whether a word is a preposition that introduces a place ("in", "near", "between"). */
    static boolean locative(String word) {
        return LOCATIVES.contains(word);
    }

    /** Whether a word is a generic word of divisions ("province", "governorate"). */
    static boolean divisionWord(String word) {
        return DIVISION_WORDS.contains(word);
    }

    /**
     * Whether a name stands where places stand: after a locative preposition ("in Raqqa", "near Oicha") or before a
     * word for a kind of place ("Banadir region") or an attack noun, next to it or after one noun ("the Potiskum
     * bombing", "Saint-Jean-sur-Richelieu ramming attack"), or right after a word for a settlement ("the provincial
     * capital Mehtar Lam").
     */
    static boolean locatedAsPlace(List<Token> tokens, int first, int last) {
        boolean after = first > 0 && LOCATIVES.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
        boolean before = last + 1 < tokens.size() && (PLACE_WORDS.contains(
                tokens.get(last + 1).word().toLowerCase(Locale.ROOT)) || TriggerLexicon.attackNoun(tokens.get(last + 1))
                || last + 2 < tokens.size() && tokens.get(last + 1).pos().startsWith("NN")
                        && TriggerLexicon.attackNoun(tokens.get(last + 2)));
        boolean named = afterKindOf(tokens, first, PLACE_WORDS);
        boolean kindBefore = first > 0
                && SETTLEMENT_WORDS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
        return after || before || named || kindBefore || listedAfterLocative(tokens, first)
                || describedAsPlace(tokens, last);
    }

    /**
     * Whether a name is given as the name of a settlement or division, so that it is a place though no gazetteer knows
     * it: after "the village of" and its kin ("the village of Goshe", "the town of Arbinda"), or before an apposition
     * whose head is such a word ("Dioungani, a village in central Mali").
     */
    static boolean namedAsSettlement(List<Token> tokens, int first, int last) {
        if (afterKindOf(tokens, first, NAMING_WORDS)) {
            return true;
        }
        int kind = appositionKind(tokens, last, NAMING_WORDS::contains);
        return kind >= 0 && kind + 1 < tokens.size() && !tokens.get(kind + 1).pos().startsWith("NN");
    }

    /** Whether a name follows a kind of place and "of" ("the town of Monguno", "the villages of Goshe"). */
    private static boolean afterKindOf(List<Token> tokens, int first, Set<String> kinds) {
        return first > 1 && tokens.get(first - 1).word().equalsIgnoreCase("of")
                && kinds.contains(singular(tokens.get(first - 2).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a name is followed by an apposition that says what kind of place it is ("Fayzabad, the capital of
     * Badakhshan Province", "Tremseh, a village in Hama province"): only a place is described that way.
     */
    private static boolean describedAsPlace(List<Token> tokens, int last) {
        return appositionKind(tokens, last, word -> PLACE_WORDS.contains(word) || word.equals("capital")) >= 0;
    }

    /**
     * The index of the word of a kind that heads an apposition right after a name (", a village", ", the provincial
     * capital"), within three adjectives and nouns after its article; -1 when there is none.
     */
    private static int appositionKind(List<Token> tokens, int last, Predicate<String> kind) {
        int i = last + 1;
        if (i + 1 >= tokens.size() || !tokens.get(i).word().equals(",")
                || !Set.of("the", "a", "an").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
            if (kind.test(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return k;
            }
            if (!tokens.get(k).pos().startsWith("JJ") && !tokens.get(k).pos().startsWith("NN")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a name is followed, after a comma, by the division or the country it lies in and the end of that comma
     * chain ("Toretsk, Donetsk Oblast, with mortars", "Daggar, Buner District.", "Beni, Congo,"): a person's name is
     * not written so.
     */
    static boolean chainedToItsDivision(List<Token> tokens, int last, Predicate<List<Token>> countryName) {
        int start = last + 2;
        if (start >= tokens.size() || !tokens.get(last + 1).word().equals(",")) {
            return false;
        }
        int end = start;
        while (end < tokens.size() && end < start + 4 && tokens.get(end).pos().startsWith("NNP")) {
            end++;
        }
        if (end == start || end < tokens.size() && !CHAIN_ENDS.contains(tokens.get(end).word())) {
            return false;
        }
        String lastWord = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
        return end - start > 1 && (DIVISION_WORDS.contains(lastWord) || lastWord.equals("oblast"))
                || countryName.test(tokens.subList(start, end));
    }

    /**
     * Whether a name is followed by where it lies from another place ("Nahrawan, southeast of Baghdad", "Arbinda, 30
     * km north of Djibo"): only a place is told that way.
     */
    static boolean placedByCompass(List<Token> tokens, int last) {
        int i = last + 1;
        if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return false;
        }
        i++;
        if (i + 1 < tokens.size() && tokens.get(i).pos().equals("CD")
                && DISTANCE_UNITS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            i += 2;
        }
        return i + 1 < tokens.size() && NounPhrases.compassPoint(tokens.get(i).word())
                && tokens.get(i + 1).word().equalsIgnoreCase("of");
    }

    /** Whether a name is in a list that a locative opens ("in Damascus and Homs", "in Kabul, Herat and Balkh"). */
    private static boolean listedAfterLocative(List<Token> tokens, int first) {
        int i = first - 1;
        if (i < 0 || !(tokens.get(i).word().equals(",") || tokens.get(i).word().equalsIgnoreCase("and"))) {
            return false;
        }
        for (int steps = 0; i >= 0 && steps < 10; i--, steps++) {
            Token t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (LOCATIVES.contains(word)) {
                return i + 1 < first && tokens.get(i + 1).pos().startsWith("NNP");
            }
            if (!(t.pos().startsWith("NNP") || word.equals(",") || word.equals("and"))) {
                return false;
            }
        }
        return false;
    }

    private static String singular(String word) {
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
