package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.conflictkg.store.ShapeValidation;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg validate}: checks the whole store against the SHACL shapes in ontology/. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store against the SHACL shapes of ontology/shapes.ttl. Exit code 1 when it "
                + "does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--limit", defaultValue = "50", description = "Show at most this many violations "
            + "(default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2Store store = Tdb2Store.openExisting(storeOptions.store())) {
            ValidationReport report = ShapeValidation.validate(store);
            if (report.conforms()) {
                out.println("The store conforms to the shapes (" + store.documentGraphs().size() + " documents).");
                out.flush();
                return ExitCodes.OK;
            }
            out.println("The store does not conform: " + report.getEntries().size() + " violations.");
            report.getEntries().stream().limit(limit).forEach(e -> out.println("  " + e.focusNode() + " "
                    + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message()));
            out.flush();
            return ExitCodes.SOME_FAILED;
        }
    }
}
