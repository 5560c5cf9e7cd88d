package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the real articles, with no model to translate: Italian and Japanese questions read through their glossary words. */
class OtherLanguagesAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    @Test
    void anItalianQuestionAboutTheRevenueShareIsAnsweredWithItsEndYear() {
        Answer a = BOT.bot().asker().ask("Fino a quale anno OpenAI pagherà a Microsoft una quota dei ricavi?", null);
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("2030"), a.answer());
    }

    @Test
    void aJapaneseQuestionAboutMicrosoftsStakeIsAnsweredWithItsPercentage() {
        Answer a = BOT.bot().asker().ask("マイクロソフトはOpenAIの株式を何パーセント持っていますか？", null);
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("27"), a.answer());
    }

    @Test
    void commonWordsOfAnnouncingRevisingAndHoldingAreReadInGermanAndFrench() {
        Answer when = BOT.bot().asker().ask("Wann wurde die überarbeitete Vereinbarung bekannt gegeben?", null);
        assertTrue(when.answered() && when.answer().contains("April 27"), when.answer());
        Answer percent = BOT.bot().asker().ask("Wie viel Prozent von OpenAI besitzt Microsoft?", null);
        assertTrue(percent.answered() && percent.answer().contains("27"), percent.answer());
        Answer high = BOT.bot().asker().ask("Wie hoch ist der Anteil von Microsoft an OpenAI?", null);
        assertTrue(high.answered() && high.answer().contains("27"), "how high a holding is: its percentage: " + high.answer());
        Answer part = BOT.bot().asker().ask("Quelle part d'OpenAI Microsoft détient-elle ?", null);
        assertTrue(part.answered() && part.answer().contains("27"), part.answer());
    }

    @Test
    void aQuestionWhoseRoughEnglishIsAllTheArticlesWordsIsReadAsAnEnglishOne() {
        Answer invested = BOT.bot().asker().ask("Combien Microsoft a-t-il investi dans OpenAI?", null);
        assertTrue(invested.answered() && invested.answer().contains("$13 billion"), invested.answer());
        Answer stake = BOT.bot().asker().ask("Qual é a participação da Microsoft na OpenAI?", null);
        assertTrue(stake.answered() && stake.answer().contains("27"), stake.answer());
        assertFalse(BOT.bot().asker().ask("¿Cuál es el precio de la acción de Microsoft?", null).answered(), "a word no article uses (price) keeps it to its anchors");
    }

    @Test
    void aTieOfFunctionWordsIsSettledByTheWordListThatReadsTheQuestion() {
        Answer a = BOT.bot().asker().ask("Quanto a Microsoft investiu na OpenAI?", null);
        assertTrue(a.answered() && a.answer().contains("Portuguese") && a.answer().contains("$13 billion"), a.answer());
    }
}
