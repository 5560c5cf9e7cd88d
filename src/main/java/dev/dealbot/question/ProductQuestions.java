package dev.dealbot.question;

import dev.dealbot.text.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A share applied to a sum, as a question asks it ("Apply Microsoft's 27% to the $850 billion valuation"), maybe checked against a figure. */
final class ProductQuestions {
    private ProductQuestions() {}

    /** A sum with its article ("an $850 billion", "the 850b"), and a company told by it ("an $850 billion company"). */
    private static final String A_SUM = "(?:an?|the)\\s+(?:US)?\\$?\\d\\S*(?:\\s+(?:billion|million|trillion|bn))?";
    private static final String COMPANY = "\\s+(?:company|firm|business|startup)";

    /**
     * "Apply Microsoft's percentage to OpenAI's valuation", "take the 27% stake and the $850B valuation — what is it
     * worth?": a share of a sum, the share's side first.
     */
    private static final Pattern APPLY = Comparison.pattern("\\b(?:(?:take|taking|use|using)\\s+(.{3,}?)(?:\\s*,\\s*(?:and\\s+|then\\s+)?|\\s+and\\s+(?:then\\s+)?))?apply(?:ing)?\\s+(.{2,}?)\\s+to\\s+(.{3,}?)"
            + "(?:\\s*[,;:—–]|[.?!](?=\\s|$)|\\s+-\\s|$)");
    /** "take A and apply it to B": the pronoun is what was taken. */
    private static final Pattern PRONOUN = Comparison.pattern("^(?:it|that|this|them|those|these)$");

    private static final Pattern TAKE = Comparison.pattern("^(?:take|taking|use|using|given|with|multiply(?:ing)?)\\s+(.{3,}?)\\s+(?:and|by|times)\\s+(.{3,}?)"
            + "\\s*[,;:—–-]+\\s*(?:what|how much)\\b.*\\b(?:worth|value|valued)\\b.*$");

    /** "If A and B, does that line up with C?": a share and a sum taken as given, then what follows from them. */
    private static final Pattern IF_BOTH = Comparison.pattern("^(?:if|given(?:\\s+that)?|assuming(?:\\s+that)?)\\s+(.{3,}?)\\s+and\\s+(.{3,}?)\\s*,\\s*(.{3,})$");

    /** "If Microsoft owns 27% of a company valued at $850 billion, what is its stake worth?": the share and the sum in one clause. */
    private static final Pattern IF_SHARE_OF_VALUED = Comparison.pattern("^(?:if|given(?:\\s+that)?|assuming(?:\\s+that)?|say|suppose)\\s+"
            + "(.{3,}?\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent))\\s+of\\s+(?:an?\\s+|the\\s+)?(?:company|firm|business|startup|it|[\\p{L}-]+)\\s+"
            + "(?:that(?:'s|’s|\\s+is)\\s+|which\\s+is\\s+)?(?:valued at|worth)\\s+(.{3,}?)\\s*,\\s*(?:then\\s+)?(.{3,})$");

    /** "If Microsoft owns 27% of an $850 billion company, what is its stake worth?": the company told by its sum. */
    private static final Pattern IF_SHARE_OF_SUM_COMPANY = Comparison.pattern("^(?:if|given(?:\\s+that)?|assuming(?:\\s+that)?|say|suppose)\\s+"
            + "(.{3,}?\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent))\\s+of\\s+(" + A_SUM + COMPANY + ")\\s*,\\s*(?:then\\s+)?(.{3,})$");

    /** "Given A, does B line up with C?": one side taken as given, the other the subject of the check. */
    private static final Pattern GIVEN_CHECK = Comparison.pattern("^(?:if|given(?:\\s+that)?|assuming(?:\\s+that)?|with|at)\\s+(.{3,}?)\\s*,\\s*"
            + "(?:does|do|did|is|would|will|can)\\s+(.{3,}?)\\s+(?:roughly\\s+|really\\s+|actually\\s+)?(?:lines?\\s+up|squares?|match(?:es)?|"
            + "fits?|agrees?|tall(?:y|ies)|compares?|stacks?\\s+up)\\s+(?:with|to|against)\\s+.{3,}$");

