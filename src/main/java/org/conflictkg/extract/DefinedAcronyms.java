package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds the later uses of an acronym that a report defines after a known name ("al-Shabaab (AS)", then "AS claimed
 * responsibility"), which the tagger leaves untagged or takes for something else (the Czech town As): each is a
 * mention of the name's entity. Country reports and
 * press releases name groups this way throughout.
 */
final class DefinedAcronyms {

    private static final Pattern DEFINITION = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z]{0,2}[A-Z](?:-[A-Z]{1,3})?)"
            + "\\s*\\)");

    private DefinedAcronyms() {
    }

    /** The mentions, with a mention added for every untagged use of an acronym defined after a known name. */
    static List<Mention> add(AnnotatedText text, List<Mention> mentions) {
        Map<String, Mention> defined = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entityIri().isEmpty()) {
                continue;
            }
            Matcher matcher = DEFINITION.matcher(text.text().substring(m.end(),
                    Math.min(text.text().length(), m.end() + 16)));
            if (matcher.find() && initialsOf(m.text(), matcher.group(1))) {
                defined.putIfAbsent(matcher.group(1), m);
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        List<Mention> result = new ArrayList<>(mentions);
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                String word = text.text().substring(token.begin(), token.end());
                Mention name = defined.get(word);
                if (name == null || inParentheses(text.text(), token)) {
                    continue;
                }
                List<Mention> over = mentions.stream()
                        .filter(m -> m.begin() < token.end() && token.begin() < m.end()).toList();
                boolean untagged = over.isEmpty();
                boolean mistaken = over.size() == 1 && over.get(0).entityIri().isEmpty()
                        && over.get(0).begin() == token.begin() && over.get(0).end() == token.end();
                if (untagged || mistaken) {
                    result.removeAll(over);
                    result.add(new Mention(sentence.index(), token.index(), token.index(), token.begin(),
                            token.end(), word, name.type(), "acronym", name.entityIri(), name.country(),
                            name.label()));
                }
            }
        }
        result.sort(Comparator.comparingInt(Mention::begin));
        return result;
    }

    /**
     * Whether the acronym's letters are the initials of the name's words and word parts, in order, the first
     * included, whatever their case ("al-Shabaab" gives AS, "Islamic State West Africa" ISWA).
     */
    static boolean initialsOf(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2 || initials.length() == 0 || initials.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : letters.toCharArray()) {
            at = initials.indexOf(String.valueOf(c), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Whether the token is the definition itself: "(AS)". */
    private static boolean inParentheses(String text, Token token) {
        return token.begin() > 0 && token.end() < text.length() && text.charAt(token.begin() - 1) == '('
                && text.charAt(token.end()) == ')';
    }
}
