package dev.dealbot.question;

import java.util.List;
import java.util.regex.Pattern;

/** Decides what to search for a follow-up such as "and until when?" or "what about Amazon?". */
final class FollowUps {
    /** Opens like a follow-up: "and ...", "what about ...", "why?". */
    private static final Pattern LEADING = Pattern.compile(
            "^\\W*(and|but|also|so|then|what about|how about|why|and why|same for|what else)\\b", Pattern.CASE_INSENSITIVE);
    /** Refers to something said before; counts only in a short question ("is it exclusive?"). */
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(it|its|it's|that|this|they|them|their|those|these|he|she|his|her|the same)\\b", Pattern.CASE_INSENSITIVE);
    static final int SHORT_WITH_PRONOUN = 4;
    static final int SHORT_QUESTION_TERMS = 3;
    /** "Apart from the licensing, what ...": the excluded topic is not what to search for. */
    private static final Pattern EXCLUDED_TOPIC = Pattern.compile(
            "\\b(apart from|aside from|besides|beyond|other than|except for|except|not counting|leaving aside)\\b[^,?]{1,80},",
            Pattern.CASE_INSENSITIVE);

    private FollowUps() {}

    /** The question alone, or with the previous question prepended when it leans on it. */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(it|its|he|she|his|her|they|them|their|this|that|these|those)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A sub-question that names its subject only by a pronoun ("what did he say", "what percentage is it"). */
    static boolean pointsBack(String facet) {
        return POINTS_BACK.matcher(facet).find() && Terms.ofQuestion(facet).size() < SHORT_WITH_PRONOUN + 2;
    }

    /**
     * The alternative a question ends by setting aside ("Can OpenAI sell on Google Cloud instead of going through Azure?",
     * "Why does Microsoft still profit when OpenAI sells through AWS rather than Azure?"), in three words at most: asked
     * whether or why one thing holds, it need not be stated beside it.
     */
    private static final Pattern EXCLUDED_ALTERNATIVE = Pattern.compile("[,\\s]+(?:instead of|rather than)\\s+(?:[^\\s,;?]+\\s+){0,2}[^\\s,;?!.]+(?=\\s*[?.!]*$)",
            Pattern.CASE_INSENSITIVE);

    /** A question asking which thing or what: the alternative it sets aside marks off what it asks for. */
    private static final Pattern WHICH = Pattern.compile("^\\W*(?:which|what|who|whom|where)\\b", Pattern.CASE_INSENSITIVE);

    /** Verbs of choosing one thing over another: choose, pick, select, opt, go with. */
    private static final Pattern CHOSEN = Pattern.compile("\\b(?:choos\\w*|chose\\w*|pick\\w*|select\\w*|opt(?:s|ed|ing)?|go(?:es)? with|went with)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that rank one thing against another: first, before, ahead, priority, primary, prefer. */
    private static final Pattern RANKED = Pattern.compile("\\b(?:first|before|ahead|priorit\\w*|primary|prefer\\w*|sooner|earlier)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The question without the topic it sets aside ("Besides Azure, which clouds ...", "... instead of Azure?"): that is
     * not what it asks about.
     */
    static String withoutExcluded(String question) {
        String aside = EXCLUDED_TOPIC.matcher(question).replaceAll(" ");
        // not of a question asking which or what ("which clouds can it use instead of Azure?" is answered by what ends Azure's
        // exclusivity), nor of a choice over the other ("why did it choose A instead of B?" asks the reason for passing B
        // over), nor of one a thing is ranked against ("launch on AWS first rather than on Azure?"): that is what is asked
        String kept = WHICH.matcher(aside).find() || CHOSEN.matcher(aside).find() || RANKED.matcher(aside).find() ? aside
                : EXCLUDED_ALTERNATIVE.matcher(aside).replaceAll("");
        return FILLER.matcher(kept).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    }

    /** Idioms that only add emphasis ("why did they want it in the first place?"): their words are not the topic. */
    private static final Pattern FILLER = Pattern.compile("\\b(in the first place|to begin with|at all|by the way|"
            + "for that matter|if anything|so to speak|or not)\\b", Pattern.CASE_INSENSITIVE);

    static String searchText(String question, List<Turn> history) {
        if (history.isEmpty()) return question;
        int terms = Terms.ofQuestion(question).size();
        boolean leans = LEADING.matcher(question).find() || terms < SHORT_QUESTION_TERMS
                || terms < SHORT_WITH_PRONOUN && PRONOUN.matcher(question).find();
        return leans ? history.get(history.size() - 1).question() + " " + question : question;
    }
}