    /** "..., does that line up with the book value?", "is it in line with C": the figure a worked-out one is checked against. */
    private static final Pattern CHECK_WITH = Comparison.pattern("\\b(?:lines?|lined)\\s+up\\s+with\\s+(.{3,})$|\\b(?:in line|consistent|squares?|agrees?|tall(?:y|ies)|"
            + "match(?:es)?|fits?)\\s+with\\s+(.{3,})$|\\b(?:compares?|compared|stacks?\\s+up|measures?\\s+up)\\s+(?:(?:it|that|this|the (?:result|product|figure|number|answer))\\s+)?"
            + "(?:to|with|against)\\s+(.{3,})$"
            + "|\\b(?:versus|vs\\.?|against)\\s+(.{3,})$|\\b(?:does|do|would|will)\\s+(?:that|this|it)\\s+(?:roughly\\s+)?match\\s+(.{3,})$");

    /**
     * "Does roughly 27% of the $850bn valuation square with the book value?", "does Beta's 27% stake, marked at the latest
     * valuation, line up with C?": a share of a sum, the subject of a check against a third figure.
     */
    private static final Pattern SHARE_CHECKED = Comparison.pattern("^(?:does|do|would|will|can)\\s+(.{3,}?)\\s+(?:roughly\\s+|really\\s+|actually\\s+)?"
            + "(?:(?:lines?\\s+up|squares?|match(?:es)?|fits?|agrees?|tall(?:y|ies)|square up|add up|comes?\\s+close|corresponds?)\\s+(?:with|to|against)"
            + "|match(?:es)?|equals?)\\s+(.{3,})$");
    /** The share and the sum of a check's subject: "27% of the valuation", "its 27% stake, marked at the valuation,". */
    private static final Pattern SHARE_OF_SUM = Comparison.pattern("^(.{0,40}?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent))\\s+of\\s+(.{3,})$"
            + "|^(.{3,}?)\\s*,?\\s+(?:marked|valued|applied|taken|priced|set|put)\\s+(?:at|to|against|on)\\s+(.{3,}?),?$");

    /** A share of a sum anywhere in a question: "(Microsoft's) 27% of the $850bn valuation", "its 27% stake at an $850bn valuation". */
    private static final Pattern SHARE_OF_ANY = Comparison.pattern("((?:[\\p{L}-]+['’]s?\\s+)?(?:~\\s*)?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)(?:\\s+stake)?)\\s+(?:of|at)\\s+"
            + "((?:an?\\s+|the\\s+)?[^,;?—–]{3,60}?)(?=\\s*[,;?—–]|\\s+-\\s|\\s+(?:vs\\.?|versus|against|compared|roughly|really|actually|(?:consistent|in line|compatible)\\s+with"
            + "|(?:lines?\\s+up|squares?|match(?:es)?|fits?|agrees?|tall(?:y|ies)|ties?)\\b)|\\s*$)");

    /** "does the reported $228 billion book value roughly add up?": the figure checked is the subject. */
    private static final Pattern CHECK_SUBJECT = Comparison.pattern("\\b(?:does|do|would|will)\\s+(.{3,}?)\\s+(?:roughly\\s+|really\\s+|actually\\s+)?"
            + "(?:add up|check out|hold up|make sense|match up)\\b");

    /** A share written as a fraction in words. */
    private static final String FRACTION = "(?:a|one)[- ]half|half|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter|three[- ]quarters";
    /** A share the asker writes of no one: the figure alone, maybe of the company ("10%", "a third of OpenAI"), not "Microsoft's 27%". */
    private static final Pattern BARE_SHARE = Comparison.pattern("^(?:the\\s+)?(?:\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)|" + FRACTION + ")"
            + "(?:\\s+of\\s+(?:the\\s+)?(?:company|firm|business|it|[\\p{Lu}][\\p{L}-]*))?$");

    /** "What's 10% of the valuation?": a stated share of a sum, which asks for an amount by itself. */
    private static final Pattern PERCENT_OF = Comparison.pattern("^(?:what(?:'s|’s|\\s+is|\\s+would\\s+be|\\s+does)|how much is|calculate|compute)\\s+"
            + "(\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)|" + FRACTION + ")\\s+of\\s+(.{3,}?)(?:\\s*[,;:—–?(]|\\s+-\\s|\\s+come to|\\s+amount to|$)");

