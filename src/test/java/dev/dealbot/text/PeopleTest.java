package dev.dealbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The roles texts give people, and a question that gives one of them another. */
class PeopleTest {
    private static final List<String> TEXTS = List.of(
            "With the new agreement in place, Amazon CEO Andy Jassy expressed enthusiasm on social media.",
            "Mustafa Suleyman, CEO of Microsoft AI, stated in early April that the goal is a cutting-edge level by 2027.",
            "Denise Dresser, OpenAI's revenue chief, stated in an internal memo that demand was shocking.",
            "OpenAI signed with Amazon Web Services (AWS) and Google Cloud, and Microsoft agreed.");
    private static final Names NAMES = Names.learn(TEXTS);
    private static final People PEOPLE = People.learn(TEXTS, NAMES);

    @Test
    void rolesAreLearnedBeforeAndAfterTheName() {
        assertEquals("amazon", PEOPLE.roles().get("andy jassy").org());
        assertEquals("ceo", PEOPLE.roles().get("andy jassy").title());
        assertEquals("microsoft ai", PEOPLE.roles().get("mustafa suleyman").org());
        assertEquals("CEO of Microsoft AI", PEOPLE.roles().get("mustafa suleyman").written());
        assertEquals("openai", PEOPLE.roles().get("denise dresser").org());
        assertEquals("revenue chief", PEOPLE.roles().get("denise dresser").title());
        assertEquals(3, PEOPLE.roles().size(), "Amazon Web Services and Google Cloud are no people");
    }

    @Test
    void anotherOrganisationIsASlip() {
        People.Slip slip = PEOPLE.slip("What exactly did OpenAI CEO Mustafa Suleyman say about 2027?");
        assertNotNull(slip);
        assertEquals("OpenAI CEO", slip.asked());
        assertEquals("What exactly did Mustafa Suleyman say about 2027?", slip.without());
        assertEquals("google ceo", PEOPLE.slip("google ceo andy jassy posted something — any date?").asked());
        assertEquals("Why did Andy Jassy post?", PEOPLE.slip("Why did Andy Jassy, Microsoft's CEO, post?").without());
        People.Slip presumed = PEOPLE.slip("Since Mustafa Suleyman is OpenAI's CEO, what did he say about 2027?");
        assertEquals("what did Mustafa Suleyman say about 2027?", presumed.without(), "the rest, its pronoun read as the person");
        assertEquals("OpenAI's CEO", presumed.asked());
        assertNull(PEOPLE.slip("Since Andy Jassy is Amazon's CEO, what did he say?"), "a role the texts give is no slip");
    }

    @Test
    void aYesNoQuestionWhetherAPersonHasARoleReadsTheRoleAsTheirs() {
        People.Slip cfo = PEOPLE.slip("Is Denise Dresser Microsoft's CFO?");
        assertEquals("Microsoft's CFO", cfo.asked());
        assertTrue(cfo.onlyRoleAsked());
        People.Slip of = PEOPLE.slip("Is Mustafa Suleyman the CEO of OpenAI?");
        assertEquals("CEO of OpenAI", of.asked());
        assertTrue(of.onlyRoleAsked());
        assertNull(PEOPLE.slip("Is Denise Dresser OpenAI's revenue chief?"), "the role the texts give her");
        assertFalse(PEOPLE.slip("Did OpenAI CEO Mustafa Suleyman say anything?").onlyRoleAsked(), "it asks what he said");
        People.Slip stated = PEOPLE.slip("Denise Dresser is Microsoft's CFO, right?");
        assertNotNull(stated, "a statement with a tag asks the same");
        assertTrue(stated.onlyRoleAsked());
        assertNull(PEOPLE.slip("Denise Dresser is OpenAI's revenue chief, right?"), "the role the articles give her is no slip");
    }

