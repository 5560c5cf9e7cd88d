package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a question asking a thing's name asks the name of. */
class NameAskedRulesTest {
    @Test
    void aQuestionForANameOrWhatAThingIsCalledNamesTheThing() {
        assertEquals("the chip Beta will build", NameAsked.thing("What is the name of the chip Beta will build?"));
        assertEquals("Beta's new platform", NameAsked.thing("What's the name for Beta's new platform?"));
        assertEquals("Beta's in-house model", NameAsked.thing("What is Beta's in-house model called?"));
        assertNull(NameAsked.thing("What is Beta's in-house model?"), "no name asked");
        assertNull(NameAsked.thing("Who named the chip?"));
    }
}