    /**
     * "If OpenAI made $10 billion, how much would Microsoft get from the revenue share?", "How much would Microsoft
     * collect at the reported rate if $10 billion fell under it?": a share the articles state applied to a sum the asker
     * supposes.
     */
    private static final Pattern SUPPOSED_FIRST = Comparison.pattern("^(?:hypothetically\\W+)?(?:if|suppose|supposing|assuming|say|imagine)\\s+(?:that\\s+)?"
            + "(.{3,}?)\\s*(?:[,;.]|\\s[—–-]+)\\s*(?:then\\s+)?((?:using|at|with|under|applying)\\s+[^,;?]{3,60},\\s*)?((?:how much|what)\\b.{3,})$");
    private static final Pattern SUPPOSED_AFTER = Comparison.pattern("^((?:how much|what)\\b.{3,}?)\\s*,?\\s+(?:if|assuming|supposing)\\s+(?:that\\s+)?(.{3,})$");
    /** "How much would Microsoft get from $100 of OpenAI revenue?": the supposed sum named where the amount comes from. */
    private static final Pattern SUPPOSED_WITHIN = Comparison.pattern("^((?:how much|what)\\b.{3,}?)\\s+(?:from|out of|on)\\s+((?:an?\\s+)?(?:hypothetical\\s+)?"
            + "(?:US)?\\$\\s?\\d[^,;?]{0,40}?\\b(?:of|in)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:revenue|revenues|sales|income)\\b[^,;?]{0,30})\\s*\\??$");
    /** What a supposed sum is asked to yield: an amount someone would get, pay or owe. */
    private static final Pattern WOULD_YIELD = Comparison.pattern("\\b(would|will|could|might)\\b.*\\b(get|gets|receive|collect|earn|make|owe|pay|be owed|"
            + "take|pocket|come to|amount to|be worth|go to|flow to)\\b|\\b(?:goes|go|flows?|comes?)\\s+to\\b"
            // "what's Microsoft's cut?", "what would its share be?": the party's part itself
            + "|^what(?:'s|’s|\\s+is|\\s+would\\s+be)\\s+(?:[\\p{L}-]+['’]s?\\s+)?(?:cut|share|take|portion|slice)\\b"
            + "|^what\\s+(?:would|will|might)\\s+(?:[\\p{L}-]+['’]s?\\s+)?(?:cut|share|take|portion|slice)\\s+be\\b");
    /** "how much goes to Microsoft?": what of a sum reaches a party. */
    private static final Pattern GOES_TO = Comparison.pattern("\\b(?:goes|go|flows?|comes?)\\s+to\\b");

    private static final Pattern REVENUE_SHARE = Comparison.pattern("\\brevenue[- ]shar\\w*|\\bshare of (?:its |the )?(?:revenue|sales)");
    /** "$1 billion of revenue subject to the share", "what is Microsoft's cut": a party's share and the revenue it is of written apart. */
    private static final Pattern THE_SHARE = Comparison.pattern("\\b(?:the|its|their|[\\p{L}-]+['’]s?)\\s+(?:share|cut|rate|take|portion|slice)\\b");
    private static final Pattern REVENUE = Comparison.pattern("\\b(?:revenue|revenues|sales)\\b");
    /** "of OpenAI's revenue", "of revenue in 2029": what a share is of, in a few words. */
    private static final Pattern OF_FLOW = Comparison.pattern("^of\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:revenue|revenues|sales|income)(?:\\s+in\\s+\\d{4})?$");
    private static final Pattern STAKE = Comparison.pattern("\\b(stake|ownership|owns?|equity|shareholding)\\b");
    private static final Pattern FLOW = Comparison.pattern("\\b(revenue|revenues|sales|income|earn\\w*|made|makes|make|brings? in|brought in|generat\\w*|turnover)\\b");
    private static final Pattern VALUE = Comparison.pattern("\\b(worth|valu\\w*)\\b");

    /** Words that name a sum: a valuation, a price, money written out. */
    private static final Pattern SUM_WORDS = Comparison.pattern("(\\$|\\d|\\b(valuation|valued|value|worth|price|billion|million|trillion|dollars?)\\b)");

    /** A product asks for an amount; a yes/no question ("Does OpenAI have to apply the share to ...?") computes nothing. */
    private static final Pattern ASKS_AMOUNT = Comparison.pattern("\\b(worth|value|valued|how much|amount|implied|what (?:figure|number|sum)|come to|work out|"
            + "what (?:do|does|would|will) (?:you|we|i|one|that|it) (?:get|give)|what(?:'s| is) the (?:result|product))\\b");

