package dev.dealbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the shared language module, on plain strings. */
class TextRulesTest {
    private static final Names NAMES = Names.learn(List.of(
            "OpenAI signed with Amazon Web Services and AWS, and Microsoft agreed.",
            "The license covers the intellectual property (IP) and artificial general intelligence (AGI).",
            "On Monday, Amazon CEO Andy Jassy spoke, and in October OpenAI recapitalised."));

    @Test
    void aDayOfAMonthIsWrittenWithItsMonth() {
        Figure day = Figures.of("It was announced on April 27, 2026.").get(0);
        assertEquals(Figure.Type.NUMBER, day.type());
        assertEquals("27", day.digits());
        assertEquals("April 27", day.display());
        assertTrue(day.day() && day.inDigits());
        assertFalse(day.inWords(), "a day is no share in words");
        assertEquals("28", Figures.of("page 28").get(0).display());
        assertTrue(day.sameAs(Figures.of("on april 27").get(0)));
        assertFalse(day.sameAs(Figures.of("on May 27").get(0)), "another month's day");
        assertFalse(day.sameAs(Figures.of("27 deals").get(0)), "a count is no day");
        assertFalse(Figures.of("May 2026 brought 40 deals").stream().anyMatch(Figure::day), "a year after a month is no day");
    }

    @Test
    void oneIsACountOnlyBeforeAUnit() {
        assertTrue(Figures.of("One notable aspect is that one of them left.").isEmpty(), "a determiner and a pronoun count nothing");
        assertEquals(List.of(1.0, 2.0), Figures.of("It came one year later, after two deals.").stream().map(Figure::value).toList());
    }

    @Test
    void quotationsAreThreeWordsOrMoreBetweenQuoteMarks() {
        assertEquals(java.util.List.of("limited our ability to serve"), Quotations.of("Who said 'Limited our ability to serve'?"));
        assertTrue(Quotations.of("Why is the word 'first' unclear?").isEmpty(), "one word is no quotation");
        assertEquals(java.util.List.of("serve customers where they are"), Quotations.of("The line 'serve customers where they are.' Who said it?"),
                "a full stop inside the closing mark ends the asker's sentence, not the quote");
        assertTrue(Quotations.containsAll("It had “limited our ability to serve” them.".replace('“', '"'), Quotations.of("Who said \"limited our ability to serve\"?")));
        assertFalse(Quotations.containsAll("It limited its ability to serve them.", Quotations.of("Who said 'limited our ability to serve'?")));
    }

    @Test
    void figuresAreMoneyPercentagesYearsAndNumbers() {
        List<Figure> f = Figures.of("Amazon invested $50 billion (27% of it, 7.5 percent later) in 2026 over seven years.");
        assertEquals(List.of(Figure.Type.MONEY, Figure.Type.PERCENT, Figure.Type.PERCENT, Figure.Type.YEAR, Figure.Type.NUMBER),
                f.stream().map(Figure::type).toList());
        assertEquals(50e9, f.get(0).value());
        assertEquals("$50 billion", f.get(0).display());
        assertEquals("7.5", f.get(2).digits());
        assertEquals(7, f.get(4).value());
        assertEquals(Set.of("13", "2019"), Figures.digits("more than $13 billion since 2019"));
        for (String sum : List.of("a 50 billion dollar investment", "a 50-billion-dollar deal", "a 50 billion investment"))
            assertEquals(50e9, Figures.of(sum).get(0).value(), sum);
        assertEquals(Figure.Type.NUMBER, Figures.of("50 million users").get(0).type(), "millions of something else are no sum");
    }

