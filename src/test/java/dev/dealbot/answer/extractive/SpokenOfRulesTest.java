package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A view asked of a speaker no article names, or on a topic the speaker's sentence does not touch. */
class SpokenOfRulesTest {
    private static final Names NAMES = Names.learn(List.of("Dana Lee, Beta's chief, said Beta aims for new models by 2027.", "Gamma and Beta agreed."));

    @Test
    void aSpeakerNamedByAWordNoArticleUsesIsUnknown() {
        assertTrue(SpokenOf.unknownSpeaker("What did Beta's board say about the deal?", Set.of("board")));
        assertFalse(SpokenOf.unknownSpeaker("What does the Dana Lee piece say about the deal?", Set.of("piec")), "a piece of writing says what it writes");
        assertFalse(SpokenOf.unknownSpeaker("What did Dana Lee say about the deal?", Set.of()), "every word known");
    }

    @Test
    void aViewAskedOnATopicIsNotAnsweredByTheSpeakersWordsOnAnother() {
        String sentence = "Dana Lee, Beta's chief, said Beta aims for new models by 2027.";
        assertTrue(SpokenOf.otherTopic("What did Dana Lee say about the royalty cap?", sentence, NAMES, stem -> List.of()));
        assertFalse(SpokenOf.otherTopic("What did Dana Lee say about new models?", sentence, NAMES, stem -> List.of()));
        assertFalse(SpokenOf.otherTopic("What did Dana Lee say about the royalty cap?", sentence, NAMES, stem -> List.of("model")),
                "a synonym of the topic in the sentence answers it");
        assertFalse(SpokenOf.otherTopic("What did Dana Lee say?", sentence, NAMES, stem -> List.of()), "no topic asked");
    }
}
