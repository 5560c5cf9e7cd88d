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

    @Test
    void aWordTheAskerWritesOfTheThingIsNoNameOfIt() {
        var names = dev.dealbot.text.Names.learn(java.util.List.of("Beta and Gamma agreed.", "Gamma will use Beta Cloud."));
        String chips = "In time, they will also co-develop next-generation AI chips.";
        assertEquals(true, NameAsked.unnamed("What are the new co-developed AI chips called?", chips, names), "AI is the asker's word");
        assertEquals(false, NameAsked.unnamed("What are the new co-developed AI chips called?", "Beta will co-develop its Zephyr AI chips.", names));
    }
}
