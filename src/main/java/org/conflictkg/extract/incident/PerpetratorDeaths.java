package org.conflictkg.extract.incident;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the perpetrators who died in an attack, as GTD counts them apart from the other dead: "the bomber was
 * also killed", "the two gunmen were shot dead", "eighty militants were also killed", "the attacker blew himself up",
 * "killing himself", "including the bomber".
 */
public final class PerpetratorDeaths {

    private static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|both|all|all "
            + "(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)|\\d+|the|the two|the three|the four)";
    private static final String PERPETRATOR = "(?:suicide )?(bombers?|attackers?|assailants?|gunm[ae]n|"
            + "perpetrators?|shooters?|hostage-takers?|terrorists?|militants?|insurgents?|jihadists?)";
    private static final Pattern WERE_KILLED = Pattern.compile("(?i)\\b" + NUMBER + " " + PERPETRATOR
            + "(,?) (?:was|were|is|are|had been) (?:also |later |subsequently )?(?:killed|shot dead|shot and killed"
            + "|neutrali[sz]ed|eliminated)");
    private static final Pattern DIED = Pattern.compile("(?i)\\b" + NUMBER + " " + PERPETRATOR
            + " (?:also )?(?:died|blew (?:himself|herself|themselves) up|blows? (?:himself|herself|themselves) up|killed (?:himself|herself|themselves))");
    /**
     * "He was shot and killed by police", "by the first responding police officer": a pronoun that, killed by the
     * security forces, is the attacker.
     */
    private static final Pattern KILLED_BY_FORCES = Pattern.compile("(?i)\\b(?:he|she) was (?:later )?(?:killed|shot "
            + "dead|shot and killed) by (?:the |an? )?(?:[\\w-]+ ){0,3}?(?:police|security forces|officers?|soldiers"
            + "|troops|guards?)\\b");
    /**
     * "Three militants open fire", "Two Palestinian attackers stab": how many attackers an attack's own sentence says
     * there were.
     */
    private static final Pattern ATTACKERS = Pattern.compile("\\b((?i:two|three|four|five|six|seven|eight|nine|ten)|"
            + "\\d+) (?:(?i:armed |suicide )|\\p{Lu}\\p{L}+ )?(?i:bombers|attackers|assailants|gunmen|militants|"
            + "terrorists)\\b");
    /**
     * "He detonated a car bomb ..., killing himself", "he ... blew himself up": a reflexive killing, whoever its
     * subject, is one attacker's death.
     */
    private static final Pattern SELF_KILLED = Pattern.compile("(?i)\\b(?:(?:killing|killed) (?:himself|herself)"
            + "|(?:blew|blows) (?:himself|herself) up)\\b");
    private static final Pattern INCLUDING = Pattern.compile("(?i)\\bincluding " + NUMBER + " " + PERPETRATOR
            + "\\b");
    /** "In addition to the bomber, 16 people were killed": the perpetrators are not among the dead counted. */
    private static final Pattern IN_ADDITION = Pattern.compile("(?i)\\bin addition to " + NUMBER + " " + PERPETRATOR
            + "\\b");
    /**
     * A number written as a numeral ("eight assailants were killed", "the two gunmen died"): the sentence's toll
     * already counts them, as a count of that noun; "the bomber was killed" gives no toll of its own, but a
     * conjunct of the dead ("a policeman and the attacker were killed") is counted among them.
     */
    private static final Pattern NUMERAL = Pattern.compile(
            "(?i)\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final Pattern KILLING_ALL = Pattern.compile("(?i)\\b(?:kill(?:ing|ed)|fatally shot|fatally "
            + "shooting|shot dead) " + NUMBER + " " + PERPETRATOR + "\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("both", 2));

    /**
     * The perpetrators a sentence says died.
     *
     * @param count how many
     * @param alreadyCounted whether the sentence counts them among the dead it gives ("including the bomber", "eight
     *     assailants were killed")
     */
    public record Deaths(int count, boolean alreadyCounted) {
    }

    private PerpetratorDeaths() {
    }

    /** Whether a sentence says in so many words that its dead include perpetrators ("including the bomber"). */
    public static boolean includedInToll(String sentence) {
        return INCLUDING.matcher(sentence).find();
    }

    /** The perpetrator deaths a sentence reports, if it reports any with a number or a singular noun. */
    public static Optional<Deaths> in(String sentence) {
        Matcher including = INCLUDING.matcher(sentence);
        if (including.find()) {
            return count(including.group(1), including.group(2)).map(n -> new Deaths(n, true));
        }
        Matcher besides = IN_ADDITION.matcher(sentence);
        if (besides.find()) {
            return count(besides.group(1), besides.group(2)).map(n -> new Deaths(n, false));
        }
        for (Pattern pattern : new Pattern[] {WERE_KILLED, DIED}) {
            Matcher m = pattern.matcher(sentence);
            if (m.find()) {
                boolean apposition = pattern == WERE_KILLED && !m.group(3).isEmpty();
                boolean numbered = NUMERAL.matcher(m.group(1)).find() || !apposition
                        && sentence.substring(0, m.start()).matches("(?is).*\\b(?:and|,)\\s*");
                return count(m.group(1), m.group(2)).map(n -> new Deaths(n, numbered));
            }
        }
        Matcher all = KILLING_ALL.matcher(sentence);
        if (all.find()) {
            return count(all.group(1), all.group(2)).map(n -> new Deaths(n, false));
        }
        if (KILLED_BY_FORCES.matcher(sentence).find() || SELF_KILLED.matcher(sentence).find()) {
            return Optional.of(new Deaths(1, false));
        }
        return Optional.empty();
    }

    /**
     * The perpetrator deaths a sentence reports, where "the gunmen were killed" takes its number from how many
     * attackers the attack's own sentence names ("Three militants open fire at the campus").
     */
    public static Optional<Deaths> in(String sentence, String attackSentence) {
        Optional<Deaths> deaths = in(sentence);
        if (deaths.isPresent()) {
            return deaths;
        }
        Matcher killed = WERE_KILLED.matcher(sentence);
        Matcher died = DIED.matcher(sentence);
        boolean theMany = killed.find() && killed.group(1).equalsIgnoreCase("the")
                || died.find() && died.group(1).equalsIgnoreCase("the");
        Matcher attackers = ATTACKERS.matcher(attackSentence);
        if (!theMany || !attackers.find()) {
            return Optional.empty();
        }
        return count(attackers.group(1), "attackers").map(n -> new Deaths(n, false));
    }

    private static Optional<Integer> count(String number, String noun) {
        String n = number.toLowerCase(Locale.ROOT).replaceFirst("^(all|the) ", "");
        boolean plural = noun.endsWith("s") || noun.toLowerCase(Locale.ROOT).endsWith("men");
        if (n.equals("the") || n.equals("all")) {
            return plural ? Optional.empty() : Optional.of(1);
        }
        if (n.matches("\\d+")) {
            return Optional.of(Integer.parseInt(n));
        }
        return Optional.ofNullable(WORDS.get(n));
    }
}
