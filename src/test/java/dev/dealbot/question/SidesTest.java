package dev.dealbot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dealbot.text.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two sides of a comparison completed from each other. */
class SidesTest {
    private static final Names NAMES = Names.learn(List.of("The deal was signed by Alpha and Beta.", "Then Alpha said Beta paid."));

    @Test
    void aSideNamingTheOtherSidesThingByItsHeadTakesTheWordBeforeIt() {
        assertEquals(List.of("Alpha's ownership share in 2023", "Alpha's ownership share now"),
                Sides.complete(List.of("Alpha's ownership share in 2023", "its share now"), NAMES));
    }

    @Test
    void anotherOwnersThingIsLeftAsWritten() {
        assertEquals(List.of("Beta's investment", "Alpha's total investment"),
                Sides.complete(List.of("Beta's investment", "Alpha's total investment"), NAMES));
    }

    @Test
    void aSideNamingOnlyAQuantityIsOfTheOtherSidesThing() {
        assertEquals(List.of("Beta's investment", "Alpha's total investment since 2019"),
                Sides.complete(List.of("Beta's investment", "Alpha's total since 2019"), NAMES));
        assertEquals(List.of("Beta's pledge", "Alpha's total investment"), Sides.complete(List.of("Beta's pledge", "Alpha's total investment"), NAMES),
                "a quantity of a named thing stays");
    }

    @Test
    void oneStandsForTheNounTheOtherSideEndsOn() {
        assertEquals(List.of("the $29 billion valuation", "the valuation today"), Sides.complete(List.of("the $29 billion valuation", "the one today"), NAMES));
        assertEquals(List.of("the current valuation", "the January 2023 valuation"),
                Sides.complete(List.of("the current valuation", "the January 2023 one"), NAMES));
    }

    @Test
    void aSideThatIsOnlyADateIsTheOtherSidesThingThen() {
        assertEquals(List.of("Gamma's valuation now", "Gamma's valuation in January 2023"),
                Sides.complete(List.of("Gamma's valuation now", "in January 2023"), NAMES));
        assertEquals(List.of("Gamma's valuation", "then"), Sides.complete(List.of("Gamma's valuation", "then"), NAMES), "no date, nothing to take");
    }
}
