package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dealbot.text.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A company's home town is read as the company only when the articles name the company and never the town. */
class MetonymsTest {
    @Test
    void aHomeTownIsReadAsTheCompanyTheArticlesName() {
        Names names = Names.learn(List.of("The deal was signed by Microsoft and OpenAI.", "Then Microsoft said OpenAI paid."));
        assertEquals("how long do we pay Microsoft's share?", Metonyms.spelledOut("how long do we pay Redmond's share?", names));
        assertEquals("Did Microsoft agree?", Metonyms.spelledOut("Did redmond agree?", names), "in any case");
        assertEquals("What is the weather in Redmond?", Metonyms.spelledOut("What is the weather in Redmond?", names), "a place");
        assertEquals("How much does OpenAI pay Microsoft?", Metonyms.spelledOut("How much does the ChatGPT maker pay the software giant?", names),
                "an epithet");
    }

    @Test
    void aTownTheArticlesNameOrACompanyTheyNeverNameIsLeftAsWritten() {
        Names withTown = Names.learn(List.of("Microsoft, based in Redmond, signed a deal.", "Redmond is in Washington."));
        assertEquals("Who is in Redmond?", Metonyms.spelledOut("Who is in Redmond?", withTown));
        Names noGoogle = Names.learn(List.of("Microsoft and OpenAI signed a deal."));
        assertEquals("Did Mountain View bid?", Metonyms.spelledOut("Did Mountain View bid?", noGoogle));
        assertEquals("Is Redmondville near?", Metonyms.spelledOut("Is Redmondville near?", noGoogle), "a whole word only");
    }
}
