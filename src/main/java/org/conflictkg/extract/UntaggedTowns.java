package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds the towns the tagger left untagged wherever they stand ("Dapchi is located in ...", "the Dapchi schoolgirls
 * kidnapping"): a proper name that the gazetteer knows as a town of a country the report names, and that the report
 * never writes in lower case (so "Hope" or "Justice" stay words), is a place.
 */
final class UntaggedTowns {

    private UntaggedTowns() {
    }

    /**
     * The mentions, with a place mention added for each such name.
     *
     * @param townCountries the countries (lower case) of the towns the gazetteer knows by a name
     * @param countryLabels the names (lower case) of each knowledge-base country, by its IRI
     */
    static List<Mention> add(AnnotatedText text, List<Mention> mentions, Function<String, Set<String>> townCountries,
            Map<String, Set<String>> countryLabels) {
        Set<String> named = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.COUNTRY) {
                m.entityIri().map(countryLabels::get).ifPresent(named::addAll);
            }
        }
        if (named.isEmpty()) {
            return mentions;
        }
        List<Mention> result = new ArrayList<>(mentions);
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int first = i;
                while (i < tokens.size() && candidateWord(text, tokens.get(i))) {
                    i++;
                }
                int last = i - 1;
                if (last < first) {
                    i++;
                    continue;
                }
                int begin = tokens.get(first).begin();
                int end = tokens.get(last).end();
                String name = text.text().substring(begin, end);
                boolean free = mentions.stream().noneMatch(m -> m.begin() < end + 1 && begin - 1 < m.end());
                boolean bounded = (first == 0 || !tokens.get(first - 1).pos().startsWith("NNP"))
                        && (i >= tokens.size() || !tokens.get(i).pos().startsWith("NNP"));
                if (free && bounded && last - first < 3 && name.length() >= 4
                        && townCountries.apply(name).stream().anyMatch(named::contains)
                        && !writtenLowerCase(text, name)) {
                    result.add(new Mention(sentence.index(), first, last, begin, end, name, EntityType.PLACE, "ner",
                            Optional.empty(), Optional.empty(), name));
                }
            }
        }
        result.sort(Comparator.comparingInt(Mention::begin));
        return result;
    }

    /** A capitalised proper-noun token the tagger gave no type ("Dapchi"; not "GGSTC", not "the"). */
    private static boolean candidateWord(AnnotatedText text, Token token) {
        String word = text.text().substring(token.begin(), token.end());
        return token.pos().equals("NNP") && token.ner().equals("O") && Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).allMatch(Character::isLowerCase) && word.length() > 1;
    }

    /** Whether the text writes the name in lower case somewhere ("hope", "justice"): then it is a word too. */
    private static boolean writtenLowerCase(AnnotatedText text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b").matcher(text.text())
                .find();
    }
}