    @Test
    void kindsSayWhatASentenceCanAnswer() {
        assertTrue(Kinds.of("It runs until 2032.", Figures.of("It runs until 2032.")).contains(Kind.TIME));
        assertFalse(Kinds.of("It runs until 2032.", Figures.of("It runs until 2032.")).contains(Kind.NUMBER), "a year is no count");
        assertTrue(Kinds.of("announced on Monday", List.of()).contains(Kind.TIME));
        assertTrue(Kinds.of("a 20% share", Figures.of("a 20% share")).containsAll(Set.of(Kind.PERCENT, Kind.AMOUNT, Kind.NUMBER)));
        assertTrue(Kinds.of("data centers, chips, and security", List.of()).contains(Kind.LIST));
        assertTrue(Kinds.of("which made the deal with Amazon problematic", List.of()).contains(Kind.REASON));
        assertTrue(Kinds.of("allowing OpenAI to sell anywhere", List.of()).contains(Kind.CONSEQUENCE));
    }

    @Test
    void clausesSplitAtContrastsRelativesAndVerbsAfterBut() {
        assertEquals(2, Clauses.of("The deal releases Microsoft, while still requiring OpenAI to pay.").size());
        assertEquals(2, Clauses.of("Payments continue until 2030 but will now be subject to a cap.").size());
        assertEquals(2, Clauses.of("It works with Amazon, which announced an investment.").size());
        assertEquals(1, Clauses.of("Microsoft holds a license to OpenAI's IP through 2032.").size());
    }

    @Test
    void polarityPrefersTheStopAndSaysWhereItIs() {
        assertEquals(Polarity.STOPS, Polarity.of("The payments are discontinued"));
        assertEquals(Polarity.STOPS, Polarity.of("releases Microsoft from ongoing obligations"));
        assertEquals(Polarity.CONTINUES, Polarity.of("payments will continue until 2030"));
        assertEquals(Polarity.NEUTRAL, Polarity.of("Microsoft holds 27%"));
        assertEquals(Polarity.STOPS, Polarity.of("after Microsoft sold off its shares"));
        assertEquals(Polarity.STOPS, Polarity.of("Despite losing the exclusive deal, it maintains a stake"), "losing a thing ends holding it");
        assertEquals(Polarity.STOPS, Polarity.of("Microsoft gave up exclusivity"));
        assertEquals(Polarity.STOPS, Polarity.of("now that it has dropped Azure"));
        assertEquals(Polarity.CONTINUES, Polarity.of("the licence stays exclusive"));
        assertEquals(Polarity.STOPS, Polarity.of("does the share dry up then"), "a phrasal verb of stopping");
        assertEquals(Polarity.CONTINUES, Polarity.of("would the payments carry on"), "a phrasal verb of going on");
        assertEquals(Polarity.STOPS, Polarity.of("does the rev share switch off"), "switching off is stopping");
        assertEquals(Polarity.STOPS, Polarity.of("the payments are phased out"), "phasing out is stopping");
        assertEquals(Polarity.STOPS, Polarity.of("will the licence wind down"), "winding down is stopping");
        assertEquals(Polarity.NEUTRAL, Polarity.of("products sold through AWS"), "a sale is not an end");
        assertEquals(Polarity.NEUTRAL, Polarity.of("is the share open-ended"), "a compound with 'ended' is no end");
        assertTrue(Polarity.STOPS.opposes(Polarity.CONTINUES));
        assertFalse(Polarity.NEUTRAL.opposes(Polarity.STOPS));
    }

    @Test
    void aChangeIsClaimedByAVerbOfChangeNotByANounThatLooksLikeOne() {
        for (String q : List.of("Was the share cut?", "raised to 25%?", "did the revenue share go down from 20%?", "Has it dropped?",
                "did the valuation rise?", "Has the stake shrunk?"))
            assertTrue(Change.claimed(q), q);
        for (String q : List.of("Microsoft's cut of revenue?", "What is the share?", "the downside of the deal?"))
            assertFalse(Change.claimed(q), q);
    }