    /**
     * "How much of OpenAI's $850B valuation does Microsoft's 27% stake represent?", "If it has a 27% stake, how much of the
     * $850B valuation does that represent?": the part of a sum a share makes up.
     */
    private static final Pattern REPRESENTS = Comparison.pattern("^(?:(?:if|given(?:\\s+that)?|assuming(?:\\s+that)?|since|with)\\s+(.{3,}?)\\s*,\\s*)?"
            + "how much of\\s+(.{3,}?)\\s+(?:does|would|will|do|could)\\s+(.{2,}?)\\s+(?:represents?|amounts? to|comes? to|equals?|makes? up|"
            + "corresponds? to|accounts? for|covers?|be worth)$");
    /** "What would Microsoft's 27% stake be worth at the $850 billion valuation?": a share's worth at a sum. */
    /** "At the January 2023 valuation, what would one-third of OpenAI have been worth?": the sum first, then the share's worth. */
    private static final Pattern AT_WORTH = Comparison.pattern("^(?:at|given|with|using|based on)\\s+(.{3,}?)\\s*,\\s*(?:what|how much)\\s+"
            + "(?:would|will|is|was|does|'s|’s)\\s+(.{3,}?)\\s+(?:be|have been)?\\s*worth$");
    private static final Pattern WORTH_AT = Comparison.pattern("^(?:what|how much)\\s+(?:would|will|is|was|does|'s|’s)\\s+(.{3,}?)\\s+(?:be\\s+|have\\s+been\\s+)?worth\\s+"
            + "(?:at|given|with|under|using|based on|on)\\s+(.{3,}?)$");

    private static final Pattern YES_NO_START = Comparison.pattern("^\\W*(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|must)\\b");

    private static final Pattern SHARE_WORDS = Comparison.pattern(".*(%|\\b(percent\\w*|stake|share|ownership|proportion|fraction|cut|half|thirds?|quarters?)\\b).*");

