package dev.dealbot.answer.extractive;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Draft;
import dev.dealbot.answer.Reason;
import dev.dealbot.question.Language;

/** Why the bot declines, in words that say what the articles do cover. */
public final class Refusals {
    static final String OFF_TOPIC = "That is not something the articles cover. I answer questions about the April 2026 "
            + "revision of the Microsoft–OpenAI partnership (the licence to OpenAI's technology, revenue sharing, cloud "
            + "distribution, Microsoft's stake and Amazon's investment), from the news articles about it.";
    static final String INSTRUCTIONS = "I can't follow instructions to change how I work. I only answer questions about "
            + "the April 2026 revision of the Microsoft–OpenAI partnership, from the news articles, with citations.";

    private Refusals() {}

    public static Draft notInArticles(String mode) {
        return Draft.refusal(mode, Reason.NOT_IN_ARTICLES, Answer.NOT_ANSWERED);
    }

    static Draft offTopic(String mode) {
        return Draft.refusal(mode, Reason.OFF_TOPIC, OFF_TOPIC);
    }

    static Draft instructionsIgnored(String mode) {
        return Draft.refusal(mode, Reason.INSTRUCTIONS_IGNORED, INSTRUCTIONS);
    }

    static Draft unsupportedLanguage(String mode, Language language) {
        String which = language.name().equals("another language") ? "not in English" : "in " + language.name();
        return Draft.refusal(mode, Reason.UNSUPPORTED_LANGUAGE, "Your question seems to be " + which + ". I can only "
                + "answer reliably in English (the articles are in English) — please ask again in English, for example: "
                + "\"Until when does Microsoft hold a license to OpenAI's intellectual property?\"");
    }

    /** Put before an answer to a question in another language that its names and figures found unambiguously. */
    static String crossLanguagePreface(Language language) {
        return "(Your question seems to be in " + language.name() + "; here is what the articles say, quoted in English.)";
    }
}
