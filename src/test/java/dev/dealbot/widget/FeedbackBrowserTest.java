package dev.dealbot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.feedback.Feedback;
import dev.dealbot.feedback.Rating;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The thumbs under an answer, used with the keyboard in real headless Chromium on a page of another origin. */
class FeedbackBrowserTest {
    static final String QUESTION = "Until when does Microsoft hold a license to OpenAI's intellectual property?";
    static final String ROOT = "const root = document.querySelector('dealbot-chat').shadowRoot;";
    static HostPages hosts;
    static TestBot bot;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireInstalled();
        hosts = new HostPages();
        bot = TestBot.start(Map.of("DEALBOT_WIDGET_ALLOWED_ORIGINS", hosts.origin()));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (bot != null) bot.close();
        if (hosts != null) hosts.close();
    }

    @Test
    void aVisitorRatesAnAnswerWithTheKeyboardAndTheRatingIsStored() throws Exception {
        Instant before = Instant.now();
        browser.driver.get(hosts.embed("/", bot.base(), ""));
        SearchContext w = browser.widget();
        w.findElement(By.cssSelector("button.launcher")).click();
        WebElement input = w.findElement(By.cssSelector("input[name=question]"));
        input.sendKeys(QUESTION + Keys.ENTER);
        WebElement answer = browser.awaitAnswer(w, 1);
        assertTrue(answer.getText().contains("2032"), answer.getText());
        WebElement group = answer.findElement(By.cssSelector(".feedback"));
        assertEquals("group", group.getAttribute("role"));
        assertEquals("Was this answer helpful?", group.getAccessibleName());
        WebElement down = group.findElement(By.cssSelector("button.fb-down"));
        assertEquals("false", down.getAttribute("aria-pressed"));

        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB)); // from the question box back to the last answer's thumbs
        assertEquals("fb-down", browser.js(ROOT + "return root.activeElement.className;"), "Shift+Tab reaches the thumbs");
        browser.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        browser.await("the thanks", d -> group.getText().contains("Thanks for the feedback.") ? true : null);
        assertEquals("true", down.getAttribute("aria-pressed"));
        assertEquals("false", group.findElement(By.cssSelector("button.fb-up")).getAttribute("aria-pressed"));
        browser.screenshot("feedback");

        List<Feedback> mine = bot.bot.feedbackStore().list(before, false).stream()
                .filter(f -> f.question().equals(QUESTION)).toList();
        assertEquals(1, mine.size(), mine.toString());
        Feedback f = mine.get(0);
        assertEquals(Rating.DOWN, f.rating());
        assertEquals("extractive", f.mode());
        assertEquals("api", f.channel());
        assertTrue(f.answerJson().contains("2032"), f.answerJson());

        group.findElement(By.cssSelector("button.fb-up")).sendKeys(Keys.ENTER); // changing one's mind replaces the rating
        browser.await("up pressed", d -> "true".equals(group.findElement(By.cssSelector("button.fb-up"))
                .getAttribute("aria-pressed")) ? true : null);
        assertEquals(Rating.UP, bot.bot.feedbackStore().list(before, false).stream()
                .filter(x -> x.answerId().equals(f.answerId())).findFirst().orElseThrow().rating());
    }
}