    @Test
    void directionFollowsFromByAndToAndIgnoresPartnersAndDates() {
        assertEquals(new Direction("openai", "microsoft"), direction("The payments from OpenAI to Microsoft are discontinued."));
        assertEquals(new Direction("openai", "microsoft"), direction("The revenue sharing paid by OpenAI to Microsoft continues."));
        assertEquals(new Direction("microsoft", "openai"), direction("Microsoft will no longer pay revenue sharing to OpenAI."));
        assertEquals(new Direction("openai", "microsoft"), direction("OpenAI gets a license to Microsoft's IP."),
                "a right to a name's thing is to that name, as 'a licence to OpenAI IP' is");
        assertEquals(new Direction("microsoft", "openai"), direction("What happens to Microsoft's access to OpenAI's models?"),
                "after a word that is no right ('happens to'), the name owns what follows");
        assertFalse(direction("Microsoft and OpenAI announced the deal.").known(), "partners side by side act together");
        assertEquals(new Direction("microsoft", null), direction("Microsoft raised OpenAI's revenue share."),
                "a name owning the thing acted on is not who it goes to");
        assertFalse(direction("In October, OpenAI recapitalised.").known(), "a month is no party");
        assertEquals(new Direction(null, "microsoft"), direction("Microsoft will retain a 20% revenue share."), "the subject of a receiving verb is paid");
        assertEquals(new Direction("openai", "microsoft"), direction("Microsoft will still receive a share from OpenAI."));
        assertEquals(new Direction("microsoft", "openai"), direction("Microsoft keeps paying OpenAI a share."), "'keeps paying' is no receiving");
        assertEquals(new Direction(null, "microsoft"), direction("Does Microsoft keep collecting OpenAI's revenue share?"),
                "the verb kept up decides: collecting is receiving");
        assertTrue(direction("Microsoft pays OpenAI").reverses(direction("OpenAI pays Microsoft"), NAMES));
    }

    @Test
    void droppingASumIntoSomethingIsNeitherAStopNorAChange() {
        assertEquals(Polarity.NEUTRAL, Polarity.of("Microsoft dropped $13B into OpenAI"));
        assertFalse(Change.claimed("Microsoft dropped $13B into OpenAI"));
        assertEquals(Polarity.STOPS, Polarity.of("Microsoft dropped the clause"));
        assertTrue(Change.claimed("the stake dropped"));
    }

    @Test
    void aPronounSubjectStandsForTheReferentAndActsOnTheNameAfterIt() {
        String text = "However, it will no longer pay OpenAI a revenue share.";
        List<Token> tokens = Tokens.of(text);
        assertEquals(new Direction("microsoft", "openai"), Direction.of(tokens, NAMES.in(text, tokens), NAMES, "microsoft"));
        assertEquals(new Direction("openai", null), Direction.of(tokens, NAMES.in(text, tokens), NAMES, null),
                "without a referent the clause's own names decide");
        String named = "Microsoft will no longer pay OpenAI.";
        List<Token> namedTokens = Tokens.of(named);
        assertEquals(new Direction("microsoft", "openai"), Direction.of(namedTokens, NAMES.in(named, namedTokens), NAMES, "amazon"),
                "a named subject is no pronoun");
        String from = "They are paid from OpenAI to Microsoft.";
        List<Token> fromTokens = Tokens.of(from);
        assertEquals(new Direction("openai", "microsoft"), Direction.of(fromTokens, NAMES.in(from, fromTokens), NAMES, "amazon"),
                "'from' tells the source");
    }

    @Test
    void ownersAreTiedByCompoundsPossessivesOfPhrasesAndSubjects() {
        Set<String> ceo = Set.of("ceo");
        assertEquals(Owners.Tie.OTHER, tie("On Monday, Amazon CEO Andy Jassy spoke.", ceo, "openai"));
        assertEquals(Owners.Tie.OWNER, tie("On Monday, Amazon CEO Andy Jassy spoke.", ceo, "amazon"));
        assertEquals(Owners.Tie.OTHER, tie("Mustafa Suleyman, CEO of Microsoft AI, spoke.", ceo, "openai"));
        assertEquals(Owners.Tie.OWNER, tie("OpenAI's total valuation rose.", Set.of("valuat"), "openai"));
        assertEquals(Owners.Tie.NONE, tie("Based on the $29 billion valuation, Microsoft invested.", Set.of("valuat"), "openai"),
                "a valuation tied to no name says nothing of whose it is");
        assertEquals(Owners.Tie.NONE, tie("Microsoft's access to future technologies.", Set.of("futur"), "openai"),
                "a possessive owns the word right after it, not what follows a preposition");
        assertEquals(Owners.Tie.NONE, tie("The revenue sharing paid by OpenAI to Microsoft will continue, with its share unchanged.", Set.of("share"), "microsoft"),
                "a name after a preposition is no subject for 'its' to point back to");
        assertEquals(Owners.Tie.OTHER, tie("OpenAI will continue, with its share unchanged.", Set.of("share"), "microsoft"));
        String brand = "OpenAI committed to using Amazon's self-developed Trainium chips.";
        List<Token> tokens = Tokens.of(brand);
        List<Token> parties = tokens.stream().filter(t -> t.capitalised()).toList(); // OpenAI, Amazon's, Trainium
        assertEquals(Owners.Tie.OWNER, Owners.tie(tokens, parties, Set.of("chip"), "amazon", NAMES),
                "a possessive before a brand owns what the brand names");
    }

