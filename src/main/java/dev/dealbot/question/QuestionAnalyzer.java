package dev.dealbot.question;

import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.index.Spelling;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Kind;
import dev.dealbot.text.Names;
import dev.dealbot.text.People;
import dev.dealbot.text.Token;
import dev.dealbot.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Analyses a question once: everything later stages need of it ({@link Question}). */
public final class QuestionAnalyzer {
    private final SentenceTable table;
    private final Spelling spelling;
    private final QueryMaker queries;
    private final Optional<Translator> translator;
    private final Titles titles;
    /** When the articles were written: the latest month they give with its year, the month of the deal they report. */
    private final java.time.YearMonth written;

    public QuestionAnalyzer(PassageIndex index, QueryMaker queries, Optional<Translator> translator) {
        this.table = index.sentences();
        this.spelling = index.spelling();
        this.queries = queries;
        this.translator = translator;
        this.titles = new Titles(table.titles());
        this.written = dev.dealbot.text.CalendarDates.latest(index.corpus().datedTexts(), java.time.YearMonth.now());
    }

    public Question analyze(String text, List<Turn> history) {
        Language language = Language.of(text);
        Optional<String> rewrite = language.english() ? Optional.of(text) : translator.flatMap(t -> t.toEnglish(text, language));
        if (rewrite.isPresent()) return analyze(text, history, language, rewrite.get());
        // with no model to translate it, a question the bilingual word list reads almost wholly is read in its rough English,
        // but only for what its anchors alone cannot answer: a yes/no question or a figure it claims, checked against the
        // articles (a rough reading's sides of a comparison are too loose to find their figures by)
        Optional<String> gloss = Gloss.english(text, language, table.names());
        // a tie of function words ("la" is Spanish, Italian and Portuguese) is settled by the word list that reads the question
        Language read = language;
        for (Language other : gloss.isPresent() ? List.<Language>of() : Language.tiedWith(text)) {
            gloss = Gloss.english(text, other, table.names());
            if (gloss.isPresent()) { read = other; break; }
        }
        if (gloss.isPresent()) {
            Question glossed = analyze(text, history, read, gloss.get());
            if ((glossed.yesNo() || glossed.claimed() != null) && glossed.comparison() == null) return glossed;
            // so is any other question (one thing or two) whose every word the rough English reads is the articles' own:
            // it is then read as closely as an English one
            if (glossed.comparison() == null && glossed.query().unknownTerms().isEmpty() && glossed.unknownNames().isEmpty()) return glossed;
        }
        return crossLanguage(text, history, language);
    }

    private Question analyze(String text, List<Turn> history, Language language, String translated) {
        return analyze(text, history, language, translated, true);
    }