    /**
     * A share applied to a sum, when one side names a share and the other does not; with a third side when the question
     * also asks whether the product agrees with a figure ("If it owns 27% and OpenAI is valued at $850 billion, does the
     * $228 billion book value add up?").
     */
    static Comparison of(String q, boolean gap) {
        Comparison supposed = supposed(q, gap);
        if (supposed != null) return supposed;
        Matcher stated = PERCENT_OF.matcher(q);
        if (stated.find()) { // a fraction in words is read as one of something ("half of it")
            String share = stated.group(1).strip().matches("(?i).*\\d.*") ? stated.group(1).strip() : stated.group(1).strip() + " of it";
            // "What's 27% of the $850bn valuation, and does it match the book value?": checked against the figure named after it
            String checked = checked(q.substring(stated.end()));
            List<String> sides = checked == null ? List.of(share, stated.group(2).strip()) : List.of(share, stated.group(2).strip(), checked);
            return new Comparison(sides, Kind.MONEY, Comparison.Op.PRODUCT, true, Comparison.SUPPOSED_SHARE, gap);
        }
        Matcher one = IF_SHARE_OF_VALUED.matcher(q);
        if (!one.matches()) one = IF_SHARE_OF_SUM_COMPANY.matcher(q);
        if (one.matches() && SUM_WORDS.matcher(one.group(2)).find()) {
            String checked = checked(one.group(3));
            if (checked != null || ASKS_AMOUNT.matcher(one.group(3)).find()) return shareAndSum(one.group(1).strip(), one.group(2).strip(), checked, gap);
        }
        Matcher both = IF_BOTH.matcher(q);
        Matcher given = GIVEN_CHECK.matcher(q);
        // "if A and B, does that line up with C?" checks what A and B give: the pronoun is no side (see IF_BOTH)
        if (given.matches() && !given.group(2).strip().matches("(?i)that|this|it|they|these|those")) {
            String checked = checked(q);
            if (checked != null) return shareAndSum(given.group(1).strip(), given.group(2).strip(), checked, gap);
        }
        // "if you take A and apply it to B, ...": the sides are what is applied, not the clauses joined by "and"
        if (both.matches() && !APPLY.matcher(q).find()) {
            String checked = checked(both.group(3));
            // "if it owns 27% and OpenAI is worth $850 billion, what is its stake worth?": the product itself is asked
            if (checked != null || ASKS_AMOUNT.matcher(both.group(3)).find())
                return shareAndSum(both.group(1).strip(), both.group(2).strip(), checked, gap);
            return null;
        }
        Matcher check = SHARE_CHECKED.matcher(q);
        if (check.matches()) {
            Matcher split = SHARE_OF_SUM.matcher(check.group(1).strip());
            if (split.matches()) {
                boolean of = split.group(1) != null;
                String share = (of ? split.group(1) : split.group(3)).strip(), sum = (of ? split.group(2) : split.group(4)).strip();
                if (SUM_WORDS.matcher(sum).find()) return shareAndSum(share, sum, check.group(2).strip(), gap);
            }
        }
        // "Is 27% of the $850bn valuation consistent with C?", "27% of an 850b company, does that line up with C?", "its 27%
        // stake at the $850bn valuation vs C - do they tie?": a share of a sum written anywhere, checked against a figure after it
        Matcher anywhere = SHARE_OF_ANY.matcher(q);
        if (anywhere.find() && SUM_WORDS.matcher(anywhere.group(2)).find()) {
            String checked = checked(q.substring(anywhere.end()));
            if (checked != null) return shareAndSum(anywhere.group(1).strip(), anywhere.group(2).strip(), checked, gap);
        }
        // "take A, apply it to B and compare the result with C. Do they line up?": a product checked, however it is asked
        Matcher appliedChecked = APPLY.matcher(q);
        if (appliedChecked.find()) {
            String checked = checked(q.substring(appliedChecked.end()));
            if (checked != null) return shareAndSum(applied(appliedChecked), appliedChecked.group(3).strip(), checked, gap);
        }
        Matcher part = REPRESENTS.matcher(q);
        if (part.matches()) {
            // "..., how much of B does that represent?": the share is the clause "that" points back to
            String share = PRONOUN.matcher(part.group(3).strip()).matches() ? part.group(1) : part.group(3);
            if (share != null && SHARE_WORDS.matcher(share).matches() && SUM_WORDS.matcher(part.group(2)).find())
                return shareAndSum(share.strip(), part.group(2).strip(), null, gap);
        }
        if (YES_NO_START.matcher(q).find() || !ASKS_AMOUNT.matcher(q).find()) return null;
        Matcher at = AT_WORTH.matcher(q);
        if (at.matches() && SUM_WORDS.matcher(at.group(1)).find()) return shareAndSum(at.group(2).strip(), at.group(1).strip(), null, gap);
        Matcher worth = WORTH_AT.matcher(q);
        // "worth at the time of ...": a point in time, no sum to apply the share to
        if (worth.matches() && SUM_WORDS.matcher(worth.group(2)).find()) return shareAndSum(worth.group(1).strip(), worth.group(2).strip(), null, gap);
        Matcher m = APPLY.matcher(q);
        boolean found = m.find();
        if (!found) {
            m = TAKE.matcher(q);
            found = m.matches();
        }
        if (!found) return null;
        if (m.pattern() == APPLY) return shareAndSum(applied(m), m.group(3).strip(), checked(q.substring(m.end())), gap);
        return shareAndSum(m.group(1).strip(), m.group(2).strip(), checked(q), gap);
    }

    /** What an APPLY match applies: what was taken when it applies a pronoun ("take A and apply it to B"). */
    private static String applied(Matcher m) {
        return (m.group(1) != null && PRONOUN.matcher(m.group(2).strip()).matches() ? m.group(1) : m.group(2)).strip();
    }

