package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A view asked of a speaker no article names. */
class SpokenOfRulesTest {
    @Test
    void aSpeakerNamedByAWordNoArticleUsesIsUnknown() {
        assertTrue(SpokenOf.unknownSpeaker("What did Beta's board say about the deal?", Set.of("board")));
        assertFalse(SpokenOf.unknownSpeaker("What does the Dana Lee piece say about the deal?", Set.of("piec")), "a piece of writing says what it writes");
        assertFalse(SpokenOf.unknownSpeaker("What did Dana Lee say about the deal?", Set.of()), "every word known");
    }
}