    @Test
    void aWhoQuestionAboutARoleIsTheOnePersonTheTextsGiveIt() {
        assertEquals("mustafa suleyman", RoleHolders.asked("Who is Microsoft AI's CEO?", PEOPLE, NAMES).person());
        assertEquals("mustafa suleyman", RoleHolders.asked("Who leads Microsoft AI?", PEOPLE, NAMES).person());
        assertEquals("denise dresser", RoleHolders.asked("who is the openai revenue boss", PEOPLE, NAMES).person());
        assertEquals("andy jassy", RoleHolders.asked("Who's Amazon's CEO?", PEOPLE, NAMES).person());
        assertNull(RoleHolders.asked("Who is Microsoft's CEO?", PEOPLE, NAMES), "Microsoft AI is not Microsoft");
        assertNull(RoleHolders.asked("Who is OpenAI's CFO?", PEOPLE, NAMES), "a revenue chief is no finance officer");
        assertNull(RoleHolders.asked("Who is OpenAI's marketing chief?", PEOPLE, NAMES), "another title");
        assertNull(RoleHolders.asked("What did Microsoft AI's CEO say?", PEOPLE, NAMES), "not a who-question");
        assertNull(RoleHolders.asked("Who leads OpenAI?", PEOPLE, NAMES), "its revenue chief does not lead it");
        assertNull(RoleHolders.asked("Who is OpenAI's boss?", PEOPLE, NAMES), "a bare title asks for the head");
        assertEquals("andy jassy", RoleHolders.asked("Who runs Amazon?", PEOPLE, NAMES).person());
        assertTrue(RoleHolders.asksRoleOnly("Who is OpenAI's chief financial officer?", NAMES));
        assertTrue(RoleHolders.asksRoleOnly("Who leads OpenAI?", NAMES));
        assertFalse(RoleHolders.asksRoleOnly("Who at OpenAI wrote the memo?", NAMES), "it asks who did something");
        assertTrue(RoleHolders.asksRoleOnly("Who is Google Cloud's CEO?", NAMES), "a title written as a known acronym is a title");
        assertTrue(RoleHolders.asksRoleOnly("who's the chief executive of google cloud", NAMES), "'who's' holds its 'is'");
        assertNull(RoleHolders.asked("Who is the CEO of Google Cloud?", PEOPLE, NAMES), "no one the texts name holds it");
        assertFalse(RoleHolders.asksRoleOnly("Who is OpenAI's primary cloud partner?", NAMES), "a partner company, not a person's title");
    }

    @Test
    void anotherChiefOfficerTitleOrRankIsASlip() {
        assertNotNull(PEOPLE.slip("In her memo, what did OpenAI CFO Denise Dresser mean?"));
        assertNotNull(PEOPLE.slip("What did OpenAI president Denise Dresser write?"));
    }

    @Test
    void theSameRoleOrAnAliasOrAGenericTitleIsNone() {
        assertNull(PEOPLE.slip("What did Amazon CEO Andy Jassy post?"));
        assertNull(PEOPLE.slip("What did AWS CEO Andy Jassy post?"), "AWS stands for Amazon");
        assertNull(PEOPLE.slip("What did Microsoft CEO Mustafa Suleyman say?"), "Microsoft AI is Microsoft's");
        assertNull(PEOPLE.slip("What did OpenAI CRO Denise Dresser write?"), "chief revenue officer");
        assertNull(PEOPLE.slip("What did OpenAI's top executive Denise Dresser write?"));
        assertNull(PEOPLE.slip("What did Andy Jassy post?"));
    }

    @Test
    void aRoleNoOneHoldsIsTheOnePersonWithTheTitleWhoseSentenceHasTheQuestionsName() {
        List<String> texts = List.of("On Monday, Amazon CEO Andy Jassy said OpenAI models come to Bedrock under the new agreement.",
                "Mustafa Suleyman, CEO of Microsoft AI, stated a goal for the new agreement.", "OpenAI and Google signed.");
        Names names = Names.learn(texts);
        People people = People.learn(texts, names);
        People.Slip slip = people.slip("What did Google's CEO say about Bedrock?");
        assertNotNull(slip);
        assertEquals("andy jassy", slip.stated().person());
        assertEquals("Google's CEO", slip.asked());
        assertEquals("What did Andy Jassy say about Bedrock?", slip.without());
        org.junit.jupiter.api.Assertions.assertTrue(slip.unnamed());
        assertNull(people.slip("What did Amazon's CEO say about Bedrock?"), "someone holds that role");
        assertNull(people.slip("What did Google's CEO say about the new agreement?"), "words alone tie the question to no one");
        assertNull(people.slip("Who is Google's CEO and what did he say about Bedrock?"), "the holder is what is asked");
    }

    @Test
    void aSurnameAloneIsTheOnePersonTheTextsNameSo() {
        People.Slip slip = PEOPLE.slip("Is Suleyman OpenAI's CEO?");
        org.junit.jupiter.api.Assertions.assertNotNull(slip);
        assertEquals("Mustafa Suleyman", slip.person());
        org.junit.jupiter.api.Assertions.assertNull(PEOPLE.slip("Is Suleyman Microsoft AI's CEO?"), "the role the texts give him");
    }
}