    /**
     * A share the articles state, applied to the one sum the asker supposes; the supposed side is that sum as written,
     * marked by {@link Comparison#SUPPOSED} as the comparison's word.
     */
    private static Comparison supposed(String q, boolean gap) {
        Matcher m = SUPPOSED_FIRST.matcher(q);
        String given, asked;
        String lead = "";
        if (m.matches()) {
            given = m.group(1);
            lead = m.group(2) == null ? "" : m.group(2); // "using the share reported, how much ...": how the sum is to be read
            asked = m.group(3);
        } else if ((m = SUPPOSED_AFTER.matcher(q)).matches() || (m = SUPPOSED_WITHIN.matcher(q)).matches()) {
            given = m.group(2);
            asked = m.group(1);
        } else return null;
        // what someone would get from a sum of revenue, or what of it goes to them, is their share of it, though no word of
        // a share is written
        boolean fromRevenue = m.pattern() == SUPPOSED_WITHIN || GOES_TO.matcher(asked).find() && REVENUE.matcher(given).find();
        var figures = dev.dealbot.text.Figures.of(given);
        var sums = figures.stream().filter(f -> f.type() == dev.dealbot.text.Figure.Type.MONEY).toList();
        if (sums.size() != 1 || figures.stream().anyMatch(f -> f.type() == dev.dealbot.text.Figure.Type.PERCENT)) return null;
        if (!fromRevenue && !SHARE_WORDS.matcher(lead + asked).matches() && !SHARE_WORDS.matcher(given).matches() || !WOULD_YIELD.matcher(asked).find()) return null;
        // the share is the articles', not the asker's: a party's stake may name its percentage ("Microsoft's 27% stake"),
        // which the evidence for it must state
        var own = dev.dealbot.text.Figures.of(asked);
        if (!own.isEmpty() && !(own.size() == 1 && own.get(0).type() == dev.dealbot.text.Figure.Type.PERCENT && STAKE.matcher(asked).find())) return null;
        // a share of revenue applies to a flow of money ("made $10 billion"), a stake to what the company is worth
        String all = lead + asked + " " + given;
        boolean revenueShare = fromRevenue || REVENUE_SHARE.matcher(all).find() || THE_SHARE.matcher(all).find() && (REVENUE.matcher(all).find() || FLOW.matcher(given).find()),
                stake = STAKE.matcher(all).find() && !revenueShare;
        boolean flow = FLOW.matcher(given).find(), value = VALUE.matcher(given).find();
        if (!(revenueShare && flow && !value || stake && value && !flow)) return null;
        String share = asked.replaceFirst("(?i)^(?:how much|what)\\s+(?:money\\s+|amount\\s+)?", "").strip();
        // the share's side names its kind when only the supposition does ("at the reported rate" of "the revenue-share
        // arrangement"), and what it is of when the supposition says so in a few words ("of OpenAI's revenue"), without its
        // sum, which is no share's; a longer clause ("... fell under the arrangement in a year") is the asker's story
        if (revenueShare && !REVENUE_SHARE.matcher(share).find()) share += " revenue share";
        String of = (given.substring(0, sums.get(0).start()) + given.substring(sums.get(0).end())).replaceAll("\\s+", " ")
                .replaceFirst("(?i)\\s+and\\s+.*$", "").strip();
        if (OF_FLOW.matcher(of).matches()) share += " " + of;
        return new Comparison(List.of(share, sums.get(0).text()), Kind.MONEY, Comparison.Op.PRODUCT, true, Comparison.SUPPOSED, gap);
    }

    /** The product of the side that names a share and the side that does not, the share first; null when not one of each. */
    private static Comparison shareAndSum(String a, String b, String checked, boolean gap) {
        a = valued(a);
        b = valued(b);
        boolean aShare = SHARE_WORDS.matcher(a).matches(), bShare = SHARE_WORDS.matcher(b).matches();
        if (aShare == bShare) return null;
        List<String> sides = new ArrayList<>(aShare ? List.of(a, b) : List.of(b, a));
        if (checked != null) sides.add(checked);
        String word = BARE_SHARE.matcher(sides.get(0)).matches() ? Comparison.SUPPOSED_SHARE : "of";
        return new Comparison(List.copyOf(sides), Kind.MONEY, Comparison.Op.PRODUCT, true, word, gap);
    }

    /** "an $850 billion company": a company told by a sum is told by what it is valued at. */
    private static final Pattern SUM_COMPANY = Comparison.pattern("^(" + A_SUM + ")" + COMPANY + "$");

    private static String valued(String side) {
        Matcher m = SUM_COMPANY.matcher(side);
        return m.matches() ? m.group(1) + " valuation" : side;
    }

    /** What the question checks a worked-out figure against ("does that line up with C?", "does C add up?"), or null. */
    private static String checked(String q) {
        Matcher with = CHECK_WITH.matcher(q);
        if (with.find()) {
            // "... with the book value. Do they line up?": the figure's words end with their sentence, a dash or another
            // question ("... or is someone making numbers up?")
            for (int g = 1; g <= with.groupCount(); g++)
                if (with.group(g) != null) return with.group(g).replaceFirst("(?:[.!;?]\\s|\\s[-—–]+\\s|\\s+or\\s+(?=(?:is|are|was|were|do|does|did|has|have|can|could|would|will|not)\\b)).*$", "").replaceFirst("[?!.]+$", "").strip();
        }
        Matcher subject = CHECK_SUBJECT.matcher(q);
        if (!subject.find()) return null;
        String s = subject.group(1).strip();
        return s.matches("(?i)(that|this|it|the (math|numbers?|figures?|sums?))") ? null : s;
    }
}
