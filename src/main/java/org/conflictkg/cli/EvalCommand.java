package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.conflictkg.eval.Evaluator;
import org.conflictkg.eval.GoldDocument;
import org.conflictkg.eval.IncidentScores;
import org.conflictkg.eval.PairScores;
import org.conflictkg.eval.PairScoring;
import org.conflictkg.eval.PlaceScores;
import org.conflictkg.eval.Scores;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Pipeline;
import org.conflictkg.pipeline.StandardPipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg eval}: scores the extraction against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run the pipeline on gold-annotated texts (docs/gold-format.md) and print precision, recall "
                + "and F1 of entities and events, the accuracy of each event slot, pairwise resolution precision and "
                + "recall, and place accuracy (GeoNames ids, distance error).")
final class EvalCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--gold", required = true, paramLabel = "DIR", arity = "1..*",
            description = "Directories of gold .json files, each scored apart; a directory whose gold files are in "
                    + "its dev/ and test/ subdirectories is scored as those two parts.")
    private List<Path> gold;

    @Option(names = "--differences", description = "Also list every difference from the gold annotations.")
    private boolean differences;

    @Option(names = "--no-group-references",
            description = "Leave generic references (\"the group\") unlinked, to measure what linking them does.")
    private boolean noGroupReferences;

    @Override
    public Integer call() {
        List<Path> sets = new ArrayList<>();
        gold.forEach(dir -> sets.addAll(parts(dir)));
        List<List<GoldDocument>> documents = new ArrayList<>();
        for (Path set : sets) {
            List<GoldDocument> read = read(set);
            PairScoring.check(read).ifPresent(problem -> {
                throw new UserInputException(problem);
            });
            documents.add(read);
        }
        KnowledgeBase kb = KnowledgeBase.load();
        Pipeline pipeline = new StandardPipelineFactory(!noGroupReferences).create(kb, Instant::now);
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < sets.size(); i++) {
            Evaluator.Result result = new Evaluator(pipeline, kb).evaluate(documents.get(i));
            print(out, sets.get(i), result);
        }
        StringBuilder stages = new StringBuilder();
        pipeline.times().seconds().forEach((stage, seconds) -> stages.append(String.format(Locale.ROOT, " %s %.3f",
                stage, seconds)));
        out.println("Stage seconds:" + stages);
        out.flush();
        return ExitCodes.OK;
    }

    /** A gold directory, or its dev/ and test/ parts when its gold files are there. */
    static List<Path> parts(Path dir) {
        Path dev = dir.resolve("dev");
        Path test = dir.resolve("test");
        if (Files.isDirectory(dev) && Files.isDirectory(test)) {
            return List.of(dev, test);
        }
        return List.of(dir);
    }

    private void print(PrintWriter out, Path set, Evaluator.Result result) {
        out.printf(Locale.ROOT, "Gold: %s (%d documents)%n", set, result.documents());
        line(out, "entities", result.entities());
        line(out, "events", result.events());
        PairScores pairs = result.resolution();
        out.printf(Locale.ROOT, "resolution P %.3f  R %.3f  F1 %.3f  (%d of %d same-entity pairs joined, %d of %d "
                + "different-entity pairs joined)%n", pairs.precision(), pairs.recall(), pairs.f1(),
                pairs.sameJoined(), pairs.samePairs(), pairs.differentJoined(), pairs.differentPairs());
        PlaceScores places = result.places();
        out.printf(Locale.ROOT, "places    accuracy %.3f  (%d of %d with the right GeoNames id); distance error "
                + "median %s km, max %s km (%d of %d placed)%n", places.accuracy(), places.rightId(),
                places.withId(), km(places.medianKm()), km(places.maxKm()), places.placed(), places.withPoint());
        out.printf(Locale.ROOT, "Slot accuracy over %d aligned events:%n", result.events().slots()
                .getOrDefault("date", new int[2])[1]);
        for (String slot : Evaluator.SLOTS) {
            out.printf(Locale.ROOT, "  %-12s %.3f%n", slot, result.events().accuracy(slot));
        }
        IncidentScores incidents = result.incidents();
        Scores s = incidents.scores();
        int[] c = s.counts();
        out.printf(Locale.ROOT, "incidents P %.3f  R %.3f  F1 %.3f  (%d matched, %d found, %d in gold; %.2f found per "
                + "gold incident)%n", s.precision(), s.recall(), s.f1(), c[0], c[1], c[2], incidents.perGold());
        out.printf(Locale.ROOT, "main      %d of %d right (%d chosen)%n", incidents.mainRight(), incidents.mainGold(),
                incidents.mainFound());
        out.printf(Locale.ROOT, "Incident slot accuracy over %d matched incidents:%n", c[0]);
        incidents.slotAccuracy().forEach((slot, accuracy) -> out.printf(Locale.ROOT, "  %-24s %.3f (%d)%n", slot,
                accuracy, incidents.checked(slot)));
        if (differences) {
            out.println("Differences:");
            result.differences().forEach(d -> out.println("  " + d));
        }
    }

    private static String km(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "-";
    }

    private static void line(PrintWriter out, String name, Scores s) {
        int[] c = s.counts();
        out.printf(Locale.ROOT, "%-9s P %.3f  R %.3f  F1 %.3f  (%d correct, %d found, %d in gold)%n", name,
                s.precision(), s.recall(), s.f1(), c[0], c[1], c[2]);
    }

    /** The gold documents of a directory, in file-name order. */
    static List<GoldDocument> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a directory of gold files");
        }
        List<GoldDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    documents.add(GoldDocument.read(file));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UserInputException(dir + ": cannot list (" + e.getMessage() + ")");
        }
        if (documents.isEmpty()) {
            throw new UserInputException(dir + ": no .json gold files");
        }
        return documents;
    }
}
