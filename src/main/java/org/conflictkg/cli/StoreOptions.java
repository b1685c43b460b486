package org.conflictkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store option shared by every command that reads or writes a store. */
public final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store directory (default: $KG_STORE, else ./store).")
    private Path store;

    /** The store directory: the option, else $KG_STORE, else ./store. */
    public Path store() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("KG_STORE");
        return env == null || env.isBlank() ? Path.of("store") : Path.of(env);
    }
}
