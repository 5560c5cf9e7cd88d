package dev.dealbot.config;

import dev.dealbot.helper.Validate;
import java.nio.file.Path;

/** Where the articles live and where the index is kept. Relative paths are resolved against the dealbot home. */
public record CorpusSettings(Path dir, Path dataDir) {
    public CorpusSettings {
        Validate.notNull(dir, "corpus.dir");
        Validate.notNull(dataDir, "corpus.dataDir");
    }

    public CorpusSettings resolvedAgainst(Path home) {
        return new CorpusSettings(home.resolve(dir).normalize(), home.resolve(dataDir).normalize());
    }
}
