package dev.dealbot.question;

import dev.dealbot.index.PassageIndex;
import dev.dealbot.index.SentenceTable;
import dev.dealbot.index.Spelling;
import dev.dealbot.text.Figure;
import dev.dealbot.text.Figures;
import dev.dealbot.text.Names;
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

    public QuestionAnalyzer(PassageIndex index, QueryMaker queries, Optional<Translator> translator) {
        this.table = index.sentences();
        this.spelling = index.spelling();
        this.queries = queries;
        this.translator = translator;
    }

    public Question analyze(String text, List<Turn> history) {
        Language language = Language.of(text);
        Optional<String> rewrite = language.english() ? Optional.of(text) : translator.flatMap(t -> t.toEnglish(text, language));
        if (rewrite.isEmpty()) return crossLanguage(text, history, language);
        String english = queries.correct(rewrite.get());
        Names names = table.names();
        List<Token> tokens = Tokens.of(english);
        List<Token> nameTokens = names.in(english, tokens);
        List<String> known = new ArrayList<>(), parties = new ArrayList<>(), unknown = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.capitalised() || t.lower().length() < 3) continue; // "MS", "AI": too short to judge
            if (names.known(t.lower())) {
                if (names.party(t.lower()) && !parties.contains(t.lower())) parties.add(t.lower());
                if (table.isDistinctive(t.lower()) && names.party(t.lower()) && !known.contains(t.lower())) known.add(t.lower());
            } else if ((!Tokens.startsSentence(english, t) || t.acronym()) && !spelling.known(t.lower())
                    && spelling.correction(t.lower()) == null) {
                unknown.add(t.surface());
            }
        }
        List<Figure> figures = writtenFigures(english);
        return new Question(text, history, language, english, queries.make(FollowUps.searchText(english, history)),
                Wording.kinds(english), Wording.yesNo(english), known, parties, unknown, figures, unknownFigures(figures),
                Wording.speaker(english), Focus.of(tokens, nameTokens, names), Focus.measured(tokens, nameTokens),
                Comparison.of(english), Facets.of(english), Wording.injection(text), false);
    }

    /**
     * A question in another language with no model to translate it: read only through what needs no
     * translation, its names, figures and words close to English article words ("licencia", "exclusiva").
     */
    private Question crossLanguage(String text, List<Turn> history, Language language) {
        CrossLanguage.Anchors anchors = CrossLanguage.anchors(text, table, spelling);
        List<Figure> figures = writtenFigures(text);
        return new Question(text, history, language, anchors.text(), queries.make(anchors.text()), Set.of(), false,
                anchors.names(), anchors.names(), List.of(), figures, unknownFigures(figures), null, null, null, null,
                List.of(), Wording.injection(text), true);
    }

    /** Figures written in digits ("2040", "$10 billion"); "the two companies" states no figure. */
    private static List<Figure> writtenFigures(String text) {
        return Figures.of(text).stream().filter(f -> Character.isDigit(f.text().charAt(0)) || f.text().startsWith("$")).toList();
    }

    private List<Figure> unknownFigures(List<Figure> figures) {
        return figures.stream().filter(f -> !table.statesDigits(f.digits())).toList();
    }
}
