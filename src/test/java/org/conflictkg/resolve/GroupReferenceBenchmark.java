package org.conflictkg.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.eval.GoldDocument;
import org.conflictkg.extract.Mention;
import org.conflictkg.extract.MentionExtractor;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.source.PublicationDate;

/**
 * The cost of linking generic references to groups, against resolution without it and against annotation, on the
 * gold texts; a main, not a test, so that no test depends on the machine's speed. Run after
 * {@code mvn test-compile} and {@code mvn package -DskipTests}:
 * <pre>java -cp 'target/classes:target/test-classes:target/lib/*' org.conflictkg.resolve.GroupReferenceBenchmark</pre>
 */
public final class GroupReferenceBenchmark {

    private static final int ROUNDS = 200;

    private GroupReferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args.length > 0 ? args[0] : "src/test/resources/gold");
        List<GoldDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> documents.add(
                    GoldDocument.read(p)));
        }
        KnowledgeBase kb = KnowledgeBase.load();
        Gazetteer gazetteer = Gazetteer.shared();
        MentionExtractor extractor = new MentionExtractor(kb, name -> !gazetteer.lookup(name).isEmpty());
        EntityResolver resolver = new EntityResolver(new PlaceLinker(gazetteer, kb));
        GroupReferenceLinker linker = new GroupReferenceLinker();
        List<AnnotatedText> texts = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        long annotation = System.nanoTime();
        for (GoldDocument doc : documents) {
            AnnotatedText text = StandardPipelineFactory.annotator().annotate(doc.text(),
                    doc.date().flatMap(PublicationDate::day));
            texts.add(text);
            mentions.add(extractor.extract(text));
        }
        annotation = System.nanoTime() - annotation;
        long resolveOnly = 0;
        long linkOnly = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                Resolution resolution = resolver.resolve(texts.get(i).text(), mentions.get(i));
                long t1 = System.nanoTime();
                linker.link(texts.get(i), resolution);
                long t2 = System.nanoTime();
                if (round >= ROUNDS / 4) {
                    resolveOnly += t1 - t0;
                    linkOnly += t2 - t1;
                }
            }
        }
        int timed = ROUNDS - ROUNDS / 4;
        System.out.printf("%d documents; annotation (first pass, with CoreNLP's lazy start) %.1f s%n",
                documents.size(), annotation / 1e9);
        System.out.printf("per pass over all documents, warm (mean of %d): resolution %.3f ms, group references "
                + "%.3f ms (%.1f%% of resolution, %.4f%% of the annotation pass)%n", timed, resolveOnly / 1e6 / timed,
                linkOnly / 1e6 / timed, 100.0 * linkOnly / resolveOnly, 100.0 * linkOnly / timed / annotation);
    }
}
