package org.conflictkg.source;

import java.nio.file.Path;
import java.util.Arrays;

/** {@code ReadItems PATH...}: reads the paths with {@link DocumentSource} and prints one line per item. */
public final class ReadItems {

    private ReadItems() {
    }

    /** Prints "read ID" or "failed MESSAGE" for each item. */
    public static void main(String[] args) {
        try (DocumentSource source = DocumentSource.of(Arrays.stream(args).map(Path::of).toList())) {
            while (source.hasNext()) {
                SourceItem item = source.next();
                System.out.println(item instanceof SourceItem.Read read ? "read " + read.document().id()
                        : "failed " + ((SourceItem.Failed) item).problem().message());
            }
        }
    }
}
