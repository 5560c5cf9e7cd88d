package dev.dealbot.ingest;

/**
 * What a page says about its article. Any field may be null.
 *
 * @param date ISO date (yyyy-MM-dd) of publication
 * @param siteName the publisher's name ({@code og:site_name}, JSON-LD {@code publisher})
 */
public record PageMeta(String title, String author, String date, String siteName, String url) {
    static final PageMeta NONE = new PageMeta(null, null, null, null, null);
}
