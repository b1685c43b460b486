package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Sentences written out by hand, token by token, with the annotations the parser would give them. */
final class HandParsed {

    private HandParsed() {
    }

    /**
     * A sentence of tokens written "word lemma POS head relation [ner [normalized]]", separated by spaces (head -1
     * for the root); the text is the words joined by single spaces, starting at offset 0.
     */
    static Sentence sentence(int index, int paragraph, String... tokens) {
        List<Token> parsed = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < tokens.length; i++) {
            String[] f = tokens[i].split(" ");
            String ner = f.length > 5 ? f[5] : "O";
            String normalized = f.length > 6 ? f[6] : "";
            parsed.add(new Token(i, f[0], f[1], f[2], ner, normalized, offset, offset + f[0].length(),
                    Integer.parseInt(f[3]), f[4]));
            offset += f[0].length() + 1;
        }
        return new Sentence(index, paragraph, 0, Math.max(0, offset - 1), parsed);
    }

    /** A mention of an entity (IRI "ex:" + its words) over the tokens first to last of a sentence. */
    static EventExtractor.EntityMention mention(Sentence sentence, int first, int last, EntityType type) {
        Token a = sentence.tokens().get(first);
        Token b = sentence.tokens().get(last);
        StringBuilder words = new StringBuilder();
        for (int i = first; i <= last; i++) {
            words.append(i > first ? " " : "").append(sentence.tokens().get(i).word());
        }
        String text = words.toString();
        return new EventExtractor.EntityMention(new Mention(sentence.index(), first, last, a.begin(), b.end(), text,
                type, "gazetteer", Optional.empty(), Optional.empty(), text), "ex:" + text.replace(' ', '_'), type);
    }

    /** A draft of an event of this type whose trigger is the token at this index. */
    static EventDraft draft(EventType type, Sentence sentence, int trigger) {
        EventDraft draft = new EventDraft();
        draft.type = type;
        draft.sentence = sentence;
        draft.trigger = sentence.tokens().get(trigger);
        draft.verb = draft.trigger.isVerb();
        draft.triggers.add(new Span(sentence.index(), draft.trigger.begin(), draft.trigger.end(),
                draft.trigger.word()));
        draft.sentences.add(sentence.index());
        draft.paragraphs.add(sentence.paragraph());
        return draft;
    }
}
