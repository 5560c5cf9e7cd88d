package dev.dealbot.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A change from one figure to another is told by "from" before the first and "to" between them; "cut" as a noun is a share. */
class ChangeRulesTest {
    @Test
    void fromThenToJoinTwoFiguresAsAChange() {
        for (String q : new String[] {"cut from 20% to 15%", "rose from $29 billion up to $850 billion", "dropped from 20% down to 10%"}) {
            List<Figure> f = Figures.of(q);
            assertTrue(Change.fromTo(q, f.get(0), f.get(1)), q);
            assertFalse(Change.fromTo(q, f.get(1), f.get(0)), q + " (the other way round)");
        }
    }

    @Test
    void twoFiguresOtherwiseJoinedAreNoChange() {
        for (String q : new String[] {"20% and 15%", "between 20% and 15%", "20% to 15%", "from 20% or 15%"}) {
            List<Figure> f = Figures.of(q);
            assertFalse(Change.fromTo(q, f.get(0), f.get(1)), q);
        }
    }

    @Test
    void cutAfterAnArticleAPossessiveOrAFigureIsAShareNotAChange() {
        for (String q : new String[] {"Does Alpha get a 20% cut?", "Does Alpha get its cut?", "is Alpha's cut?", "Does Alpha still get a cut?"})
            assertFalse(Change.claimed(q), q);
        for (String q : new String[] {"Was the share cut?", "Was the share cut to 10%?", "Was it cut back to 10%?"})
            assertTrue(Change.claimed(q), q);
    }
}
