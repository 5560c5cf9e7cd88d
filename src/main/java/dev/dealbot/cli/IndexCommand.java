package dev.dealbot.cli;

import dev.dealbot.config.Settings;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.index.IndexStore;
import dev.dealbot.index.OnnxEmbedder;
import dev.dealbot.index.PassageIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code dealbot index}: rebuilds the index from docs-corpus/, showing progress. */
@Command(name = "index", description = "Rebuild the search index from the corpus folder.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Settings settings = common.settings();
        out.println("reading " + settings.config().corpus().dir());
        Corpus corpus = Corpus.load(settings.config().corpus().dir());
        out.println(corpus.articles().size() + " articles; loading the embedding model");
        long start = System.nanoTime();
        IndexStore store = new IndexStore(settings.config().corpus().dataDir(), new OnnxEmbedder());
        try (PassageIndex index = store.build(corpus, line -> {
            out.println(line);
            out.flush();
        })) {
            out.printf("done in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000, index.path());
        }
        return 0;
    }
}
