package org.conflictkg.extract.incident;

import java.util.List;
import java.util.OptionalInt;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * The head of a report: its title, the lines a press statement or release sets under it down to its date line
 * ("Terrorist Attack at Westgate Shopping Mall in Nairobi, Kenya" / "Press Statement" / "John Kerry" / "Washington,
 * DC" / "September 21, 2013"), and its lead, the first paragraph of the body. A text with a title in a paragraph of
 * its own has the paragraph after it as its lead.
 *
 * @param titled whether the document opens with a title: a first paragraph of one sentence, or a title line over the
 *     lines that end at a date line
 * @param leadParagraph the paragraph of the lead: the one after the date line under the title, else the second
 *     sentence's (-1 when there is none)
 * @param overDateLine whether the title stands over a date line: a record heading there dates the report, not a
 *     digest's items
 */
record ReportHead(boolean titled, int leadParagraph, boolean overDateLine) {

    /** How many lines a title and the lines under it may take before the date line. */
    private static final int MAX_HEAD_LINES = 8;

    /** The head of this text. */
    static ReportHead of(AnnotatedText text) {
        List<Sentence> sentences = text.sentences();
        OptionalInt dateLine = dateLine(text);
        boolean titled = sentences.size() >= 2
                && (sentences.get(1).paragraph() != sentences.get(0).paragraph() || dateLine.isPresent());
        int lead = dateLine.isPresent() ? dateLine.getAsInt() + 1 : 1;
        return new ReportHead(titled, lead < sentences.size() ? sentences.get(lead).paragraph() : -1,
                dateLine.isPresent());
    }

    /**
     * The sentence of the date line under the title: the first record heading of the text, when the title and every
     * line between them are lines of their own without a full stop.
     */
    private static OptionalInt dateLine(AnnotatedText text) {
        List<RecordHeadings.Heading> headings = RecordHeadings.find(text.text());
        if (headings.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < Math.min(sentences.size(), MAX_HEAD_LINES + 1); s++) {
            Sentence sentence = sentences.get(s);
            if (!SectionHeadings.isTitleLine(text, sentence)) {
                return OptionalInt.empty();
            }
            if (sentence.end() > headings.get(0).begin()) {
                return s == 0 ? OptionalInt.empty() : OptionalInt.of(s);
            }
        }
        return OptionalInt.empty();
    }
}
