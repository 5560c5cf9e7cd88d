package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said words the question quotes is answered only by a sentence that has them. */
class QuoteAskedRulesTest {
    @Test
    void aQuoteNoSentenceHasLeavesTheSpeakerUnanswered() {
        assertTrue(QuoteAsked.unfound("Who said 'we will build it together'?", List.of("The firms said the deal stays independent of progress."), List.of()));
        assertFalse(QuoteAsked.unfound("Who said 'the deal stays independent'?", List.of("The firms said the deal stays independent of progress."), List.of()),
                "the sentence has the quoted words");
        assertFalse(QuoteAsked.unfound("Who said the deal 'stays fully independent of progress'?", List.of("The firms said the deal stays independent of progress."), List.of()),
                "a quote from memory, most of its words the sentence's");
        assertFalse(QuoteAsked.unfound("What does 'we will build it together' mean?", List.of("The firms said the deal stays independent."), List.of()),
                "no speaker asked");
        assertFalse(QuoteAsked.unfound("Who called the demand 'shocking'?", List.of("The firms said the deal stays independent."), List.of()),
                "one word is no quotation at length");
        assertFalse(QuoteAsked.unfound("Who wrote 'A New Era of Deals'?", List.of("The firms said the deal stays independent."), List.of("Alpha & Beta: A New Era of Deals")),
                "an article's title quoted");
    }
}
