package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Gives an attack of no known kind the GTD attack type its words tell: a suicide attack, a car bomb, an explosive
 * device, a detonation or a projectile (mortars, rockets, grenades, shelling, as GTD codes them) is a bombing; gunmen
 * opening fire, a shooting, a gun attack, a clash or an exchange of fire, or a blade (GTD counts melee weapons there)
 * is an armed assault. Only the words right before a mention and the sentences that tell the attack count; a kind
 * already found is kept.
 */
public final class AttackTypes {

    private static final Pattern EXPLOSIVE = Pattern.compile("(?i)\\b(suicide (bomb|attack|vest|car)\\w*|car bomb\\w*"
            + "|truck bomb\\w*|bomb(ing|er|ers|s)?\\b|improvised explosive|explosive device|explosives|\\bIEDs?\\b"
            + "|detonat\\w+|blew (himself|herself|themselves) up|blast|mortars?|rockets?|(hand )?grenades?|RPGs?"
            + "|rocket-propelled|shell(ed|ing|s)\\b|artillery)");
    private static final Pattern FIREARMS = Pattern.compile("(?i)\\b(gunm[ae]n|opened fire|open fire|shooting"
            + "|shot dead|gunfire|gun attack|rifles?|firearms?|clash(es)?|gunfights?|firefights?|exchange of fire"
            + "|machetes?|knife|knives|stabb(ed|ing)|axes?|pistols?)\\b");

    private AttackTypes() {
    }

    /** The incidents, with each attack of no known kind given the kind its words tell. */
    public static List<Event> refine(List<Event> incidents, AnnotatedText text) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            EventType type = e.type() == EventType.ATTACK ? kind(e, text) : e.type();
            result.add(type == e.type() ? e : new Event(type, e.triggers(), e.roles(), e.places(), e.date(),
                    e.killed(), e.wounded(), e.modality(), e.confidence(), e.claimedEvent(), e.about(),
                    e.attributedTo(), e.channels(), e.target(), e.sentences(), e.assignments()));
        }
        return result;
    }

    private static EventType kind(Event e, AnnotatedText text) {
        boolean explosive = false;
        boolean firearms = false;
        for (Span trigger : e.triggers()) {
            if (trigger.sentence() >= text.sentences().size()) {
                continue;
            }
            Sentence s = text.sentences().get(trigger.sentence());
            String before = text.text().substring(Math.max(s.begin(), trigger.begin() - 25), trigger.begin())
                    .toLowerCase(Locale.ROOT);
            explosive |= before.contains("suicide");
            firearms |= before.matches(".*\\b(gun|armed|shooting)\\s*$");
        }
        Set<Integer> told = new TreeSet<>(e.sentences());
        e.triggers().forEach(t -> told.add(t.sentence()));
        for (int index : told) {
            if (index >= text.sentences().size()) {
                continue;
            }
            Sentence s = text.sentences().get(index);
            String sentence = text.text().substring(s.begin(), s.end());
            explosive |= EXPLOSIVE.matcher(sentence).find();
            firearms |= FIREARMS.matcher(sentence).find();
        }
        if (explosive && !firearms) {
            return EventType.BOMBING;
        }
        if (firearms && !explosive) {
            return EventType.ARMED_ASSAULT;
        }
        return EventType.ATTACK;
    }
}