    /** A statement, a dash, then a question proper: "... to 2030 — what's the gap between them?". */
    private static final java.util.regex.Pattern DASHED_QUESTION = java.util.regex.Pattern.compile("^(.{10,}?)\\s+[—–-]+\\s+((?:what|what's|how|which|when)\\b.{3,}\\?)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The asker's words as read: contractions restored, shorthand, abbreviations and misspellings spelled out. */
    private String spelledOut(String text) {
        return FollowUps.withoutExcluded(queries.correct(abbreviationsSpelledOut(Intensifiers.plain(withoutDatedFrame(Telegraphic.spelledOut(
                Shorthand.spelledOut(Metonyms.spelledOut(Contractions.restore(text), table.names())))))), table.names()::known));
    }

    /**
     * "Under the April 27, 2026 agreement, ...", "In the 27 April deal, ...": the deal named by its date frames the question,
     * as "under the revised terms" does; it goes when it is the date the articles report the deal in (another stays: a claim,
     * or an earlier deal).
     */
    private static final java.util.regex.Pattern DATED_FRAME = java.util.regex.Pattern.compile("^\\W*(?:(?:so|ok|okay|and|but|then|well),?\\s+)?"
            + "(?:under|in|with|per|according to)\\s+(?:the|this)\\s+([^?]{3,30}?)\\s+(?:(?:revised|new|amended|updated)\\s+)?"
            + "(?:terms|deal|agreement|arrangement|revision|contract|partnership|pact|announcement)\\s*,\\s*(?=\\p{L})", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(?i)\\b(?:" + dev.dealbot.text.CalendarDates.MONTH_NAMES + ")\\b");

    private String withoutDatedFrame(String text) {
        java.util.regex.Matcher m = DATED_FRAME.matcher(text);
        if (!m.find()) return text;
        List<Figure> figures = Figures.of(m.group(1));
        // the date (its figures and month) is all there is between the article and the deal's noun, and the articles state
        // each of its figures
        String rest = m.group(1);
        for (Figure f : figures) rest = rest.replace(f.text(), " ");
        rest = MONTH.matcher(rest).replaceAll(" ").replaceAll("(?i)\\bof\\b", " ");
        if (figures.isEmpty() || !rest.replaceAll("[\\s,]+", "").isEmpty()
                || figures.stream().anyMatch(f -> !table.states(f, List.of()))) return text;
        // the date is the deal's own, the month the articles report it in: not an earlier deal or revision ("the 2019
        // partnership", "the October agreement"), nor another month ("the March 2026 agreement")
        java.util.regex.Matcher month = MONTH.matcher(m.group(1));
        if (month.find() && !month.group().toLowerCase(java.util.Locale.ROOT).startsWith(written.getMonth().name().toLowerCase(java.util.Locale.ROOT).substring(0, 3)))
            return text;
        if (figures.stream().anyMatch(f -> f.type() == Figure.Type.YEAR && f.value() != written.getYear())) return text;
        String asked = text.substring(m.end());
        return Character.toUpperCase(asked.charAt(0)) + asked.substring(1);
    }

    /** {@code whole}: the question as asked, whose sub-questions are read in turn (a sub-question has none of its own). */
    private Question analyze(String text, List<Turn> history, Language language, String translated, boolean whole) {
        Optional<String> rewrite = Optional.of(translated);
        String asked = Wording.injection(rewrite.get()) ? Injections.question(rewrite.get()) : rewrite.get();
        // a question inside a polite request, after the asker's situation: what it tells, then the question
        if (asked != null) asked = Requests.checked(Requests.direct(Enumerations.plain(asked)));
        if (asked != null) asked = Supposition.joined(asked, f -> table.states(f, List.of()) || table.statesRounded(f));
        if (asked == null) return read(text, rewrite.get(), history, language, rewrite.get()); // only instructions: declined
        String withStatements = asked;
        // the whole text is spelled out (a second pass of the spell checker) only when it opens with a supposition
        String english = Supposition.asked(spelledOut(QuestionSentence.of(asked)),
                () -> Supposition.supposesFirst(withStatements) ? spelledOut(withStatements) : withStatements);
        english = undatedSupposition(english);
        english = Wording.roleHeld(Wording.headlineOwner(english, w -> table.names().known(w) && table.names().party(w)));
        english = QuestionSentence.topicFirst(english, table.names()::known);
        // a role the articles contradict ("OpenAI CEO Mustafa Suleyman") is corrected; the rest is read without it
        People.Slip role = table.people().slip(english);
        if (role != null) english = role.without();
        Question q = withRole(read(text, english, history, language, FollowUps.searchText(english, history)), role);
        // a question after statements ("X was valued at $29B. How many times bigger is it now?") may compare with them
        // in the question's own words: shorthand and abbreviations spelled out as the question's are ("Rev share ends ...")
        List<String> statements = QuestionSentence.statements(asked).stream()
                .map(s -> abbreviationsSpelledOut(Shorthand.spelledOut(Metonyms.spelledOut(Contractions.restore(s), table.names())))).toList();
        String sentence = java.util.Objects.requireNonNullElse(QuestionSentence.question(english), english);
        // a list of events to order, then the question that asks for their order ("Put these in order: A, B and C. Which
        // came first?"), is one ordering, not a comparison with a statement
        Comparison outright = statements.isEmpty() ? null : Comparison.of(english);
        // so is a comparison whose sides the whole text writes out, each within one sentence ("A 27% vs the one-third of 2023 —
        // did it go up or down?")
        Comparison comparison = statements.isEmpty() ? Comparison.of(english)
                : outright != null && (outright.op() == Comparison.Op.ORDER || outright.sides().stream().noneMatch(side -> StatedComparisons.pointsBack(side)
                        || side.matches("(?s).*[.?!]\\s.*")))
                        ? outright : Comparison.of(sentence, statements);
        if (comparison == null && !sentence.equals(english)) comparison = Comparison.of(english);
        // "The licence runs to 2032 and the revenue share to 2030 — what's the gap between them?": a statement set before the
        // question by a dash names the two things compared; a figure it claims ("... around $128.3 billion now — how does
        // that compare ...?") is checked as a claim, not taken as a side
        java.util.regex.Matcher dashed = comparison == null && statements.isEmpty() ? DASHED_QUESTION.matcher(english.strip()) : null;
        Comparison named = dashed != null && dashed.matches() ? Comparison.of(dashed.group(2), List.of(dashed.group(1))) : null;
        if (named != null && named.stated() < 0) comparison = named;
        // "For the board deck: how many years ...?": a short lead-in before the colon is no part of what is compared
        String afterLeadIn = comparison == null ? QuestionSentence.leadIn(sentence) : null;
        if (afterLeadIn != null) comparison = Comparison.framed(sentence.substring(0, sentence.length() - afterLeadIn.length()), Comparison.of(afterLeadIn));
        // a side that is only a pronoun ("how much is that worth?") with no statement before the question to point to is
        // the clause it points to in the same sentence: no second thing to compare, the question read as a whole ("this
        // revision" names the deal itself)
        if (comparison != null && comparison.stated() < 0 && statements.isEmpty()
                && comparison.sides().stream().anyMatch(side -> BARE_POINTER.matcher(side.strip()).matches()))
            comparison = null;
        if (comparison != null) {
            List<Question> sides = new ArrayList<>();
            List<String> written = Sides.complete(comparison.sides(), table.names());
            for (int i = 0; i < written.size(); i++) {
                // a statement pointed back to is no question: its figure, which evidence must state, is what it asks
                Question side = part(comparison.isStated(i) ? comparison.sides().get(i) : written.get(i), language);
                sides.add(comparison.isStated(i) ? withoutFocus(side, null) : side);
            }
            // a comparison asks for each side's figure, not for one thing's (as read() finds when the sentence compares)
            return with(withoutFocus(q, null), comparison, sides, List.of(), Claim.NONE);
        }
        List<String> reads = new ArrayList<>(), plainReads = new ArrayList<>();
        String previous = null, setting = null;
        for (String facet : whole ? Facets.of(english) : List.<String>of()) {
            // "..., and what percentage is it?": a sub-question that points back is read with the one before it
            plainReads.add(previous != null && FollowUps.pointsBack(facet) ? previous + " " + facet : facet);
            // in the full reading, one that names a party has its own ("and does Microsoft still hold its license?"), unless
            // it names someone only by a pronoun ("and what did they say AWS customers would get?")
            // an "it" asked of as the subject of its verb is the party the one before asks of ("..., and how much has it invested?")
            String ownSubject = previous == null ? null : Subjects.resolved(previous, facet, table.names());
            boolean leans = ownSubject == null && previous != null && (PERSON_PRONOUN.matcher(facet).find() || !namesParty(facet) && FollowUps.pointsBack(facet));
            // read on from the one before, its opening question word is no name ("... Microsoft AI what did he say?")
            String read = ownSubject != null ? ownSubject
                    : leans ? previous + " " + QUESTION_WORD.matcher(facet).replaceFirst(r -> r.group().toLowerCase(java.util.Locale.ROOT)) : facet;
            // statements before the first sub-question set the case for each later one ("It's 2031. Is OpenAI still
            // paying, and can Microsoft still use its models?")
            if (previous == null) setting = Facets.setting(facet);
            else if (setting != null && !read.startsWith(setting)) read = setting + " " + read;
            reads.add(read);
            previous = facet;
        }
        // "Do the articles agree on the 20% figure?" asks about the sources, not whether 20% is right
        Figure claimed = Wording.aboutSources(english) ? null
                : q.yesNo() ? Claims.claimed(english, withShares(english, q.figures()), q.unknownFigures()) : Claims.presupposed(english, q.unknownFigures());
        if (claimed == null && !q.yesNo() && !Wording.aboutSources(english)) claimed = Claims.presupposed(english, strangers(q));
        if (claimed == null && !q.yesNo() && !Wording.aboutSources(english)) claimed = anotherThingsEnd(english, q);
        Question premise = null;
        // a yes/no question's figure in a clause it takes as given ("With Microsoft owning about half of OpenAI, does it
        // still benefit?") is that clause's, checked as taken for granted below, not as what is asked
        String given = q.yesNo() && claimed != null && !Wording.aboutSources(english) ? Presumption.leading(english) : null;
        int givenAt = given == null ? -1 : english.indexOf(given);
        if (givenAt >= 0 && givenAt <= claimed.start() && claimed.end() <= givenAt + given.length()) claimed = null;
        if (claimed != null) {
            String clause = Claims.claimClause(english, claimed);
            // an aside between commas ("Did A, its largest backer, invest $5 billion?") leaves the subject before the clause
            String lowerClause = clause.toLowerCase(java.util.Locale.ROOT);
            int at = english.indexOf(clause);
            String before = at > 0 ? english.substring(0, at) : "";
            for (Token t : Tokens.of(before))
                if (t.capitalised() && table.names().known(t.lower()) && !table.names().mentioned(lowerClause, t.lower())) clause = english;
            Figure inClause = writtenFigures(clause).stream().filter(claimed::sameAs).findFirst().orElse(null);
            // the opener of a clause taken as given ("Since ...") is no word of its claim
            premise = part(inClause == null ? Claims.without(english, claimed) : Presumption.withoutOpener(Claims.withoutChoice(clause, inClause)), language);
        }
        // what a question asks about ("what did Microsoft give up ...") is not what the figure it takes for granted measures
        if (premise != null && !q.yesNo()) premise = withoutFocus(premise);
        String presumed = premise == null && !Wording.aboutSources(english) ? Presumption.clause(english) : null;
        // its figure that is not a year, else a year that ends a term ("until 2032"), not one that dates an event
        Figure presumedFigure = presumed == null ? null : presumedFigure(presumed);
        // checked by evidence about its thing, which need not name all its parties: for the opposite of what it says, and
        // a figure it states ("Since it runs until 2032, ...") as a claim
        if (presumedFigure != null) claimed = presumedFigure;
        if (presumed != null) premise = withoutNames(part(presumedFigure == null ? presumed : Claims.without(presumed, presumedFigure), language));
        if (claimed == null && premise == null) {
            // each sub-question is read as a question of its own: its comparison, the figure it claims, the clause it takes as given
            List<Question> facets = new ArrayList<>();
            for (String read : reads) facets.add(analyze(read, List.of(), language, read, false));
            return with(q, null, List.of(), facets, Claim.NONE);
        }
        // once a figure in a clause of its own ("given its cut rose to 25%, how long ...?") is corrected, what the rest of
        // the question asks is answered too; a figure in what is asked ("Why does it run until 2040?") is its whole answer
        Figure asWritten = claimed == null || q.yesNo() ? null : q.figures().stream().filter(claimed::sameAs).findFirst().orElse(null);
        boolean aside = asWritten != null && (presumed != null || !Claims.claimClause(english, asWritten).equals(english));
        // what is asked besides a clause taken as given is the question without that clause ("Given that ... since 2019,
        // what stake does it hold now?" asks what stake it holds now, not about 2019)
        String besides = presumed != null && english.contains(presumed) ? Presumption.withoutOpener(english.replace(presumed, " ").strip()).replaceFirst("^[\\s,;:—–-]+", "") : null;
        boolean longEnough = besides != null && besides.split("\\s+").length >= Presumption.MIN_WORDS;
        // a clause taken as given with no figure leaves what is asked besides it too ("Why does it still profit, now that
        // exclusivity is gone?"), answered when the whole question is not and the articles state the clause
        Question rest = !aside ? (presumedFigure == null && longEnough ? part(besides, language) : null)
                : longEnough ? part(besides, language) : part(Claims.omitting(english, asWritten), language);
        // the words of what is asked beside the clause ("until when does it hold its license?": hold, license)
        String clause = !aside ? null : presumed != null ? presumed : Claims.claimClause(english, asWritten);
        List<String> asks = clause == null || !english.contains(clause) ? List.of()
                : Terms.ofQuestion(Presumption.withoutOpener(english.replace(clause, " ").strip())).stream()
                        .filter(t -> !dev.dealbot.text.TimeBound.boundWord(t)).toList(); // "until when" asks for a time, no thing
        // a question claiming a figure has it checked whole, its sub-questions each read plainly beside the claim's check
        List<Question> plain = new ArrayList<>();
        for (String read : plainReads) plain.add(part(read, language));
        return with(q, null, List.of(), plain, new Claim(claimed, premise, presumed != null, rest, asks));
    }

    /** A question's opening question word or auxiliary. */
    private static final java.util.regex.Pattern QUESTION_WORD = java.util.regex.Pattern.compile(
            "^(?:What|When|Who|Whom|Which|How|Where|Why|Whether|Is|Are|Was|Were|Do|Does|Did|Will|Would|Can|Could|Has|Have|Should)\\b");

    /** A pronoun that stands for someone named before: "he", "they", "them". */
    private static final java.util.regex.Pattern PERSON_PRONOUN = java.util.regex.Pattern.compile("(?i)\\b(he|she|they|him|her|them)\\b");

    /** The text names a party of the deal (a company or a person the articles name as one). */
    private boolean namesParty(String text) {
        return table.names().inQuestion(text, Tokens.of(text)).stream().anyMatch(t -> table.names().party(t.lower()));
    }

    /** A sub-question: read like a question of its own, without a conversation. */
    private Question part(String english, Language language) {
        return read(english, english, List.of(), language, english);
    }

    /** Everything a question's wording says, without its parts. */
    private Question read(String text, String english, List<Turn> history, Language language, String search) {
        Names names = table.names();
        List<Token> tokens = Tokens.of(english);
        List<Token> nameTokens = names.inQuestion(english, tokens);
        List<String> known = new ArrayList<>(), unknown = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.capitalised() && !names.writtenAsName(t) || t.lower().length() < 3) continue; // "MS", "AI": too short to judge
            if (t.lower().matches("i['’]\\w+")) continue; // "I've", "I'm": the asker, not a name
            if (Names.calendar(t.lower())) continue; // "Apr 28": a date, not a name
            if (names.known(t.lower())) {
                if (table.isDistinctive(t.lower()) && names.party(t.lower()) && !known.contains(t.lower())) known.add(t.lower());
            } else if ((!Tokens.startsSentence(english, t) || t.acronym()) && !spelling.known(t.lower())
                    && !table.inMetadata(t.lower()) && spelling.correction(t.lower()) == null) {
                unknown.add(t.surface());
            }
        }
        // "what did satya nadella say": a word in the speaker's slot that is neither an article word nor an English word
        // ("people", "analysts") names someone the articles don't mention
        for (String w : Wording.speakerSlot(english))
            if (w.length() >= 3 && !names.known(w) && !spelling.known(w) && !spelling.english(w) && !table.inMetadata(w) && spelling.correction(w) == null
                    && unknown.stream().noneMatch(w::equalsIgnoreCase)) unknown.add(w);
        // an acronym there ("what did the SEC say"), short or an English word in lower case, names a body when no article uses it
        for (String w : Wording.speakerAcronyms(english))
            if (!spelling.known(w.toLowerCase(java.util.Locale.ROOT)) && !table.inMetadata(w.toLowerCase(java.util.Locale.ROOT))
                    && unknown.stream().noneMatch(w::equalsIgnoreCase)) unknown.add(w);
        List<Figure> figures = writtenFigures(english);
        boolean compares = Comparison.of(english) != null;
        List<Token> parties = nameTokens.stream().filter(t -> names.party(t.lower())).toList();
        Focus focus = compares ? null : Focus.of(tokens, parties, names);
        Focus measured = compares ? null : Focus.measured(tokens, parties);
        // a statement with a figure asked by its question mark wants yes or no, as a yes/no question does (Wording.kinds)
        boolean statementAsked = !Wording.yesNo(english) && language.english() && Wording.statesFigureAsked(english);
        Set<Kind> kinds = statementAsked ? Set.of() : Wording.kinds(english);
        // what is left is searched for by its whole and its part: the words asking for it are in no sentence that gives them
        Query query = queries.make(withoutSourceNames(Wording.withoutTag(Wording.part(english) == Part.REST ? Wording.withoutLeftWords(search) : search)));
        Focus type = compares ? null : Focus.type(tokens, parties);
        // "which bank ...", but not "which outlet reported ...": that asks for an article, which every article has
        if (measured == null && type != null && query.unknownTerms().contains(type.stem()) && !Wording.asksForSource(english)
                && !Naming.asksForSomeone(english)) measured = type;
        // a holder named in words no article uses ("does its nonprofit foundation hold") is one they say nothing of
        if (measured == null && !compares) for (Token t : Focus.unnamedHolder(tokens, parties))
            if (query.unknownTerms().contains(t.stem())) measured = new Focus(t, null);
        // "how much will Microsoft save ...?": an amount of a deed no article speaks of; not with a figure of the question's
        // own, a claim the articles may correct whatever the deed's word
        Token deed = compares || measured != null || !figures.isEmpty() ? null : AmountDeed.of(tokens, parties);
        if (deed != null && query.unknownTerms().contains(deed.stem())) measured = new Focus(deed, null);
        Focus currency = Focus.currency(tokens);
        if (currency != null && query.unknownTerms().contains(currency.stem())) measured = currency; // asked in a unit no article uses
        Focus unit = measured == null ? Focus.unitAsked(tokens) : null;
        if (unit != null && query.unknownTerms().contains(unit.stem())) measured = unit; // "... in gigawatts?"
        if (measured == null && focus != null && Quantities.is(focus.word()) && !Wording.yesNo(english) && !Wording.supposedYesNo(english) && kinds.isEmpty()
                && !deedAsked(english, focus.word())) {
            measured = focus; // "What is OpenAI's valuation?" asks for a figure about the valuation
            kinds = Quantities.withKind(kinds, focus.word());
        }
        // an article named by its title is asked about as an article ("Who wrote 'Microsoft & OpenAI: A New Era ...'?")
        boolean source = Wording.asksForSource(english) || Wording.asksForSource(titles.asArticle(english));
        boolean yesNo = Wording.yesNo(english) || statementAsked;
        return new Question(text, history, language, english, query, kinds, yesNo, known,
                unknown, figures, unknownFigures(figures), speaker(english), focus, measured, null, List.of(),
                List.of(), Claim.NONE, Wording.part(english), Wording.injection(english), false,
                source ? null : Naming.of(english), source, Wording.asksAgreement(english),
                !figures.isEmpty() && Wording.asksOrigin(english), null);
    }

