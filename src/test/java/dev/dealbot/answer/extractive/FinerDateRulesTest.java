package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A month or an exact day asked is answered only by a sentence giving one. */
class FinerDateRulesTest {
    @Test
    void aMonthAskedNeedsASentenceNamingAMonth() {
        assertTrue(FinerDate.unanswered("Which month in 2031 does Beta's licence end?", "The licence is valid until 2031."));
        assertFalse(FinerDate.unanswered("Which month did Gamma invest?", "In late February, Gamma invested $5 billion."));
        assertTrue(FinerDate.unanswered("Which month will the deal close?", "The deal may close later this year."), "the verb 'may' is no month");
    }

    @Test
    void anExactDayAskedNeedsAMonthWithItsDay() {
        assertTrue(FinerDate.unanswered("What date exactly in October was the restructuring?", "In October, Beta completed a restructuring."));
        assertTrue(FinerDate.unanswered("What was the exact date of the restructuring?", "It was completed in January 2021."),
                "a year after the month is no day");
        assertFalse(FinerDate.unanswered("What is the exact date the deal was announced?", "The deal, announced on April 27, 2026, ..."));
        assertFalse(FinerDate.unanswered("Which day of the week was it announced?", "In October, Beta completed a restructuring."),
                "a day of the week is another rule's");
        assertFalse(FinerDate.unanswered("When was the deal announced?", "The deal was announced in 2026."), "no finer date asked");
    }
}
