package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dealbot.text.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role a question states or asks one party holds for another. */
class PartyRolesTest {
    private static final Names NAMES = Names.learn(List.of("Beta remains Gamma's main supplier, and Delta Cloud and Epsilon compete.",
            "Gamma works with Beta, Delta and Epsilon."));

    @Test
    void aRoleAskedOfAPartyIsReadWithItsHolderOwnerAndWords() {
        assertEquals(new PartyRoles.RoleClaim("Delta", "gamma", "main supplier"), PartyRoles.of("Is Delta now Gamma's main supplier?", NAMES));
        assertEquals(new PartyRoles.RoleClaim("Epsilon", "gamma", "main supplier"), PartyRoles.of("Has Epsilon become Gamma's main supplier?", NAMES));
    }

    @Test
    void aRoleAQuestionAsksTheReasonForIsTakenAsClaimed() {
        assertEquals(new PartyRoles.RoleClaim("Delta", "gamma", "main supplier"), PartyRoles.of("Why did Delta become Gamma's main supplier?", NAMES));
        assertEquals(new PartyRoles.RoleClaim("Epsilon", "gamma", "main supplier"), PartyRoles.of("How is Epsilon now Gamma's main supplier?", NAMES));
    }

    @Test
    void aRoleGivenByAVerbOfMakingOrChoosingIsReadWithTheChooserAsOwner() {
        assertEquals(new PartyRoles.RoleClaim("Delta", "gamma", "main supplier"), PartyRoles.of("Why did the deal make Delta Gamma's main supplier?", NAMES));
        assertEquals(new PartyRoles.RoleClaim("Delta Cloud", "gamma", "exclusive third-party supplier"),
                PartyRoles.of("Why did Gamma choose Delta Cloud as exclusive third-party supplier of chips?", NAMES));
        assertNull(PartyRoles.of("Why did Gamma choose the deal as its main supplier?", NAMES), "no party chosen");
    }

    @Test
    void aRoleStatedAsGivenOrBeforeAQuestionIsReadToo() {
        assertEquals(new PartyRoles.RoleClaim("delta cloud", "gamma", "main supplier"),
                PartyRoles.of("since delta cloud is now gamma's main supplier after the deal, what does Beta do?", NAMES));
        assertEquals(new PartyRoles.RoleClaim("Epsilon", "gamma", "main supplier"),
                PartyRoles.of("I read Epsilon has become Gamma's main supplier. Is that so?", NAMES));
    }

    @Test
    void noRoleIsReadWithoutTwoKnownPartiesOrOfAPartyItself() {
        assertNull(PartyRoles.of("Is the deal Gamma's main supplier?", NAMES), "the holder is no party");
        assertNull(PartyRoles.of("Is Delta now Zeta's main supplier?", NAMES), "the owner is no party the texts name");
        assertNull(PartyRoles.of("What is Gamma's main supplier?", NAMES), "no holder is claimed");
    }

    @Test
    void aPartyReplacingAnotherInARoleClaimsTheRole() {
        assertEquals(new PartyRoles.RoleClaim("Delta", "gamma", "main supplier"),
                PartyRoles.of("Now that Delta replaced Epsilon as Gamma's main supplier, what is left for Epsilon?", NAMES));
        assertEquals(new PartyRoles.RoleClaim("Delta", "gamma", "main supplier"), PartyRoles.of("Did Delta replace Epsilon as Gamma's main supplier?", NAMES));
        assertEquals(new PartyRoles.RoleClaim("Delta Cloud", "gamma", "main supplier"),
                PartyRoles.of("Since Delta Cloud has now replaced Beta as Gamma's main supplier, what changes?", NAMES));
    }
}
