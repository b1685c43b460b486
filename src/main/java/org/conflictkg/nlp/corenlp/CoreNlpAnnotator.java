package org.conflictkg.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.LineBreaks;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.TextChunks;
import org.conflictkg.nlp.TextAnnotator;
import org.conflictkg.nlp.Token;

/**
 * The {@link TextAnnotator} backed by Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (3-class models plus
 * SUTime and numbers, without the slow fine-grained gazetteer: our own knowledge base types the domain's names) and
 * depparse, which runs after {@link PresentTenseVerbs} has corrected verbs of violence the tagger read as nouns. The
 * models load once, in the constructor; one instance may be shared by threads. A sentence also ends at
 * a table's cell separator "|", so that each cell of an incident list ("April 9 | 1 | 30 | A bomb ... kills one") is
 * parsed on its own and a row's date is not read as the subject of its description.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    /** The annotators run, in order. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r\\f]*\\n");

    private final StanfordCoreNLP pipeline;
    /** The dependency parser, run after {@link PresentTenseVerbs} has corrected the tags; null without depparse. */
    private final StanfordCoreNLP parser;

    /** Loads the models (several seconds). */
    public CoreNlpAnnotator() {
        this(ANNOTATORS);
    }

    /** Loads the models for exactly these annotators, for benchmarks that compare against the full pipeline. */
    public CoreNlpAnnotator(String annotators) {
        Properties props = new Properties();
        boolean parsed = annotators.endsWith(",depparse");
        props.setProperty("annotators", parsed ? annotators.substring(0, annotators.length() - ",depparse".length())
                : annotators);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|\\|");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("pos.maxlen", "400");
        props.setProperty("depparse.maxlen", "400");
        props.setProperty("ner.maxlen", "1000");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.pipeline = new StanfordCoreNLP(props);
        if (parsed) {
            Properties parse = new Properties();
            parse.setProperty("annotators", "depparse");
            parse.setProperty("depparse.maxlen", "400");
            parse.setProperty("enforceRequirements", "false");
            this.parser = new StanfordCoreNLP(parse);
        } else {
            this.parser = null;
        }
    }

    /** Runs the taggers, corrects the present-tense verbs read as nouns, then parses. */
    private void run(Annotation annotation) {
        pipeline.annotate(annotation);
        if (parser != null) {
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                PresentTenseVerbs.correct(sentence.get(CoreAnnotations.TokensAnnotation.class));
            }
            parser.annotate(annotation);
        }
    }

    @Override
    public String modelDescription() {
        return description();
    }

    /** The name, version and annotators of the models, without loading them. */
    public static String description() {
        String version = "unknown version";
        try (java.io.InputStream in = StanfordCoreNLP.class.getResourceAsStream(
                "/META-INF/maven/edu.stanford.nlp/stanford-corenlp/pom.properties")) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                version = props.getProperty("version", version);
            }
        } catch (java.io.IOException e) {
            version = "unknown version (" + e.getMessage() + ")";
        }
        return "Stanford CoreNLP " + version + " (" + ANNOTATORS + ")";
    }

    /**
     * Runs the CoreNLP annotators alone, without building this program's model of the text, and returns the number
     * of tokens: the limit the full pipeline is measured against.
     */
    public int annotateBare(String text, Optional<LocalDate> documentDate) {
        Annotation annotation = new Annotation(text);
        documentDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        run(annotation);
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /**
     * Annotates the text in the pieces of {@link TextChunks} (one piece for ordinary articles; a heading is a piece
     * of its own), with offsets into the whole text; a run-on passage is cut so that every part of it is tagged and
     * parsed.
     */
    @Override
    public AnnotatedText annotate(String text, Optional<LocalDate> documentDate) {
        return annotate(text, documentDate, 0);
    }

    @Override
    public AnnotatedText annotate(String text, Optional<LocalDate> documentDate, int headEnd) {
        List<TextChunks.Chunk> pieces = new ArrayList<>();
        for (TextChunks.Chunk chunk : TextChunks.of(text)) {
            if (chunk.begin() < headEnd && headEnd < chunk.end()) {
                pieces.add(new TextChunks.Chunk(chunk.begin(), headEnd));
                pieces.add(new TextChunks.Chunk(headEnd, chunk.end()));
            } else {
                pieces.add(chunk);
            }
        }
        List<TextChunks.Chunk> chunks = pieces;
        if (LineBreaks.endSentences(text)) {
            chunks = new ArrayList<>();
            for (TextChunks.Chunk piece : pieces) {
                chunks.addAll(LineBreaks.lines(text, piece.begin(), piece.end()));
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int previousEnd = 0;
        for (TextChunks.Chunk chunk : chunks) {
            String piece = text.substring(chunk.begin(), chunk.end());
            if (piece.isBlank()) {
                continue;
            }
            Annotation annotation = new Annotation(piece);
            documentDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class,
                    date.toString()));
            run(annotation);
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (labels.isEmpty()) {
                    continue;
                }
                int begin = chunk.begin() + labels.get(0).beginPosition();
                int end = chunk.begin() + labels.get(labels.size() - 1).endPosition();
                if (!sentences.isEmpty() && PARAGRAPH_BREAK.matcher(text.substring(previousEnd, begin)).find()) {
                    paragraph++;
                }
                previousEnd = end;
                sentences.add(new Sentence(sentences.size(), paragraph, begin, end, tokens(sentence, labels,
                        chunk.begin())));
            }
        }
        return new AnnotatedText(text, sentences);
    }

    private static List<Token> tokens(CoreMap sentence, List<CoreLabel> labels, int shift) {
        int size = labels.size();
        int[] heads = new int[size];
        String[] relations = new String[size];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                int dependent = edge.getDependent().index() - 1;
                if (dependent >= 0 && dependent < size) {
                    heads[dependent] = edge.getGovernor().index() - 1;
                    relations[dependent] = edge.getRelation().toString();
                }
            }
            for (IndexedWord root : graph.getRoots()) {
                int index = root.index() - 1;
                if (index >= 0 && index < size) {
                    heads[index] = -1;
                    relations[index] = "root";
                }
            }
        }
        List<Token> tokens = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            CoreLabel label = labels.get(i);
            String ner = label.ner() == null ? "O" : label.ner();
            String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            tokens.add(new Token(i, label.word(), lemma, label.tag() == null ? "" : label.tag(), ner,
                    normalized == null ? "" : normalized, shift + label.beginPosition(),
                    shift + label.endPosition(), heads[i], relations[i]));
        }
        return tokens;
    }
}