    private static Question with(Question q, Comparison comparison, List<Question> sides, List<Question> facets, Claim claim) {
        return new Question(q.text(), q.history(), q.language(), q.english(), q.query(), q.kinds(), q.yesNo(), q.names(),
                q.unknownNames(), q.figures(), q.unknownFigures(), q.speaker(), q.focus(), q.measured(), comparison, sides,
                facets, claim, q.part(), q.injection(), q.crossLanguage(), q.naming(), q.source(), q.agreement(), q.origin(), q.role());
    }

    /**
     * The text without words only the articles' publishers and authors have ("Alps Wang", "Wedoany"): they say which
     * article, not what to find in it, and no sentence can match them. A question with little else keeps them.
     */
    private String withoutSourceNames(String text) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Token t : Tokens.of(text)) {
            if (!table.inMetadata(t.lower()) || table.sentencesWith(t.lower()) > 0 || table.names().known(t.lower())) continue;
            out.append(text, last, t.start());
            last = t.end();
        }
        String without = out.append(text.substring(last)).toString().replaceAll("\\s{2,}", " ");
        // a question about the publisher itself ("Which outlet is Wedoany?") keeps it: nothing else is asked
        return Terms.ofQuestion(without).size() < 2 ? text : without;
    }

    /**
     * For "what did X say", the X; none when X is an article's publisher or author ("what does Wedoany say"): the
     * article says it, in its own words, not a speaker it quotes.
     */
    private String speaker(String english) {
        String speaker = Wording.speaker(english);
        if (speaker == null) return null;
        for (String w : speaker.split("\\s+"))
            if (w.length() >= 3 && !Terms.isFunctionWord(w) && (!table.inMetadata(w) || table.names().known(w))) return speaker;
        return null;
    }

    private static Question withRole(Question q, People.Slip role) {
        return new Question(q.text(), q.history(), q.language(), q.english(), q.query(), q.kinds(), q.yesNo(), q.names(),
                q.unknownNames(), q.figures(), q.unknownFigures(), q.speaker(), q.focus(), q.measured(), q.comparison(), q.sides(),
                q.facets(), q.claim(), q.part(), q.injection(), q.crossLanguage(), q.naming(), q.source(), q.agreement(), q.origin(), role);
    }

    private static Question withoutNames(Question q) {
        return new Question(q.text(), q.history(), q.language(), q.english(), q.query(), q.kinds(), q.yesNo(), List.of(),
                q.unknownNames(), q.figures(), q.unknownFigures(), q.speaker(), q.focus(), q.measured(), q.comparison(), q.sides(),
                q.facets(), q.claim(), q.part(), q.injection(), q.crossLanguage(), q.naming(), q.source(), q.agreement(), q.origin(), q.role());
    }

    private static Question withoutFocus(Question q) {
        return withoutFocus(q, q.measured());
    }

    /** {@code q} with no focus and {@code measured} as the thing it measures. */
    private static Question withoutFocus(Question q, Focus measured) {
        return new Question(q.text(), q.history(), q.language(), q.english(), q.query(), q.kinds(), q.yesNo(), q.names(),
                q.unknownNames(), q.figures(), q.unknownFigures(), q.speaker(), null, measured, q.comparison(), q.sides(),
                q.facets(), q.claim(), q.part(), q.injection(), q.crossLanguage(), q.naming(), q.source(), q.agreement(), q.origin(), q.role());
    }

    /**
     * A question in another language with no model to translate it: read only through what needs no
     * translation, its names, figures and words close to English article words ("licencia", "exclusiva").
     */
    private Question crossLanguage(String text, List<Turn> history, Language language) {
        CrossLanguage.Anchors anchors = CrossLanguage.anchors(text, language, table, spelling);
        List<Figure> figures = writtenFigures(text);
        return new Question(text, history, language, anchors.text(), queries.make(anchors.text()), anchors.kinds(), false,
                anchors.names(), List.of(), figures, unknownFigures(figures), null, null, null, null, List.of(), List.of(),
                Claim.NONE, Part.NONE, Wording.injection(text), true, null, false, false, false, null);
    }

    /** A side that is a pronoun alone: "that", "this", "it". */
    private static final java.util.regex.Pattern BARE_POINTER = java.util.regex.Pattern.compile("(?i)(?:back\\s+)?(?:that|this|it|they|then)");

    /** A main party is named in at least one sentence in this many. */
    private static final int MAIN_PARTY_SHARE = 10;

    /** Capitalised abbreviations of a known name written out ("MSFT" → "Microsoft"), so they read as that name. */
    private String abbreviationsSpelledOut(String text) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Token t : Tokens.of(text)) {
            // an acronym, or a lower-case run of consonants ("msft", "amzn": no vowel after the first letter) the articles never use
            // (an acronym of three letters or fewer, "SEC", "EU", stands for initials, not for one name's letters)
            // (written in lower case, "msft's" too)
            // the case of the letters as written, a possessive's "'s" aside ("OAI's" is upper case)
            String letters = t.possessive() ? t.surface().substring(0, t.surface().length() - 2) : t.surface();
            boolean lowerCase = letters.toLowerCase(java.util.Locale.ROOT).equals(letters);
            boolean candidate = t.acronym() && t.lower().length() > 3 || t.lower().length() >= 4 && lowerCase
                    && !t.lower().substring(1).matches(".*[aeiouy].*") && spelling.correction(t.lower()) == null;
            // two or three letters in one case ("ms", "OAI") abbreviate only a main party, one named in a tenth of the
            // sentences or more: "bc" is "because", not the "Bedrock" named once
            boolean upperCase = letters.toUpperCase(java.util.Locale.ROOT).equals(letters);
            boolean brief = !candidate && t.lower().length() <= 3 && t.lower().length() >= 2 && (lowerCase || upperCase)
                    && t.lower().chars().allMatch(Character::isLetter) && !Terms.isFunctionWord(t.lower());
            if (table.names().known(t.lower()) || spelling.known(t.lower())) continue;
            // a name's initials and one letter more ("GCP" → "Google Cloud"), in either case
            String name = letters.chars().allMatch(Character::isLetter) ? table.names().initialism(t.lower()) : null;
            if (name != null) {
                out.append(text, last, t.start()).append(capitalised(name));
                last = t.start() + t.lower().length();
                continue;
            }
            if (!candidate && !brief) continue;
            name = table.names().abbreviated(t.lower(), table::sentencesWith);
            if (name == null || brief && table.sentencesWith(name) * MAIN_PARTY_SHARE < table.all().size()) continue;
            out.append(text, last, t.start()).append(table.names().written(name));
            last = t.start() + t.lower().length();
        }
        return out.append(text.substring(last)).toString();
    }

    /** "What does OpenAI gain?": a question opened by "what" and an auxiliary, its subject, then the verb. */
    private static final java.util.regex.Pattern WHAT_DOES = java.util.regex.Pattern.compile(
            "^\\W*what\\s+(?:does|did|do|will|would|could|can|has|have|stands?\\s+to)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@code word} is the question's verb after "what" and its subject of one to three words ("What does OpenAI gain?"):
     * a thing gained is asked, not an amount.
     */
    private static boolean deedAsked(String english, String word) {
        var m = WHAT_DOES.matcher(english);
        if (!m.lookingAt()) return false;
        String[] words = english.substring(m.end()).strip().split("\\s+");
        for (int k = 1; k <= 3 && k < words.length; k++)
            if (words[k].replaceAll("[^\\p{L}'’-]+$", "").equalsIgnoreCase(word)) return true;
        return false;
    }

    /** "google cloud" → "Google Cloud". */
    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return out.toString();
    }

    /** Figures written in digits ("2040", "$10 billion"); "the two companies" states no figure. */
    private static List<Figure> writtenFigures(String text) {
        return Figures.of(text).stream().filter(Figure::inDigits).toList();
    }

    /**
     * The figures in digits and, for a yes/no question that gives none, a share written in words ("does it own nearly
     * half?"): that share is what it claims.
     */
    private static List<Figure> withShares(String english, List<Figure> figures) {
        if (!figures.isEmpty()) return figures; // beside a year or a sum, a share may be of another time or thing
        List<Figure> out = new ArrayList<>(figures);
        Figures.of(english).stream().filter(f -> f.type() == Figure.Type.PERCENT && f.inWords()).findFirst().ifPresent(f -> out.add(0, f));
        return out;
    }

    /**
     * A year in a supposition that no article gives, of an event in the articles' words that no article dates ("If OpenAI
     * reached AGI in 2028, what would happen to its revenue share?": no sentence about AGI gives a year): what the
     * articles say of the event holds whenever it happens, so the question is read without the year. A year the articles
     * give, or one of an event they date, or of a term's end or start ("if the revenue share ended in 2029"), stays to be
     * checked; so does one of an event in words they never use ("if OpenAI went public in 2027"), one beside a figure of
     * the question's own, one the question points back to ("will it owe a share for that year?"), and one asked of a thing
     * no passage ties to the event.
     */
    private String undatedSupposition(String english) {
        List<String> parts = Supposition.parts(english);
        if (parts == null || Supposition.pointsBack(parts.get(1))) return english;
        List<Figure> supposed = Figures.of(parts.get(0));
        return undatedEvent(parts.get(0), parts.get(1)) ? Supposition.withoutYear(english, supposed.get(0)) : english;
    }

    /** {@code supposition} gives one year, of an event no article dates, which they tie to what {@code question} asks (see above). */
    private boolean undatedEvent(String supposition, String question) {
        List<Figure> supposed = Figures.of(supposition);
        if (supposed.size() != 1 || supposed.get(0).type() != Figure.Type.YEAR || table.states(supposed.get(0), List.of())
                || !Figures.of(question).isEmpty() || Supposition.boundsTerm(supposition)
                || queries.unknownTerms(supposition).stream().anyMatch(w -> !w.matches(".*\\d.*"))) return false;
        List<String> own = Terms.ofQuestion(supposition).stream()
                .filter(w -> !(table.names().known(w) && table.names().party(w)) && !w.matches(".*\\d.*") && !dev.dealbot.text.TimeBound.boundWord(w)).toList();
        if (own.isEmpty()) return false;
        // the sentences' own tokens, read once when the index was built
        boolean dated = table.all().stream().anyMatch(s -> s.tokens().stream().map(Token::stem).toList().containsAll(own)
                && Figures.of(s.text()).stream().anyMatch(f -> f.type() == Figure.Type.YEAR));
        // and only of what the articles tie to the event: some passage has its rarest word and a word of what is asked ("AGI"
        // and "revenue share"); "would Amazon's investment change?" is no more answered without the year than with it
        String event = own.stream().filter(queries::known).max(java.util.Comparator.comparingDouble(queries::idf)).orElse(null);
        List<String> asked = Terms.ofQuestion(question).stream()
                .filter(w -> !(table.names().known(w) && table.names().party(w)) && !w.matches(".*\\d.*")).toList();
        java.util.Map<Integer, Set<String>> passages = new java.util.HashMap<>();
        for (var s : table.all()) for (Token t : s.tokens()) passages.computeIfAbsent(s.passage().id(), k -> new java.util.HashSet<>()).add(t.stem());
        boolean tied = passages.values().stream().anyMatch(stems -> stems.contains(event) && asked.stream().anyMatch(stems::contains));
        return !dated && tied;
    }

    /** Figures no sentence states (of that kind: "15 percent" is not stated by "$15 billion"). */
    private List<Figure> unknownFigures(List<Figure> figures) {
        // a figure written shorter ("$228 billion" of "$228.3 billion") is the articles' own
        return figures.stream().filter(f -> !table.states(f, List.of()) && !table.statesRounded(f)).toList();
    }

    /**
     * A year the question takes as the end of a term ("Why will OpenAI keep paying until 2032?") that the articles give
     * only as the end of other things: no sentence stating it has a word of the question's own besides names (2032 is
     * the licence's). Taken for granted wrongly, it is checked like a year no article gives.
     */
    private Figure anotherThingsEnd(String english, Question q) {
        List<String> own = Terms.ofQuestion(english).stream()
                .filter(w -> !table.names().known(w) && !w.matches(".*\\d.*") && !dev.dealbot.text.TimeBound.boundWord(w)).toList();
        if (own.isEmpty()) return null;
        for (Figure f : q.figures()) {
            if (f.type() != Figure.Type.YEAR || q.unknownFigures().contains(f) || Claims.presupposed(english, List.of(f)) == null) continue;
            boolean told = table.all().stream().anyMatch(s -> Figures.of(s.text()).stream().anyMatch(f::sameAs)
                    && Tokens.of(s.text()).stream().anyMatch(t -> own.contains(t.stem())));
            if (!told) return f;
        }
        return null;
    }

    /**
     * Figures the articles state, but never in a sentence (with its quoted context) that mentions any of the question's
     * distinctive names: the question ties them to someone the articles do not, so they are taken for granted wrongly.
     */
    private List<Figure> strangers(Question q) {
        if (q.names().isEmpty()) return List.of();
        return q.figures().stream().filter(f -> !q.unknownFigures().contains(f) && !table.states(f, q.names())).toList();
    }

    /**
     * The figure a clause taken as given claims: one no article states; or a year no article gives beside a figure they
     * state, which dates that figure ("has put in $13B since 2015": the articles date the $13B); else its figure that is
     * not a year, or a year that ends a term or sets a deadline.
     */
    private Figure presumedFigure(String clause) {
        List<Figure> written = writtenFigures(clause);
        List<Figure> unknown = unknownFigures(written);
        for (Figure f : unknown) if (f.type() != Figure.Type.YEAR) return f;
        boolean statesOne = written.stream().anyMatch(f -> f.type() != Figure.Type.YEAR && !unknown.contains(f));
        if (statesOne && !unknown.isEmpty()) return unknown.get(0);
        // a year given with its month ("when they revised it in April 2025") dates the event as a fact the asker states
        for (Figure f : unknown) if (dev.dealbot.text.CalendarDates.endsWithMonth(clause.substring(0, f.start()))) return f;
        // a share in words, in a clause with no figure in digits ("Since Microsoft owns about half of OpenAI, ..."), is
        // what the clause states
        if (written.isEmpty()) {
            Figure share = Figures.of(clause).stream().filter(f -> f.type() == Figure.Type.PERCENT && f.inWords()).findFirst().orElse(null);
            if (share != null) return share;
        }
        return Claims.presupposed(clause, written, true);
    }
}
