package dev.dealbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dealbot.helper.Validate;
import java.nio.file.Path;

/**
 * Where the articles live and where the index is kept. Relative paths are resolved against the dealbot home.
 *
 * @param watch whether {@code dealbot serve} picks up added, edited and removed articles without a restart
 * @param checkSeconds how often a server compares the corpus folder's content hash (the fallback when file events
 *     are missed) and verifies the index files' checksums
 */
public record CorpusSettings(Path dir, Path dataDir, boolean watch, int checkSeconds) {
    public CorpusSettings {
        Validate.notNull(dir, "corpus.dir");
        Validate.notNull(dataDir, "corpus.dataDir");
        Validate.inRange(checkSeconds, 1, 3_600, "corpus.checkSeconds");
    }

    @JsonCreator
    static CorpusSettings fromYaml(@JsonProperty("dir") Path dir, @JsonProperty("dataDir") Path dataDir,
            @JsonProperty("watch") Boolean watch, @JsonProperty("checkSeconds") Integer checkSeconds) {
        return new CorpusSettings(dir, dataDir, watch == null || watch, checkSeconds == null ? 10 : checkSeconds);
    }

    public CorpusSettings resolvedAgainst(Path home) {
        return new CorpusSettings(home.resolve(dir).normalize(), home.resolve(dataDir).normalize(), watch, checkSeconds);
    }
}
