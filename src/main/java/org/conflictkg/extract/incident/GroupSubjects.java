package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
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
 * Names the perpetrator of an attack whose sentence opens with an armed group and an attacker noun right before its
 * trigger ("Taliban insurgents ambush an army checkpoint", "Suspected Boko Haram militants attack a village"), when
 * the parse gave it none: digests write such subjects in the present, which the tagger often reads as a verb
 * ("insurgents" as VBZ) and then hangs nothing on the attack.
 */
public final class GroupSubjects {

    /** The sentence's opening up to the trigger: an optional hedge, the group's name, an attacker noun. */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:suspected|alleged|armed|heavily armed)\\s+)?"
            + "(.+?)\\s+(?:insurgents|militants|gunmen|fighters|jihadists|rebels|terrorists|members|extremists)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final double CONFIDENCE = 0.7;

    private GroupSubjects() {
    }

    /** The incidents, with the group that opens an attack's sentence as its perpetrator where it has none. */
    public static List<Event> add(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            Optional<String> group = e.type().isAttack()
                    && e.roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()
                    ? e.triggers().stream().map(t -> opening(t, text, facts)).flatMap(Optional::stream).findFirst()
                    : Optional.empty();
            result.add(group.isEmpty() ? e : e.withSoleRole(new RoleAssignment(Role.PERPETRATOR, group.get(),
                    CONFIDENCE, "group-subject")));
        }
        return result;
    }

    /** The armed group whose name the opening of the trigger's sentence is, with its attacker noun. */
    private static Optional<String> opening(Span trigger, AnnotatedText text, PlaceFacts facts) {
        if (trigger.sentence() >= text.sentences().size()) {
            return Optional.empty();
        }
        Sentence sentence = text.sentences().get(trigger.sentence());
        Matcher m = OPENING.matcher(text.text().substring(sentence.begin(), trigger.begin()));
        if (!m.matches()) {
            return Optional.empty();
        }
        int nameBegin = sentence.begin() + m.start(1);
        int nameEnd = sentence.begin() + m.end(1);
        return facts.armedGroupBefore(sentence.index(), nameEnd, 0).filter(group -> facts.mentionIn(group,
                sentence.index()).map(s -> s.begin() == nameBegin).orElse(false));
    }
}
