package dev.dealbot.answer.extractive;

import dev.dealbot.index.SentenceInfo;
import dev.dealbot.question.Question;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Names;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a yes/no question's figure is a figure of, as its words tell: the article word right beside the figure, or past
 * a hedge or a linking word ("capped at $50 billion": cap; "invest $15 billion in total": invest, total), and the head
 * of the subject the figure is said to be ("Is the cap on the revenue share 20%?": cap). A sentence confirms or
 * corrects the claim only with a figure stated of that thing.
 *
 * @param beside stems (with synonyms) of the words beside the figure: one of them must be stated with it
 * @param head stems (with synonyms) of the subject's head: stated with it too; empty when the question has none
 */
record ClaimThing(Set<String> beside, Set<String> head) {
    static final ClaimThing NONE = new ClaimThing(Set.of(), Set.of());
    /** Words that may stand between a figure and the word naming what it measures ("capped at", "a cap of", "in total", "invest only"). */
    private static final Set<String> LINKS = Set.of("at", "of", "is", "was", "in", "for",
            // and words that limit the figure ("only $15 billion", "exactly 20%")
            "only", "merely", "exactly", "precisely", "barely", "solely");
    private static final Set<String> ARTICLE = Set.of("a", "an");
    /**
     * "Is the cap on the revenue share 20%?", "Was the value of its stake ...": a copula's subject whose head is told by
     * the preposition after it (other words after "the" may be adjectives: "the new agreement").
     */
    private static final Pattern COPULA = Pattern.compile("^\\W*(?:is|was|are|were)\\s+(?:the|its|their)\\s+(?:(?:total|overall|new|current|revised)\\s+)?"
            + "(\\p{L}+)\\s+(?:of|on|for)\\b");
    /**
     * "Since the cap was set at $100 billion": a subject named right before its verb and the figure ("the total cap is
     * $20 billion"), read in the words before the figure.
     */
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:the|its|their)\\s+(?:\\p{L}+\\s+)?(\\p{L}+)\\s+(?:is|was|are|were|has been|had been|"
            + "will be|would be)\\s+(?:\\p{L}+\\s+)?(?:at\\s+|to\\s+)?(?:about\\s+|around\\s+)?$");
    /**
     * "Microsoft's valuation hit $850 billion?", "Is OpenAI's stake 27%?": a subject opening the claim with its owner's
     * possessive, whose noun is the head (an auxiliary may open a question before it).
     */
    private static final Pattern POSSESSED = Pattern.compile("^\\W*(?:(?:is|was|are|were|did|does|do|has|have|had)\\s+)?(?:the\\s+)?\\p{L}+['’]s\\s+(\\p{L}+)\\b");

    /** What follows a sum put into a party: "into OpenAI", "in OpenAI's ...", "in total into OpenAI". */
    private static final Pattern INTO_PARTY = Pattern.compile("\\s*(?:(?:in\\s+)?total\\s+|altogether\\s+|overall\\s+)?(?:into|in)\\s+(\\p{L}+)");
    /** The stems of an investment. */
    private static final Set<String> INVESTED = Set.copyOf(Tokens.of("invest invested investment investments").stream().map(Token::stem).toList());

    ClaimThing {
        beside = Set.copyOf(beside);
        head = Set.copyOf(head);
    }

    /** The thing of the question's claimed figure; {@link #NONE} for a year or a share in words, judged by their role. */
    static ClaimThing of(Question q, Names names) {
        Figure claimed = q.claimed();
        if (claimed == null || claimed.type() == Figure.Type.YEAR || claimed.inWords()) return NONE;
        Figure asked = Premise.inQuestion(q, claimed);
        if (asked == null) return NONE;
        List<Token> tokens = Tokens.of(q.english());
        Set<String> beside = new HashSet<>();
        // a sum put into a party in the asker's own verb ("dropped $13B into OpenAI", "sank $10 billion in OpenAI"): an
        // investment, when no word of the question already says so
        Matcher into = INTO_PARTY.matcher(q.english().substring(asked.end()));
        boolean saysInvested = tokens.stream().anyMatch(t -> INVESTED.contains(t.stem()));
        String receiver = into.lookingAt() ? into.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        if (claimed.type() == Figure.Type.MONEY && !saysInvested && receiver != null && names.known(receiver) && names.party(receiver))
            return new ClaimThing(INVESTED, head(q, tokens, asked, names));
        for (int direction : new int[] {-1, 1}) {
            // of two figures offered ("the revenue share 20% or 30%"), the words beside the pair are beside each
            Figure other = q.offeredWith(asked, direction);
            Figure anchor = other == null ? asked : other;
            Token t = beside(tokens, anchor, direction);
            // a word past a comma or a stop is in another clause ("30%, doesn't it?"): it tells nothing of the figure
            String between = t == null ? "" : direction > 0 ? q.english().substring(anchor.end(), t.start()) : q.english().substring(t.end(), anchor.start());
            if (t == null || !known(t, q, names) || between.matches("(?s).*[,;:?!.].*")) continue;
            Set<String> word = withSynonyms(t.stem(), q);
            // another word for the figure's unit beside it ("a 20% cut": a percentage) names no thing, as a head of one does
            if (word.stream().noneMatch(FigurePart::isFigureWord)) beside.addAll(word);
        }
        return new ClaimThing(beside, head(q, tokens, asked, names));
    }

    private static Token beside(List<Token> tokens, Figure asked, int direction) {
        int i = direction < 0 ? -1 : tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            if (direction < 0 && tokens.get(k).end() <= asked.start()) i = k;
            if (direction > 0 && tokens.get(k).start() >= asked.end()) {
                i = k;
                break;
            }
        }
        boolean linked = false;
        while (i >= 0 && i < tokens.size() && (LINKS.contains(tokens.get(i).lower()) || FigurePart.isFigureWord(tokens.get(i).stem()))) {
            linked |= LINKS.contains(tokens.get(i).lower());
            i += direction;
        }
        if (i < 0 || i >= tokens.size()) return null;
        // "a full $50 billion", "a firm $50 billion": a word between an article and the figure describes the amount; "a cap
        // of $50 billion" names the thing, a link word between them
        if (direction < 0 && !linked && i > 0 && ARTICLE.contains(tokens.get(i - 1).lower())) return null;
        return tokens.get(i);
    }

    /**
     * The head of a copula's subject written "the X of/on/for ...", or of a subject written with its owner's possessive,
     * when the figure follows it and the articles use it.
     */
    private static Set<String> head(Question q, List<Token> tokens, Figure asked, Names names) {
        String lower = q.english().toLowerCase(java.util.Locale.ROOT);
        Matcher m = COPULA.matcher(lower);
        if (!m.find()) m = POSSESSED.matcher(lower);
        else m.reset();
        if (!m.find() || m.end(1) > asked.start()) {
            m = SUBJECT.matcher(lower.substring(0, asked.start()));
            if (!m.find()) return Set.of();
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() != m.start(1)) continue;
            // a word of totality before the head describes it ("Amazon's total investment": an investment)
            if (Totals.TOTAL.matcher(t.lower()).matches() && i + 1 < tokens.size() && tokens.get(i + 1).end() <= asked.start()) t = tokens.get(i + 1);
            if (!known(t, q, names)) continue;
            Set<String> head = withSynonyms(t.stem(), q);
            // a head that is another word for a figure's unit ("Microsoft's cut": a percentage) names no thing
            return head.stream().anyMatch(FigurePart::isFigureWord) ? Set.of() : head;
        }
        return Set.of();
    }

    /** A content word the articles use: one they never use is the asker's own paraphrase ("sunk", "poured"). */
    private static boolean known(Token t, Question q, Names names) {
        return Misstated.says(t, names) && !q.query().unknownTerms().contains(t.stem()) && !MEASURES.contains(t.stem());
    }

    /** Nouns that name only that there is a figure ("a fixed amount", "the number"): no thing it is of. */
    private static final Set<String> MEASURES = Set.copyOf(Tokens.of("amount amounts figure figures number numbers sum sums quantity").stream()
            .map(Token::stem).toList());

    private static Set<String> withSynonyms(String stem, Question q) {
        Set<String> out = new HashSet<>(Set.of(stem));
        for (var term : q.query().terms()) if (term.term().equals(stem)) out.addAll(term.alternatives());
        return out;
    }

    /**
     * A yes/no question's figure of a thing no article gives a figure of that kind for ("Is the cap $135 billion?": the
     * articles size no cap): neither confirmed nor corrected by a figure of something else, whatever the sentences share.
     */
    static boolean neverStated(Question q, dev.dealbot.index.SentenceTable table) {
        if (!q.yesNo() || q.claimed() == null) return false;
        ClaimThing thing = of(q, table.names());
        if (thing.isNone()) return false;
        for (SentenceInfo s : table.all())
            for (Figure f : s.figures()) if (f.type() == q.claimed().type() && thing.statedIn(s, f)) return false;
        return true;
    }

    boolean isNone() {
        return beside.isEmpty() && head.isEmpty();
    }

    /**
     * {@code s} states {@code f} of this thing: each of its parts (a word beside, the head) in the figure's part of the
     * sentence, or anywhere in the sentence when it gives no other figure of that type.
     */
    boolean statedIn(SentenceInfo s, Figure f) {
        return has(beside, s, f) && has(head, s, f);
    }

    private static boolean has(Set<String> words, SentenceInfo s, Figure f) {
        if (words.isEmpty()) return true;
        // a figure found in the sentence itself has its place there; one of the quote, in the quote
        String in = at(s.quote(), f) ? s.quote() : at(s.text(), f) ? s.text() : null;
        if (in != null && FigurePart.related(words, FigurePart.around(in, f))) return true;
        boolean alone = s.figures().stream().filter(g -> g.type() == f.type()).count() == 1;
        return alone && FigurePart.related(words, s.text());
    }

    private static boolean at(String text, Figure f) {
        return f.end() <= text.length() && text.startsWith(f.text(), f.start());
    }
}
