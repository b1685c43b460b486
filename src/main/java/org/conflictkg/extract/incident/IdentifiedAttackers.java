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
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Names the attacker a report identifies ("The attacker was identified as Salman Ramadan Abedi", "The suspected
 * perpetrator was named as Akbarzhon Jalilov", "The suspect in the stabbing attack ... is identified as Ali H.", "the
 * gunman, Omar Mateen,", "a lone wolf terrorist, Martin Couture-Rouleau", "arrested the driver, Salih Khater", "the
 * perpetrator, a 47-year-old man from Cardiff, Wales named Darren Osborne"): the person named right after the
 * phrase, or right before an attacker noun set off by commas ("Abdul Razak Ali Artan, the assailant, was shot") or as
 * the subject of planting a bomb ("Tamerlan Tsarnaev planted two ... bombs"), becomes the perpetrator of the latest
 * attack told before it, in its paragraph or else earlier, when that attack has none yet.
 */
public final class IdentifiedAttackers {

    private static final String ATTACKER = "(?:suspected\\s+|alleged\\s+|lone(?:[\\s-]+wolf)?\\s+|suicide\\s+)?"
            + "(?:attacker|perpetrator|bomber|gunman|assailant|shooter|hijacker|terrorist|driver|suspect)";
    private static final Pattern IDENTIFIED = Pattern.compile("(?i)\\bthe\\s+" + ATTACKER + "\\s+(?:was|has been"
            + "|had been)\\s+(?:later\\s+|subsequently\\s+|officially\\s+|publicly\\s+)?(?:identified|named)\\s+as\\s+"
            + "|\\b(?:the|a)\\s+" + ATTACKER + "\\s*,\\s+");
    /**
     * "The suspect in the stabbing attack yesterday ... is identified as Ali H.": the attacker named with the attack
     * he is the suspect of, which the phrase itself tells.
     */
    private static final Pattern SUSPECT_IN = Pattern.compile("(?i)\\bthe\\s+(?:suspect|" + ATTACKER + ")\\s+"
            + "(?:in|behind|of)\\s+[^.;]{0,150}?\\s+(?:is|was|has been|had been)\\s+(?:\\w+ly\\s+)?"
            + "(?:identified|named)\\s+as\\s+");
    /**
     * "the perpetrator, a 47-year-old man from Cardiff, Wales named Darren Osborne,": the attacker described in an
     * apposition that names him at its end, whose commas only set off names of places.
     */
    private static final Pattern DESCRIBED_THEN_NAMED = Pattern.compile("(?i)\\b(?:the|a)\\s+" + ATTACKER
            + "\\s*,\\s+an?\\s+[^,.;]{0,80}?(?:,\\s+(?-i:[A-Z])[^,.;]{0,40}?){0,2}\\s+named\\s+(?:as\\s+)?");
    /** "Abdul Razak Ali Artan, the assailant,": the attacker noun set off by commas after the name. */
    private static final Pattern NAME_THEN_ATTACKER = Pattern.compile("(?i),\\s+the\\s+" + ATTACKER + "\\s*,");
    /** "Tamerlan Tsarnaev planted two homemade pressure cooker bombs": the person who placed the device. */
    private static final Pattern NAME_THEN_PLANTED = Pattern.compile("(?i)\\s+(?:planted|placed|detonated|set off)"
            + "\\s+(?:[\\w-]+\\s+){0,4}?(?:bombs?|explosives?|explosive devices?|IEDs?)\\b");
    /** How far after the phrase the person's name may start ("29-year-old"). */
    private static final int REACH = 25;
    private static final double CONFIDENCE = 0.7;

    private IdentifiedAttackers() {
    }

    /** The incidents, with the attackers their reports identify added where they have no perpetrator. */
    public static List<Event> add(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        Map<Integer, String> identified = new HashMap<>();
        identify(IDENTIFIED, true, incidents, text, facts, identified);
        identify(SUSPECT_IN, true, incidents, text, facts, identified);
        identify(DESCRIBED_THEN_NAMED, true, incidents, text, facts, identified);
        identify(NAME_THEN_ATTACKER, false, incidents, text, facts, identified);
        identify(NAME_THEN_PLANTED, false, incidents, text, facts, identified);
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            String person = identified.get(e.key());
            result.add(person == null ? e : e.withSoleRole(new RoleAssignment(Role.PERPETRATOR, person,
                    CONFIDENCE, "identified-as")));
        }
        return result;
    }

    /**
     * Records, for each match of the pattern, the person named right after it ({@code nameAfter}) or right before it
     * as the perpetrator of the attack told before it, when that attack has none.
     */
    private static void identify(Pattern pattern, boolean nameAfter, List<Event> incidents, AnnotatedText text,
            PlaceFacts facts, Map<Integer, String> identified) {
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            int start = m.start();
            Optional<Sentence> sentence = text.sentenceAt(start);
            if (sentence.isEmpty()) {
                continue;
            }
            int index = sentence.get().index();
            Optional<String> person = nameAfter ? facts.entityAt(EntityType.PERSON, index, m.end(), REACH)
                    : facts.entityBefore(EntityType.PERSON, index, start, 1);
            Optional<Event> attack = latestAttackBefore(incidents, text, sentence.get(), nameAfter ? m.end() : start);
            if (person.isPresent() && attack.isPresent()
                    && attack.get().roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()) {
                identified.putIfAbsent(attack.get().key(), person.get());
            }
        }
    }

    /** The attack whose latest mention before the offset is latest: in the sentence's paragraph, else before it. */
    private static Optional<Event> latestAttackBefore(List<Event> incidents, AnnotatedText text, Sentence sentence,
            int offset) {
        Comparator<Event> latest = Comparator.comparingInt(e -> lastBefore(e, offset));
        Optional<Event> inParagraph = incidents.stream().filter(e -> e.type().isAttack())
                .filter(e -> e.triggers().stream().anyMatch(t -> t.begin() < offset
                        && paragraph(t, text) == sentence.paragraph()))
                .max(latest);
        if (inParagraph.isPresent()) {
            return inParagraph;
        }
        return incidents.stream().filter(e -> e.type().isAttack()).filter(e -> lastBefore(e, offset) >= 0)
                .max(latest);
    }

    private static int lastBefore(Event e, int offset) {
        return e.triggers().stream().filter(t -> t.begin() < offset).mapToInt(Span::begin).max().orElse(-1);
    }

    private static int paragraph(Span trigger, AnnotatedText text) {
        return trigger.sentence() < text.sentences().size() ? text.sentences().get(trigger.sentence()).paragraph()
                : -1;
    }
}
