package dev.dealbot.cli;

import dev.dealbot.ingest.Dropped;
import dev.dealbot.ingest.Extraction;
import dev.dealbot.ingest.NewArticle;
import dev.dealbot.ingest.PageLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dealbot add FILE.html|FILE.txt|URL}: extracts the article from a page, shows what it kept and dropped and
 * writes it to the corpus folder, where a running server picks it up.
 */
@Command(name = "add", description = "Add an article to the corpus folder from a web page (.html), a text file (.txt) "
        + "or an http(s) URL.")
final class AddCommand implements Callable<Integer> {
    private static final int SHOWN_CHARS = 110;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE.html|FILE.txt|URL")
    String location;

    @Option(names = "--source", paramLabel = "NAME", description = "The name every citation shows (default: the page's "
            + "attribution demand, else its site name).")
    String source;

    @Option(names = "--attribution", paramLabel = "TEXT", description = "How the publisher demands to be cited, e.g. "
            + "'All AI citations must indicate the source as \"X\".' (default: found in the text).")
    String attribution;

    @Option(names = "--title", paramLabel = "TEXT", description = "The headline, when the page has none.")
    String title;

    @Option(names = "--id", paramLabel = "DOC-ID", description = "The file name in the corpus folder (default: from the title).")
    String docId;

    @Option(names = "--dry-run", description = "Show what would be kept and dropped; write nothing.")
    boolean dryRun;

    @Option(names = "--timeout-seconds", paramLabel = "N", description = "Give up fetching a URL after N seconds (default: 20).")
    int timeoutSeconds = (int) PageLoader.DEFAULT_TIMEOUT.toSeconds();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1 || timeoutSeconds > 300)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout-seconds must be 1 to 300");
        PrintWriter out = spec.commandLine().getOut();
        Path dir = common.settings().config().corpus().dir();
        Extraction e = new PageLoader(Duration.ofSeconds(timeoutSeconds), PageLoader.DEFAULT_MAX_BYTES).extract(location);
        NewArticle a = NewArticle.of(e, new NewArticle.Overrides(docId, title, source, attribution), location);
        out.printf("kept %d paragraphs (%d sentences):%n", e.paragraphs().size(), a.article().sentences().size());
        e.paragraphs().forEach(p -> out.println("  + " + shorten(p.strip())));
        out.printf("dropped %d blocks:%n", e.dropped().size());
        for (Dropped d : e.dropped()) out.println("  - " + d.reason() + ": " + shorten(d.text()));
        var art = a.article();
        out.println("title: " + art.title());
        out.println("source: " + art.source() + (art.attribution() != null ? "  (attribution: " + art.attribution() + ")" : ""));
        out.println("author: " + art.author() + "; date: " + art.date() + "; url: " + art.url());
        if (dryRun) {
            out.println("dry run: would write " + dir.resolve(a.docId() + ".md"));
            return 0;
        }
        Path written = a.writeTo(dir);
        out.println("wrote " + written + " (a running server with corpus.watch picks it up)");
        return 0;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").replaceAll("\\p{Cc}", "?"); // page text never drives the terminal
        return one.length() <= SHOWN_CHARS ? one : one.substring(0, SHOWN_CHARS - 1) + "…";
    }
}
