package dev.dealbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.testing.BotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real articles: a yes/no question or a claimed figure in another language, read word by word, is checked like an
 * English one; a fact asked in Korean or Japanese is read through that language's glossary.
 */
class GlossedQuestionsAnswersTest {
    @RegisterExtension
    static final BotExtension BOT = new BotExtension();

    private static Answer ask(String q) {
        return BOT.bot().asker().ask(q, null);
    }

    @Test
    void aYesNoQuestionInGermanGetsItsVerdict() {
        Answer a = ask("Ist die Lizenz von Microsoft weiterhin exklusiv?");
        assertTrue(a.answer().startsWith("(Your question seems to be in German; here is what the articles say, quoted in English.) No."), a.answer());
        assertTrue(a.answer().contains("non-exclusive"), a.answer());
    }

    @Test
    void aFigureClaimedInSpanishOrPortugueseIsCorrected() {
        Answer es = ask("Ya que OpenAI paga el 30% de sus ingresos a Microsoft, ¿hasta cuándo lo hará?");
        assertTrue(es.answer().contains("Not 30% — the articles say 20%."), es.answer());
        Answer pt = ask("Agora que a licença da Microsoft vai até 2030, o que acontece depois?");
        assertTrue(pt.answer().contains("Not 2030 — the articles say 2032."), pt.answer());
    }

    @Test
    void aFactAskedInKoreanIsReadThroughTheKoreanGlossary() {
        Answer until = ask("OpenAI의 수익 공유는 언제까지 계속되나요?");
        assertTrue(until.answer().startsWith("(Your question seems to be in Korean; here is what the articles say, quoted in English.)")
                && until.answer().contains("2030"), until.answer());
        Answer tranche = ask("아마존 투자의 첫 번째 트랜치는 얼마였나요?");
        assertTrue(tranche.answered() && tranche.answer().contains("$15 billion"), tranche.answer());
    }

    @Test
    void aFactAskedInJapaneseIsReadThroughTheJapaneseGlossary() {
        Answer stake = ask("マイクロソフトはOpenAIの株式をどのくらい保有していますか？");
        assertTrue(stake.answer().startsWith("(Your question seems to be in Japanese; here is what the articles say, quoted in English.)")
                && stake.answer().contains("27%"), stake.answer());
        Answer who = ask("ムスタファ・スレイマンとは誰ですか？");
        assertTrue(who.answered() && who.answer().contains("CEO of Microsoft AI"), who.answer());
    }

    @Test
    void aQuestionOfAnotherKindIsStillReadThroughItsAnchorsAlone() {
        Answer a = ask("¿Cuál es el precio de la acción de Microsoft?");
        assertFalse(a.answered(), a.answer());
    }
}
