package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Modality;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Finds the claims that a participle names after an attack ("the February 28 bombings claimed by Da'esh", "the
 * attacks yesterday in Damascus and Homs, now claimed by ISIL"): a claim of responsibility by the armed group named
 * right after "claimed by", for the latest attack mentioned before it in the sentence. A claim the sentence rules
 * already found for that attack and group is not repeated.
 */
public final class ClaimedByPhrases {

    private static final Pattern CLAIMED_BY = Pattern.compile("(?i)\\bclaimed by\\s+");
    /** How far after "claimed by" the group's name may start (articles, "the so-called"). */
    private static final int REACH = 20;
    private static final double CONFIDENCE = 0.8;

    private ClaimedByPhrases() {
    }

    /** The incidents with the claims their "claimed by" phrases name added, in text order. */
    public static List<Event> add(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        List<Event> result = new ArrayList<>(incidents);
        Matcher m = CLAIMED_BY.matcher(text.text());
        while (m.find()) {
            Optional<Sentence> sentence = text.sentenceAt(m.start());
            if (sentence.isEmpty()) {
                continue;
            }
            Optional<String> group = facts.armedGroupAt(sentence.get().index(), m.end(), REACH);
            Optional<Event> attack = incidents.stream().filter(e -> e.type().isAttack())
                    .filter(e -> e.triggers().stream().anyMatch(t -> t.sentence() == sentence.get().index()
                            && t.begin() < m.start()))
                    .max(Comparator.comparingInt(e -> e.triggers().stream()
                            .filter(t -> t.sentence() == sentence.get().index() && t.begin() < m.start())
                            .mapToInt(Span::begin).max().orElse(0)));
            if (group.isEmpty() || attack.isEmpty() || claimed(incidents, attack.get().key(), group.get())) {
                continue;
            }
            int begin = m.start();
            Span trigger = new Span(sentence.get().index(), begin, begin + "claimed".length(),
                    text.text().substring(begin, begin + "claimed".length()));
            result.add(new Event(EventType.CLAIM_OF_RESPONSIBILITY, List.of(trigger),
                    Map.of(Role.CLAIMANT, Set.of(group.get())), Set.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Modality.COMPLETED, CONFIDENCE, Optional.of(attack.get().key()),
                    Optional.empty(), Set.of(), Set.of(), Optional.empty(), Set.of(sentence.get().index()),
                    List.of(new RoleAssignment(Role.CLAIMANT, group.get(), CONFIDENCE, "claimed-by"))));
        }
        result.sort(Comparator.comparingInt(Event::key));
        return result;
    }

    private static boolean claimed(List<Event> incidents, int attack, String group) {
        return incidents.stream().anyMatch(e -> e.type() == EventType.CLAIM_OF_RESPONSIBILITY
                && e.claimedEvent().filter(k -> k == attack).isPresent()
                && e.roles().getOrDefault(Role.CLAIMANT, Set.of()).contains(group));
    }
}
