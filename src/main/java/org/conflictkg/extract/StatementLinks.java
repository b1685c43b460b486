package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Links a statement (a claim, accusation, denial, warning or assessment) to the attack it is about. */
final class StatementLinks {

    private StatementLinks() {
    }

    /**
     * Links the statements of a sentence: a claim, accusation, denial or warning is about the attack named in its
     * own clause ("claimed responsibility for the bombing"); an assessment with none is about the attack named later
     * in its sentence, if any; a claim, accusation, denial or assessment with none is about the latest attack before
     * it. A warning with no place of its own is located where the attack it warns of is ("threatened to attack hotels
     * in Nairobi"). A claim attributes the event to its claimants, an accusation to whom it accuses; the media
     * outlets in its clause are its channels.
     */
    static void link(List<EventDraft> events, List<EventDraft> found, Sentence sentence, List<EntityMention> here) {
        for (EventDraft statement : found) {
            if (!statement.type.isStatement() || !events.contains(statement)) {
                continue;
            }
            EventDraft target = null;
            EventDraft latest = null;
            EventDraft followingHere = null;
            for (EventDraft event : events) {
                if (event == statement || !event.type.isAttack()) {
                    continue;
                }
                if (event.trigger.begin() < statement.trigger.begin()) {
                    latest = event;
                } else if (followingHere == null && event.sentence == sentence) {
                    followingHere = event;
                }
                for (Span span : event.triggers) {
                    if (span.sentence() == sentence.index()
                            && sentence.dominates(statement.trigger, SentenceTokens.at(sentence, span.begin()))
                            && !timeReference(sentence, SentenceTokens.at(sentence, span.begin()))) {
                        target = event;
                    }
                }
            }
            if (target != null && statement.type == EventType.WARNING && statement.places.isEmpty()) {
                statement.places.addAll(target.places);
            }
            if (target == null && statement.type == EventType.ASSESSMENT) {
                target = followingHere;
            }
            if (target == null && statement.type != EventType.WARNING) {
                target = latest;
            }
            if (target != null) {
                statement.about = Optional.of(target.triggers.get(0).begin());
                if (statement.type == EventType.CLAIM_OF_RESPONSIBILITY) {
                    statement.claimed = statement.about;
                }
            }
            if (statement.type == EventType.CLAIM_OF_RESPONSIBILITY) {
                statement.attributedTo.addAll(statement.roles.getOrDefault(Role.CLAIMANT, Set.of()));
            } else if (statement.type == EventType.ACCUSATION) {
                statement.attributedTo.addAll(statement.roles.getOrDefault(Role.TARGET, Set.of()));
            } else if (statement.type == EventType.ASSESSMENT) {
                EventRoles.assessed(sentence, statement.trigger, here)
                        .forEach(m -> statement.attributedTo.add(m.iri()));
            }
            for (EntityMention m : here) {
                if (m.type() == EntityType.MEDIA_OUTLET && sentence.dominates(statement.trigger,
                        sentence.tokens().get(m.mention().lastToken()))) {
                    statement.channels.add(m.iri());
                }
            }
        }
    }

    /** Whether an event is what a statement in the same sentence is about ("claimed the attack", "denied the raid"). */
    static boolean aboutOf(List<EventDraft> found, EventDraft draft, Sentence sentence) {
        for (EventDraft other : found) {
            if (other != draft && other.verb && other.type.isStatement()
                    && sentence.dominates(other.trigger, draft.trigger)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event noun only says when something else happened ("before the attack", "days after it"). */
    private static boolean timeReference(Sentence sentence, Token token) {
        Set<String> temporal = Set.of("before", "after", "following", "since");
        Token head = sentence.head(token);
        return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals("case")
                && temporal.contains(c.word().toLowerCase(Locale.ROOT)))
                || head != null && Set.of("DURATION", "DATE", "TIME").contains(head.ner())
                        && sentence.children(head.index()).stream().anyMatch(c -> c.relation().equals("case")
                                && temporal.contains(c.word().toLowerCase(Locale.ROOT)));
    }
}
