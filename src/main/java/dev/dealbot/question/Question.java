package dev.dealbot.question;

import dev.dealbot.text.Figure;
import dev.dealbot.text.Kind;
import dev.dealbot.text.People;
import java.util.List;
import java.util.Set;

/**
 * A question as analysed once, before anything is retrieved; its parts (the sides of a comparison, the
 * sub-questions of a question that asks two things, the question without the figure it claims) are analysed with it.
 *
 * @param text the question as asked (cleaned)
 * @param history the conversation before it, oldest first
 * @param language the language it is written in
 * @param english the English text everything below was read from: the question, or for another language its
 *     rewrite by the model (LLM mode) or the names, figures and English-like words it contains (extractive)
 * @param query what to search for: the question, with the previous one for a follow-up
 * @param kinds what kind of content it asks for (a date, a figure, a reason ...); empty for yes/no and open questions
 * @param yesNo asks for a yes or no: "Is ...?", "Does ...?", "..., right?"
 * @param names distinctive names of parties the articles use ("google", "amazon"), which the evidence must mention
 * @param unknownNames capitalised words the articles never use ("Altman"): the articles cannot answer
 * @param figures the figures written in digits ("2040", "$10 billion")
 * @param unknownFigures those of {@code figures} that no article states
 * @param speaker for "what did X say", the X
 * @param focus the thing asked about and whose it is, or null
 * @param measured for "how many X" or "the amount of X", the X, or null
 * @param comparison what it compares, or null; {@code sides} are its two sides analysed
 * @param sides the two sides of {@code comparison}, each analysed as a question; else empty
 * @param facets its sub-questions when it asks two things, each analysed; else empty
 * @param claim what it claims beside what it asks (a figure, a clause stated as fact), to be checked first
 * @param part what it asks of a whole and a part: what is left ("how much is still to come?") or what share the part is
 *     ("what fraction of the $50 billion came first?")
 * @param injection it tries to override the bot's instructions
 * @param crossLanguage in another language and read only through its names, figures and English-like words
 * @param naming what it asks to have named (someone, a thing's name, a place), or null
 * @param source it asks which article (publisher, author) states something
 * @param agreement it asks whether or where the articles agree ("Do the sources agree on ...?")
 * @param origin it asks where a figure it names comes from: who gives it, whether it is official
 * @param role a role it gives a person that the articles contradict ("OpenAI CEO Mustafa Suleyman"), or null; everything
 *     above is read from the question without it
 */
public record Question(String text, List<Turn> history, Language language, String english, Query query, Set<Kind> kinds,
        boolean yesNo, List<String> names, List<String> unknownNames, List<Figure> figures, List<Figure> unknownFigures,
        String speaker, Focus focus, Focus measured, Comparison comparison, List<Question> sides, List<Question> facets,
        Claim claim, Part part, boolean injection, boolean crossLanguage, Naming naming, boolean source, boolean agreement,
        boolean origin, People.Slip role) {
    public Question {
        history = List.copyOf(history);
        kinds = Set.copyOf(kinds);
        names = List.copyOf(names);
        unknownNames = List.copyOf(unknownNames);
        figures = List.copyOf(figures);
        unknownFigures = List.copyOf(unknownFigures);
        sides = List.copyOf(sides);
        facets = List.copyOf(facets);
        java.util.Objects.requireNonNull(claim, "claim");
    }

    /** The figure it claims, or null (see {@link Claim#figure}). */
    public Figure claimed() {
        return claim.figure();
    }

    /** What to check its claim against, or null (see {@link Claim#premise}). */
    public Question premise() {
        return claim.premise();
    }

    /**
     * "Was it $135 billion or $228 billion?", "does it run to 2030 or 2032?": it offers two figures of one kind that the
     * articles both state as alternatives; the one checked is a choice, and the other is no figure the answer may deny.
     */
    public boolean offersAlternatives() {
        return yesNo && Claims.offersAlternatives(english, figures, unknownFigures);
    }

    /** The figure it offers with {@code asked} as the other choice, before it (-1) or after it (1); null when none. */
    public Figure offeredWith(Figure asked, int direction) {
        return Claims.offeredWith(english, figures, asked, direction);
    }

    /** A yes/no question offering two figures of one kind as the choice, whether or not the articles state them. */
    public boolean offersFigures() {
        return yesNo && Claims.offersFigures(english, figures);
    }

    /** A yes/no question that ends offering another choice ("... a firm $50 billion or an 'up to' figure?"): which holds is asked. */
    public boolean offersChoice() {
        return yesNo && Wording.offersChoice(english);
    }

    /** The clause of its wording that states the claimed figure (its whole wording when it claims none or is one clause). */
    public String claimClause() {
        return claimed() == null ? english : Claims.claimClause(english, claimed());
    }

    /** Its premise is a clause stated as fact beside what it asks. */
    public boolean presumed() {
        return claim.presumed();
    }

    /**
     * It takes something as given: a yes/no claim, a clause stated as fact, or the proposition of a why-question ("Why
     * was the memo leaked in March?" takes the March leak as given).
     */
    public boolean takesAsGiven() {
        return yesNo || presumed() || kinds.contains(Kind.REASON);
    }

    /** A supposition, then a clause asking yes or no of the case ("If OpenAI reached AGI, would its payments end?"). */
    public boolean supposedYesNo() {
        return Wording.supposedYesNo(english);
    }

    public boolean wants(Kind kind) {
        return kinds.contains(kind);
    }

    /** It asks what all the rest together have ("what do the other shareholders hold?"), not one other party. */
    public boolean asksAllOthers() {
        return Wording.asksAllOthers(english);
    }

    /** What it sets aside, in words ("outside the January 2023 round": "the january 2023 round"), or null. */
    public String aside() {
        return Wording.aside(english);
    }

    /** It says one figure it gives is part of another ("$10 billion of that"). */
    public boolean givesPartOf() {
        return Wording.givesPartOf(english);
    }

    /** It asks whether every article gives something ("Is the 20% figure reported in every article?"). */
    public boolean asksEveryArticle() {
        return Wording.everyArticle(english);
    }
}
