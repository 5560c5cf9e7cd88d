package dev.dealbot.ingest;

import dev.dealbot.ingest.BodyFilter.Block;
import dev.dealbot.ingest.BodyFilter.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes the article out of an HTML page: metadata first (see {@link MetaReader}), then page furniture is removed
 * (navigation, headers and footers, share bars, comments, related-article teasers, sidebars — by element and by
 * class, id and role), the main content is the element holding the most paragraph text, and its blocks go through
 * {@link BodyFilter}.
 */
final class HtmlExtractor {
    private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, button, input, "
            + "select, textarea, figure, picture, img, video, audio";
    /** Furniture by element; a form too (comment forms), unless it wraps the page (ASP.NET pages do). */
    private static final String FURNITURE_TAGS = "nav, header, footer, aside, dialog, menu, form";
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(nav|navbar|navigation|menu|"
            + "breadcrumbs?|share\\w*|sharing|social|comments?|respond|reply|disqus|related\\w*|teasers?|recommend\\w*|"
            + "more-stories|most-read|popular|trending|newsletter|subscribe|signup|sidebar|widget|promo|ads?|advert\\w*|"
            + "sponsor\\w*|cookie\\w*|banner|byline|author|meta|tags|footer|header|masthead|toolbar|pagination)"
            + "(?:$|[-_\\s\\d])");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, td";
    private static final int MIN_SCORED = 25;

    private HtmlExtractor() {}

    static Extraction extract(Document doc, String pageUrl) {
        PageMeta meta = MetaReader.read(doc, pageUrl);
        Element body = doc.body();
        body.select(NOISE).remove();
        List<Dropped> dropped = new ArrayList<>();
        int total = paragraphText(body);
        for (Element e : furniture(body, total)) {
            String text = e.text().strip();
            if (!text.isEmpty()) dropped.add(new Dropped(reason(e), text));
            e.remove();
        }
        Element main = mainContent(body);
        return BodyFilter.filter(meta, blocks(main), dropped);
    }

    /** Outermost furniture elements, except any holding most of the page's paragraph text (a mislabelled wrapper). */
    private static List<Element> furniture(Element body, int total) {
        List<Element> out = new ArrayList<>();
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body || hasChosenAncestor(e, chosen) || reason(e) == null) continue;
            if (total > 0 && paragraphText(e) * 2 > total) continue;
            chosen.add(e);
            out.add(e);
        }
        return out;
    }

    private static boolean hasChosenAncestor(Element e, Set<Element> chosen) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (chosen.contains(p)) return true;
        return false;
    }

    /** Why {@code e} is page furniture, or null when it is not. */
    private static String reason(Element e) {
        if (e.is(FURNITURE_TAGS)) return e.tagName();
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary"))
            return role;
        Matcher m = FURNITURE_NAME.matcher(e.className() + " " + e.id());
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The element whose own paragraphs (and, at half weight, its children's) hold the most text. */
    private static Element mainContent(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int len = p.text().length();
            if (len < MIN_SCORED || p.parent() == null) continue;
            scores.merge(p.parent(), (double) len, Double::sum);
            if (p.parent().parent() != null) scores.merge(p.parent().parent(), len / 2.0, Double::sum);
        }
        Element best = body;
        double bestScore = 0;
        for (var e : scores.entrySet()) {
            double score = e.getValue() * (e.getKey().is("article, main, [itemprop=articleBody]") ? 1.25 : 1);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static List<Block> blocks(Element main) {
        List<Block> out = new ArrayList<>();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : main.select(BLOCKS)) {
            if (hasChosenAncestor(e, taken)) continue;
            taken.add(e);
            String text = e.text();
            Kind kind = e.is("h1, h2, h3, h4, h5, h6") ? Kind.HEADING : e.is("li, dd") ? Kind.ITEM : Kind.PARAGRAPH;
            out.add(new Block(kind, text, linkShare(e, text)));
        }
        if (out.isEmpty() && !main.text().isBlank()) out.add(new Block(Kind.PARAGRAPH, main.text(), linkShare(main, main.text())));
        return out;
    }

    private static double linkShare(Element e, String text) {
        if (text.isBlank()) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1.0, links / (double) text.length());
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }
}
