package dev.dealbot.ingest;

import java.util.List;

/**
 * An article taken out of a page: its metadata, its body paragraphs (verbatim page text) and what was left out.
 *
 * @param attribution the sentence demanding how citations name the source, or null
 * @param demandedSource the source name that sentence demands, or null
 */
public record Extraction(PageMeta meta, List<String> paragraphs, List<Dropped> dropped, String attribution,
        String demandedSource) {
    public Extraction {
        paragraphs = List.copyOf(paragraphs);
        dropped = List.copyOf(dropped);
    }
}
