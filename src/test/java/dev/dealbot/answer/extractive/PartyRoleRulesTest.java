package dev.dealbot.answer.extractive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who a sentence gives a role to: the party before the owner's possessive, linked to it, with the role's words after. */
class PartyRoleRulesTest {
    private static final Names NAMES = Names.learn(List.of("Beta remains Gamma's main supplier, and Delta and Epsilon compete.",
            "Gamma works with Beta, Delta and Epsilon."));
    private static final List<Set<String>> ROLE = List.of(Set.of("main", "primari"), Set.of("supplier"));

    @Test
    void theHolderIsThePartyLinkedToTheOwnersRole() {
        PartyRole.Holding h = PartyRole.holding("Under the deal, Beta will remain Gamma's main supplier.", "gamma", ROLE, NAMES);
        assertEquals("beta", h.holder());
        assertEquals("Gamma's main supplier", h.roleWritten());
        assertEquals("beta", PartyRole.holding("The terms identify Beta still as Gamma's “primary supplier”.", "gamma", ROLE, NAMES).holder());
    }

    @Test
    void thePartyAnOwnerChoosesAsTheRoleHoldsIt() {
        PartyRole.Holding h = PartyRole.holding("Gamma selected Delta as the exclusive main supplier for its chips.", "gamma", ROLE, NAMES);
        assertEquals("delta", h.holder());
        assertNull(PartyRole.holding("Gamma selected Delta as the main supplier manager.", "gamma", ROLE, NAMES), "the role's words end no phrase there");
    }

    @Test
    void noHolderWithoutTheRolesWordsOrALinkToIt() {
        assertNull(PartyRole.holding("Beta remains Gamma's largest investor.", "gamma", ROLE, NAMES), "another role");
        assertNull(PartyRole.holding("Beta said Delta sells to Gamma's main supplier.", "gamma", ROLE, NAMES), "Delta is no holder: 'sells to'");
    }
}
