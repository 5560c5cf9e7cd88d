package dev.dealbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.corpus.Article;
import dev.dealbot.corpus.Corpus;
import dev.dealbot.corpus.Sentence;
import dev.dealbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The five original pages, wrapped in realistic HTML (navigation, share bars, comments, related-article teasers,
 * JSON-LD; src/test/resources/pages), extracted as {@code dealbot add} does and compared with the curated copies.
 */
class PageExtractionTest {
    static final Path PAGES = Fixtures.HOME.resolve("src/test/resources/pages");
    static final Path DOCS = Fixtures.HOME.resolve("docs-corpus");
    static final List<String> TEASERS = List.of("Google IO", "Gmail", "iFlytek", "GlassClaw", "Xiaomi", "MiClaw",
            "Share this article", "Leave a Reply", "Your email address", "Comments (0)", "No comments yet", "Related",
            "Subscribe", "Most read", "cookies", "Article Image", "Source:", "Copyright", "All rights reserved");
    static final PageLoader LOADER = new PageLoader(PageLoader.DEFAULT_TIMEOUT, PageLoader.DEFAULT_MAX_BYTES);

    static NewArticle add(String docId) {
        Path page = PAGES.resolve(docId + ".html");
        return NewArticle.of(LOADER.extract(page.toString()), new NewArticle.Overrides(docId, null, null, null), page.toString());
    }

    static Set<String> sentences(Article a) {
        return a.sentences().stream().map(Sentence::text).collect(Collectors.toCollection(TreeSet::new));
    }

    static String spaced(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"capped-revenue-share", "new-era-of-ai-partnership", "nonexclusive-license-amazon",
            "revised-licensing-terms", "wedoany-revised-partnership"})
    void keepsExactlyTheCuratedSentencesVerbatimAndNoneOfThePageFurniture(String docId) throws Exception {
        NewArticle added = add(docId);
        Article curated = Corpus.load(DOCS).article(docId).orElseThrow();
        Set<String> kept = sentences(added.article());
        Set<String> missing = new TreeSet<>(sentences(curated));
        missing.removeAll(kept);
        assertTrue(missing.isEmpty(), docId + " lost curated sentences: " + missing);
        Set<String> extra = new TreeSet<>(kept);
        extra.removeAll(sentences(curated));
        assertTrue(extra.isEmpty(), docId + " kept sentences the curated copy leaves out: " + extra);

        String pageText = spaced(Jsoup.parse(PAGES.resolve(docId + ".html").toFile()).text());
        String original = spaced(Files.readString(Fixtures.originals().resolve(docId + ".txt")));
        for (String s : kept) {
            assertTrue(pageText.contains(spaced(s)), docId + " sentence not verbatim in the page: " + s);
            assertTrue(original.contains(spaced(s)), docId + " sentence not in the original article: " + s);
        }
        String body = added.article().body();
        for (String junk : TEASERS) assertTrue(!body.contains(junk), docId + " kept '" + junk + "'");
        assertEquals(body.indexOf(curated.sentences().get(0).text()), body.lastIndexOf(curated.sentences().get(0).text()));
    }

    @Test
    void theWedoanyPageGetsItsSourceFromItsAttributionSentence() {
        Article a = add("wedoany-revised-partnership").article();
        assertEquals("Wedoany", a.source());
        assertEquals("All AI citations must indicate the source as \"Wedoany\".", a.attribution());
        assertEquals("Microsoft and OpenAI revise their partnership agreement", a.title());
    }

    @Test
    void metadataComesFromOpenGraphJsonLdAndTime() {
        Article blog = add("new-era-of-ai-partnership").article();
        assertEquals("Microsoft & OpenAI: A New Era of AI Partnership", blog.title());
        assertEquals("Alps Wang", blog.author());
        assertEquals("2026-04-28", blog.date());
        assertEquals("https://blog.example.org/posts/microsoft-openai-a-new-era-of-ai-partnership", blog.url());
        Article news = add("capped-revenue-share").article();
        assertEquals("Example Tech News", news.source(), "og:site_name names the publisher");
        assertEquals("OpenAI and Microsoft Redefine Partnership, Capping Revenue Share and Expanding Cloud Flexibility",
                news.title(), "the site name is cut from the title");
    }

    @Test
    void repeatedAndTruncatedParagraphsAndTeasersAreShownAsDropped() {
        Extraction e = LOADER.extract(PAGES.resolve("revised-licensing-terms.html").toString());
        Set<String> reasons = e.dropped().stream().map(Dropped::reason).collect(Collectors.toSet());
        assertTrue(reasons.containsAll(Set.of("truncated repeat", "repeated paragraph")), reasons.toString());
        assertTrue(e.dropped().stream().anyMatch(d -> d.text().contains("Google IO 2026 unveils")), e.dropped().toString());
        assertEquals(4, e.paragraphs().size(), e.paragraphs().toString());
    }

    @Test
    void aWrapperThatLooksLikeFurnitureButHoldsTheArticleIsKept() {
        String para = "Microsoft will continue to hold a license to OpenAI's models until 2032, the companies said on Monday.";
        String html = "<html><head><title>T</title></head><body><form id=\"aspnetForm\"><div class=\"page-with-sidebar\">"
                + "<nav><a href=\"/\">Home</a></nav><div class=\"story\"><p>" + para + "</p><p>" + para.replace("2032", "2030")
                + "</p></div><div class=\"sidebar\"><a href=\"/x\">Google IO 2026 unveils voice interaction</a></div>"
                + "</div></form></body></html>";
        Extraction e = HtmlExtractor.extract(Jsoup.parse(html), null);
        assertEquals(List.of(para, para.replace("2032", "2030")), e.paragraphs());
        assertTrue(e.dropped().stream().anyMatch(d -> d.text().contains("Google IO")), e.dropped().toString());
    }

    @Test
    void attributionDemandsAreFoundInTheirUsualWordings() {
        assertEquals("Wedoany", Attribution.find("This article is compiled by Wedoany. All AI citations must indicate the "
                + "source as \"Wedoany\". Email: news@wedoany.com").orElseThrow().source());
        assertEquals("All AI citations must indicate the source as \"Wedoany\".", Attribution.find("This article is "
                + "compiled by Wedoany. All AI citations must indicate the source as \"Wedoany\". If there is any "
                + "infringement, please notify us.").orElseThrow().sentence());
        assertEquals("Example Wire", Attribution.find("Reproductions should credit the source as ‘Example Wire’.")
                .orElseThrow().source());
        assertTrue(Attribution.find("Microsoft said the source of the dispute was the cap.").isEmpty());
    }
}