    @Test
    void acronymsAreLearnedWithTheirSpelledOutNamesAndOnlyNamedOnesArePartyNames() {
        assertTrue(NAMES.aliases("aws").contains("amazon"), NAMES.aliases("aws").toString());
        assertTrue(NAMES.aliases("ip").contains("intellectual property"));
        assertTrue(NAMES.party("amazon") && NAMES.party("aws"));
        assertFalse(NAMES.party("ip") || NAMES.party("october") || NAMES.party("monday"));
        assertTrue(NAMES.mentioned("the amazon web services deal", "aws") || NAMES.mentioned("amazon signed", "aws"));
        assertNull(Names.expansion("xyz", "nothing here"));
        assertTrue(NAMES.expansionWord("web") && !NAMES.expansionWord("openai"), "words of what an acronym stands for");
    }

    private static Direction direction(String text) {
        List<Token> tokens = Tokens.of(text);
        return Direction.of(tokens, NAMES.in(text, tokens), NAMES);
    }

    private static Owners.Tie tie(String text, Set<String> stems, String owner) {
        List<Token> tokens = Tokens.of(text);
        List<Token> parties = NAMES.in(text, tokens).stream().filter(t -> NAMES.party(t.lower())).toList();
        return Owners.tie(tokens, parties, stems, owner, NAMES);
    }

    @Test
    void aOneLetterScaleAfterTheNumberIsPartOfTheSum() {
        assertEquals(8.5e11, Figures.of("valued at $850B now").get(0).value(), 1);
        assertEquals(1.3e10, Figures.of("its 13B+ total").get(0).value(), 1);
        assertEquals(Figure.Type.MONEY, Figures.of("$10M").get(0).type());
        assertEquals(1, Figures.of("a 5G network").stream().filter(f -> f.type() == Figure.Type.MONEY).count() + 1, "no sum in 5G");
    }

    @Test
    void quartersOfAYearAreNoShareAndAWordAfterAMonthStemIsNoDay() {
        assertTrue(Figures.of("two quarters of 2025").stream().noneMatch(f -> f.type() == Figure.Type.PERCENT));
        assertFalse(Kinds.of("Decision 2 was made.", List.of()).contains(Kind.DAY));
    }

