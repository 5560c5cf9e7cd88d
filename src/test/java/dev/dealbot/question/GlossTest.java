package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.text.Names;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question in another language read word by word in English, when the word list reads almost all of it. */
class GlossTest {
    private static final Names NAMES = Names.learn(List.of("Beta and Gamma signed a deal.", "Gamma said Beta paid."));
    private static final Language SPANISH = new Language("es", "Spanish");
    private static final Language FRENCH = new Language("fr", "French");

    @Test
    void aQuestionTheListReadsIsReadInEnglishWithItsNamesAndFiguresKept() {
        Optional<String> es = Gloss.english("¿Cuál era la valoración de Gamma en enero de 2023?", SPANISH, NAMES);
        assertTrue(es.isPresent());
        assertTrue(es.get().toLowerCase().matches(".*\\bvaluation\\b.*\\bgamma\\b.*\\bjanuary\\b.*2023.*\\?"), es.get());
    }

    @Test
    void aYearCountedFromIsReadAsSince() {
        Optional<String> it = Gloss.english("Quanto ha investito Beta in Gamma dal 2019?", new Language("it", "Italian"), NAMES);
        assertTrue(it.isPresent());
        assertTrue(it.get().toLowerCase().contains("since 2019"), it.get());
    }

    @Test
    void anElidedArticleIsReadApartFromItsWord() {
        Optional<String> fr = Gloss.english("Quand l'accord a-t-il été annoncé ?", FRENCH, NAMES);
        assertTrue(fr.isPresent());
        assertTrue(fr.get().toLowerCase().matches(".*\\bwhen\\b.*\\bagreement\\b.*\\bannounced\\b.*"), fr.get());
    }

    @Test
    void germanDerBetweenTwoNounsIsTheGenitive() {
        Optional<String> de = Gloss.english("Wie hoch ist die Obergrenze der Umsatzbeteiligung?", new Language("de", "German"), NAMES);
        assertTrue(de.isPresent());
        assertTrue(de.get().toLowerCase().contains("cap of the revenue share"), de.get());
        Optional<String> article = Gloss.english("Wie hoch ist der Anteil von Gamma?", new Language("de", "German"), NAMES);
        assertTrue(article.isPresent() && !article.get().contains("of the"), "an article after a verb: " + article);
    }

    @Test
    void aQuestionWithWordsTheListLacksIsNotGlossed() {
        assertEquals(Optional.empty(), Gloss.english("¿Qué opinan los ornitólogos sobre las golondrinas migratorias?", SPANISH, NAMES));
        assertEquals(Optional.empty(), Gloss.english("Wie hoch ist der Umsatz?", new Language("nl", "Dutch"), NAMES), "a language with no list");
    }
}
