package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Names the perpetrator that a report attributes an attack to ("sources attributed the attack to the Islamic State",
 * "the bombing was blamed on al-Shabaab", "in an attack blamed on Boko Haram", "the attacks were directed by al-Qaeda"), as GTD codes the group its sources
 * attribute an unclaimed attack to: the armed group named right after the phrase becomes a perpetrator of the latest
 * attack told before it in the paragraph, when that attack has none yet.
 */
public final class AttributedPerpetrators {

    private static final String ATTACK_NOUNS = "(?:attacks?|incidents?|bombings?|blasts?|explosions?|assaults?"
            + "|killings?|kidnappings?|abductions?|shootings?|ambush(?:es)?|raids?|massacres?|violence)";
    private static final Pattern ATTRIBUTED = Pattern.compile("(?i)\\b(?:attributed|blamed)\\s+(?:the|this|these|both"
            + "|that)?\\s*(?:[\\w-]+\\s+)?" + ATTACK_NOUNS + "\\s+(?:to|on)\\s+|\\b" + ATTACK_NOUNS
            + "\\s+(?:(?:was|were|has been|have been|is|are)\\s+)?(?:\\w+ly\\s+)?(?:attributed to|blamed on)\\s+");
    /**
     * A hedged attribution whose group follows ("sources suspected that Boko Haram was behind the attacks", "sources
     * suspected that the incident was carried out by Ansar al-Islam"): the words after the group or before it must
     * say it did the attack.
     */
    private static final Pattern SUSPECTED = Pattern.compile("(?i)\\b(?:suspected|believed)\\s+(?:that\\s+)?(?:the\\s+)?"
            + "(?:" + ATTACK_NOUNS + "\\s+(?:was|were)\\s+(?:\\w+ly\\s+)?(?:carried out|perpetrated|conducted) by\\s+)?");
    private static final Pattern DID_IT = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:carried out|was behind|were behind"
            + "|was responsible|were responsible|perpetrated|conducted)\\b");
    /**
     * An attack said to show the character of a group ("This cowardly suicide attack ... once again demonstrates the
     * Taliban's utter contempt for human life", "This attack is yet another example of the cowardice of Da'esh"):
     * the report lays it at that group's door. The group's name follows the phrase.
     */
    private static final Pattern CHARACTERISED = Pattern.compile("(?i)\\b(?:this|that|the|these)\\s+(?:[\\w-]+\\s+){0,3}"
            + ATTACK_NOUNS + "\\b[^.;]{0,100}?\\b(?:demonstrates?|illustrates?|shows?|reveals?|(?:is|are)\\s+(?:yet\\s+)?"
            + "(?:another|an?)\\s+(?:\\w+\\s+)?(?:example|reminder|sign|demonstration)s?\\s+of)\\s+(?:once\\s+again\\s+"
            + "|yet\\s+again\\s+|again\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+of\\s+)?");
    /**
     * An attack said to have been led by a group from afar ("the official investigation ... found that the attacks
     * were directed by al-Qaeda", "the bombing was orchestrated by the Haqqani Network"): the group is its author.
     */
    private static final Pattern DIRECTED = Pattern.compile("(?i)\\b(?:the|this|that|these|those|both)\\s+"
            + "(?:[\\w-]+\\s+){0,2}" + ATTACK_NOUNS + "\\s+(?:was|were|had been|have been|has been)\\s+(?:\\w+ly\\s+)?"
            + "(?:directed|orchestrated|masterminded|ordered|planned|organi[sz]ed)\\s+by\\s+");
    /**
     * A group that opens its sentence and is said to be believed responsible ("Jemaah Islamiyah, the Southeast Asian
     * terrorist group connected with Al Qaeda, is believed responsible", "Boko Haram is suspected of carrying out the
     * attack"): the report attributes the attack to it.
     */
    private static final Pattern BELIEVED_RESPONSIBLE = Pattern.compile("(?i)\\b(?:is|are|was|were|has been"
            + "|have been)\\s+(?:\\w+ly\\s+)?(?:believed|suspected|thought)\\s+(?:to\\s+(?:be|have been)\\s+)?"
            + "(?:responsible|behind)\\b|\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?suspected\\s+of\\s+"
            + "(?:carrying out|perpetrating|being behind)\\b");
    /** How far from the sentence's start the name of a group that opens it may start ("The", "Suspected"). */
    private static final int OPENING_REACH = 12;
    /** How far after the phrase the group's name may start ("the", "the so-called"). */
    private static final int REACH = 20;
    private static final double CONFIDENCE = 0.7;

    private AttributedPerpetrators() {
    }

    /** The incidents, with the perpetrators their reports attribute them to added. */
    public static List<Event> add(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        Map<Integer, String> attributed = new HashMap<>();
        attribute(ATTRIBUTED, false, (phrase, after) -> true, incidents, text, facts, attributed);
        attribute(SUSPECTED, false, (phrase, after) -> phrase.toLowerCase(java.util.Locale.ROOT).endsWith("by ")
                || DID_IT.matcher(after).find(), incidents, text, facts, attributed);
        attribute(CHARACTERISED, true, (phrase, after) -> true, incidents, text, facts, attributed);
        attribute(DIRECTED, true, (phrase, after) -> true, incidents, text, facts, attributed);
        attributeToSubject(incidents, text, facts, attributed);
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            String group = attributed.get(e.key());
            result.add(group == null ? e : e.withSoleRole(new RoleAssignment(Role.PERPETRATOR, group,
                    CONFIDENCE, "attributed-to")));
        }
        return result;
    }

    /**
     * Records, for each phrase of this pattern that the rest of its sentence confirms, the armed group named right
     * after it as the perpetrator of the latest attack without one told before the phrase (or inside it, when the
     * phrase itself names the attack: then the phrase must lie within one sentence).
     */
    private static void attribute(Pattern pattern, boolean attackInPhrase,
            java.util.function.BiPredicate<String, String> confirms, List<Event> incidents, AnnotatedText text,
            PlaceFacts facts, Map<Integer, String> attributed) {
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            Optional<Sentence> sentence = text.sentenceAt(m.start()).filter(s -> !attackInPhrase || m.end() <= s.end());
            if (sentence.isEmpty()) {
                continue;
            }
            Optional<String> group = facts.armedGroupAt(sentence.get().index(), m.end(), REACH);
            String after = text.text().substring(m.end(), Math.max(m.end(), sentence.get().end()));
            Optional<Event> attack = latestAttackBefore(incidents, text, sentence.get(),
                    attackInPhrase ? m.end() : m.start());
            if (group.isPresent() && confirms.test(m.group(), after) && attack.isPresent()
                    && attack.get().roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()) {
                attributed.putIfAbsent(attack.get().key(), group.get());
            }
        }
    }

    /**
     * Records, for each phrase that believes the subject of its sentence responsible, the armed group that opens the
     * sentence as the perpetrator of the latest attack without one told before it in the paragraph.
     */
    private static void attributeToSubject(List<Event> incidents, AnnotatedText text, PlaceFacts facts,
            Map<Integer, String> attributed) {
        Matcher m = BELIEVED_RESPONSIBLE.matcher(text.text());
        while (m.find()) {
            Optional<Sentence> sentence = text.sentenceAt(m.start());
            if (sentence.isEmpty()) {
                continue;
            }
            Optional<String> group = facts.armedGroupAt(sentence.get().index(), sentence.get().begin(),
                    OPENING_REACH);
            Optional<Event> attack = latestAttackBefore(incidents, text, sentence.get(), sentence.get().begin());
            if (group.isPresent() && attack.isPresent()
                    && attack.get().roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()) {
                attributed.putIfAbsent(attack.get().key(), group.get());
            }
        }
    }

    private static Optional<Event> latestAttackBefore(List<Event> incidents, AnnotatedText text, Sentence sentence,
            int offset) {
        return incidents.stream().filter(e -> e.type().isAttack())
                .filter(e -> e.triggers().stream().anyMatch(t -> before(t, text, sentence, offset)))
                .max(Comparator.comparingInt(e -> e.triggers().stream().filter(t -> before(t, text, sentence, offset))
                        .mapToInt(Span::begin).max().orElse(0)));
    }

    private static boolean before(Span trigger, AnnotatedText text, Sentence sentence, int offset) {
        return trigger.begin() < offset && trigger.sentence() < text.sentences().size()
                && text.sentences().get(trigger.sentence()).paragraph() == sentence.paragraph();
    }
}