    @Test
    void theWordsBeforeAYearBoundItAfterOrUntil() {
        String q = "Will the licence be renewed after 2032, or beyond 2030, post-2031?";
        List<Figure> f = Figures.of(q);
        assertEquals(List.of(TimeBound.AFTER, TimeBound.AFTER, TimeBound.AFTER), f.stream().map(x -> TimeBound.of(q, x)).toList());
        String s = "It is valid until 2032, payments run through 2030, ends in 2031; since 2019 and in 2026.";
        assertEquals(List.of(TimeBound.UNTIL, TimeBound.UNTIL, TimeBound.UNTIL, TimeBound.NONE, TimeBound.NONE),
                Figures.of(s).stream().map(x -> TimeBound.of(s, x)).toList());
        assertEquals(TimeBound.NONE, TimeBound.of("$2032 billion", Figures.of("$2032 billion").get(0)), "only years are bounded");
        assertTrue(TimeBound.boundWord("after") && TimeBound.boundWord("until"));
        assertEquals(TimeBound.DEADLINE, TimeBound.of("a goal to reach by 2027", Figures.of("a goal to reach by 2027").get(0)), "a deadline is no end");
        String aim = "Why did Beta set a 2030 target, and its 2031 frontier goal, in 2026 deals?";
        assertEquals(List.of(TimeBound.DEADLINE, TimeBound.DEADLINE, TimeBound.NONE), Figures.of(aim).stream().map(x -> TimeBound.of(aim, x)).toList(),
                "a year before a noun of aim is when the aim is to be met");
        String stop = "Will Alpha stop paying Beta in 2028, after it removed the clause in 2026?";
        assertEquals(List.of(TimeBound.UNTIL, TimeBound.NONE), Figures.of(stop).stream().map(x -> TimeBound.of(stop, x)).toList(),
                "an ongoing deed stopping in a year ends its term there; a one-off deed is dated by its year");
        assertFalse(TimeBound.boundWord("renew"));
    }

    @Test
    void aYearThatItselfRunsOutBoundsTheTimeAfterIt() {
        for (String q : List.of("Will it be renewed once 2032 runs out?", "What happens when 2030 is over?", "after 2032 expires, then what?")) {
            Figure year = Figures.of(q).get(0);
            assertEquals(TimeBound.AFTER, TimeBound.of(q, year), q);
        }
        String plain = "Was it signed in 2032 when talks ended?";
        assertEquals(TimeBound.NONE, TimeBound.of(plain, Figures.of(plain).get(0)), "the year does not end; talks do");
    }

    @Test
    void aYearGivenAsAnEndAfterWhichSomethingIsAskedBoundsItAfter() {
        for (String q : List.of("Will it be renewed after it expires in 2032?", "What happens to the share once it ends in 2030?",
                "Is there an extension after it runs out in 2032?")) {
            Figure year = Figures.of(q).stream().filter(x -> x.type() == Figure.Type.YEAR).findFirst().orElseThrow();
            assertEquals(TimeBound.AFTER, TimeBound.of(q, year), q);
        }
        String other = "Will Microsoft still hold a license after the revenue share ends in 2030?";
        assertEquals(TimeBound.UNTIL, TimeBound.of(other, Figures.of(other).get(0)), "another thing's end may be asked past: no 'after' of the asked thing");
        String plain = "Does the license expire in 2032?";
        assertEquals(TimeBound.UNTIL, TimeBound.of(plain, Figures.of(plain).get(0)), "the end itself is asked, not the time after it");
    }

    @Test
    void aLowerCaseWordOfAQuestionIsANameWhenTheTextsKeepWritingItAsOne() {
        Names names = Names.learn(List.of("Then Amazon paid and Amazon agreed, unlike Google.", "The Frontier platform was new.",
                "A Bedrock launch.", "Amazon and Bedrock again.", "rocks on the bedrock"));
        String q = "did amazon pay, and is frontier or google or bedrock new?";
        assertEquals(List.of("amazon"), names.inQuestion(q, Tokens.of(q)).stream().map(Token::lower).toList(),
                "a name written once (frontier, google) may be a common word; one also written in lower case (bedrock) is");
        String capitalised = "Did Google pay?";
        assertEquals(List.of("google"), names.inQuestion(capitalised, Tokens.of(capitalised)).stream().map(Token::lower).toList());
    }

    @Test
    void aNamesInitialsAndOneLetterMoreAbbreviateIt() {
        Names names = Names.learn(List.of("It may sell on Google Cloud and on Gamma Cloud too.", "Beta Corp agreed. In October it paid."));
        assertEquals("beta corp", names.initialism("bcx"), "the initials of the one run of names, and a letter for a word left off");
        assertNull(names.initialism("gcp"), "two runs share the initials: neither is meant");
        assertNull(names.initialism("iox"), "a sentence's first word opens no name");
        assertNull(names.initialism("bc"), "a bare pair of initials is a word of its own");
    }

    @Test
    void aPhrasesActorIsItsFirstPartyThatIsNeitherAnOwnerNorAPrepositionsObject() {
        Names names = Names.learn(List.of("Then Amazon paid and Amazon agreed, unlike Google.", "Amazon Web Services (AWS) and Microsoft.",
                "Microsoft again, in October."));
        assertEquals("microsoft", names.actor("when Microsoft first started investing in Amazon"));
        assertEquals("amazon", names.actor("in October when amazon started paying"), "lower case; a month is no party");
        assertNull(names.actor("Amazon's valuation in the January round"), "an owner does not act");
        assertNull(names.actor("the money paid to Microsoft"));
    }

    @Test
    void aPossessiveOwnsTheHeadOfAHyphenatedCompoundPhrase() {
        assertEquals(Owners.Tie.OWNER, tie("the goal of Microsoft's in-house model team is to lead", Set.of("team"), "microsoft"));
        assertTrue(Tokens.of("in-house").get(0).hyphenated());
        assertFalse(Tokens.of("in house").get(0).hyphenated());
    }

    @Test
    void datesWithinAYearAreFiguresAndAMonthWithoutAYearIsTheLatestBeforeTheArticles() {
        java.time.YearMonth written = java.time.YearMonth.of(2026, 4);
        List<Figure> d = CalendarDates.of("In late February of this year, and in October, then on April 27, 2026 and in January 2023.", written);
        assertEquals(List.of("late February", "October", "April 27, 2026", "January 2023"), d.stream().map(Figure::text).toList());
        assertEquals(List.of("2026", "2025", "2026", "2023"), d.stream().map(Figure::digits).toList(), "October is last October");
        assertTrue(d.get(1).value() < d.get(0).value() && d.get(0).value() < d.get(2).value());
        assertEquals(2.0, CalendarDates.monthsBetween(d.get(0), d.get(2)));
        assertEquals(written, CalendarDates.latest(List.of("announced on April 27, 2026", "in January 2023"), java.time.YearMonth.of(2000, 1)));
        assertEquals("late February", d.get(0).display());
    }

    @Test
    void aShareInWordsIsARoundPercentage() {
        Figure half = Figures.of("Alpha owns nearly half of Beta.").get(0);
        assertEquals(Figure.Type.PERCENT, half.type());
        assertEquals(50, half.value(), 1e-9);
        assertTrue(half.inWords());
        assertTrue(Figures.of("the third of the rounds").isEmpty(), "an order, not a share");
        Figure quarter = Figures.of("about a quarter of Beta").get(0);
        Figure stated = Figures.of("approximately 27% of Beta").get(0);
        assertTrue(quarter.roughly(stated), "a quarter rounds 27%");
        assertFalse(half.roughly(stated));
        assertFalse(Figures.of("25% of Beta").get(0).roughly(stated), "digits are exact");
    }

    @Test
    void aWholeNumberRoundsTheSameFigureWrittenWithDecimalsAtItsScale() {
        dev.dealbot.text.Figure whole = Figures.of("$228 billion").get(0), exact = Figures.of("$228.3 billion").get(0);
        assertTrue(whole.rounds(exact));
        assertTrue(whole.roughly(exact) && exact.roughly(whole));
        assertFalse(Figures.of("$228 million").get(0).rounds(exact), "another scale");
        assertFalse(Figures.of("$229 billion").get(0).rounds(exact));
        assertFalse(Figures.of("28%").get(0).rounds(Figures.of("27.4%").get(0)));
        assertFalse(exact.rounds(whole), "only the shorter figure rounds the longer");
    }

    @Test
    void aNameIsWrittenAsTheTextsWriteIt() {
        Names names = Names.learn(java.util.List.of("Then OpenAI's board met.", "Later OpenAI and Microsoft agreed."));
        assertEquals("OpenAI", names.written("openai"), "as written inside a sentence, without its possessive");
        assertEquals("Zeta", names.written("zeta"), "a name never written: its first letter capitalised");
    }
}
