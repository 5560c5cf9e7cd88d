package dev.dealbot.widget;

import dev.dealbot.limit.LocalRateLimiter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealbot.config.WidgetSettings;
import java.time.Instant;
import dev.dealbot.feedback.Rating;
import dev.dealbot.feedback.Feedback;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The widget in real headless Chromium, embedded in a page of another origin, talking to a real bot. */
class WidgetBrowserTest {
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

    static WebElement awaitAnswer(SearchContext w, int n) {
        return browser.awaitAnswer(w, n);
    }

    static WebElement open(SearchContext w) {
        WebElement launcher = w.findElement(By.cssSelector("button.launcher"));
        launcher.click();
        return w.findElement(By.cssSelector("input[name=question]"));
    }

    /**
     * The launcher's icon is an inline SVG (an emoji is a blank box without an emoji font), hidden from assistive tech,
     * and really painted: white icon pixels on the accent colour.
     */
    static void assertLauncherIconIsDrawn(SearchContext w, WebElement launcher) throws Exception {
        List<WebElement> icons = launcher.findElements(By.cssSelector("svg"));
        assertEquals(1, icons.size(), "one svg icon in the launcher");
        WebElement icon = icons.get(0);
        assertEquals("true", icon.getAttribute("aria-hidden"));
        assertEquals(20, icon.getSize().getWidth());
        assertEquals(20, icon.getSize().getHeight());
        assertFalse(launcher.getText().contains("\uD83D\uDCAC"), "no emoji left");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(icon.getScreenshotAs(OutputType.BYTES)));
        int white = 0;
        for (int x = 0; x < img.getWidth(); x++)
            for (int y = 0; y < img.getHeight(); y++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >> 16 & 0xff) > 220 && (rgb >> 8 & 0xff) > 220 && (rgb & 0xff) > 220) white++;
            }
        double share = white / (double) (img.getWidth() * img.getHeight());
        assertTrue(share > 0.25 && share < 0.9, "the icon is painted white on the accent colour: " + share);
    }

    @Test
    void visitorAsksSeesTheStreamedCitedAnswerAndFollowsUp() throws Exception {
        browser.driver.get(hosts.embed("/", bot.base(), ""));
        SearchContext w = browser.widget();
        WebElement launcher = w.findElement(By.cssSelector("button.launcher"));
        String name = launcher.getAccessibleName().toLowerCase();
        assertTrue(name.contains("chat") || name.contains("ask"), name);
        assertLauncherIconIsDrawn(w, launcher);
        browser.screenshot("launcher");
        WebElement input = open(w);
        assertEquals(true, browser.js(ROOT + "return root.activeElement === arguments[0];", input), "focus moves to the textbox");
        assertEquals("log", w.findElement(By.cssSelector(".log")).getAttribute("role"));
        assertEquals("dialog", w.findElement(By.cssSelector(".panel")).getAttribute("role"));
        // count text pieces that arrive before the final answer replaces them
        browser.js(ROOT + "window.__pieces = 0; window.__thinking = false; new MutationObserver(rs => rs.forEach(r => {"
                + " r.addedNodes.forEach(n => { if (n.nodeType === 3 && r.target.classList.contains('text')) window.__pieces++;"
                + " if (n.nodeType === 1 && n.classList.contains('thinking')) window.__thinking = true; }); }))"
                + ".observe(root, {subtree: true, childList: true});");

        input.sendKeys(QUESTION, Keys.ENTER);
        WebElement answer = awaitAnswer(w, 1);
        assertTrue(answer.getText().contains("2032"), answer.getText());
        assertEquals(true, browser.js("return window.__thinking;"), "a thinking state is shown first");
        assertTrue(((Number) browser.js("return window.__pieces;")).intValue() > 1, "the answer arrived in pieces");

        JsonNode expected = WidgetHttpTest.JSON.readTree(WidgetHttpTest.post(bot.base(), "/api/ask",
                WidgetHttpTest.JSON.writeValueAsString(Map.of("question", QUESTION))).body()).get("citations").get(0);
        WebElement footnote = answer.findElement(By.cssSelector(".sources details"));
        WebElement summary = footnote.findElement(By.cssSelector("summary"));
        assertTrue(summary.getText().contains("[" + expected.get("n").asInt() + "]"), summary.getText());
        assertTrue(summary.getText().contains(expected.get("source").asText()), summary.getText());
        assertTrue(summary.getText().contains(expected.get("title").asText()), summary.getText());
        assertFalse(footnote.findElement(By.cssSelector("blockquote")).isDisplayed(), "quote hidden until opened");
        summary.click();
        WebElement quote = footnote.findElement(By.cssSelector("blockquote"));
        assertTrue(quote.isDisplayed());
        assertEquals(expected.get("quote").asText().strip(), quote.getText().strip());
        if (!expected.get("url").isNull()) {
            WebElement link = footnote.findElement(By.cssSelector("a"));
            assertEquals(expected.get("url").asText(), link.getAttribute("href"));
            assertEquals("_blank", link.getAttribute("target"));
            assertTrue(link.getAttribute("rel").contains("noopener"));
        }
        browser.screenshot("answer");

        // stored before the answer is drawn, so it is there now (ids in the API's whole alphabet: WidgetSecurityBrowserTest)
        String conversation = (String) browser.js("return sessionStorage.getItem('dealbot:conversation:' + arguments[0]);", bot.base());
        assertNotNull(conversation, "the conversation id is kept for the tab");
        input.sendKeys("Is it exclusive?", Keys.ENTER);
        WebElement second = awaitAnswer(w, 2);
        assertFalse(second.getText().isBlank());
        assertEquals(2, w.findElements(By.cssSelector(".msg.user")).size());
        assertEquals(conversation, browser.js("return sessionStorage.getItem('dealbot:conversation:' + arguments[0]);", bot.base()),
                "the follow-up continued the same conversation");
        browser.screenshot("follow-up");

        browser.viewport(320, 640);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) browser.js(ROOT + "const r = root.querySelector('.panel')"
                    + ".getBoundingClientRect(); const i = root.querySelector('input').getBoundingClientRect();"
                    + " return {vw: innerWidth, left: r.left, right: r.right, input: i.width, scroll: document.documentElement.scrollWidth};");
            assertEquals(320L, ((Number) box.get("vw")).longValue(), box.toString());
            assertTrue(((Number) box.get("left")).doubleValue() >= 0 && ((Number) box.get("right")).doubleValue() <= 320, box.toString());
            assertTrue(((Number) box.get("input")).doubleValue() >= 150, "the textbox stays usable: " + box);
            browser.screenshot("answer-320");
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        input.sendKeys(Keys.ESCAPE);
        assertFalse(w.findElement(By.cssSelector(".panel")).isDisplayed(), "Esc closes the panel");
        assertEquals(true, browser.js(ROOT + "return root.activeElement === root.querySelector('.launcher');"),
                "focus returns to the launcher");
        assertEquals("false", w.findElement(By.cssSelector("button.launcher")).getAttribute("aria-expanded"));
    }

    @Test
    void showsNotAnsweredRateLimitedUnreachableAndRetries() throws Exception {
        browser.driver.get(hosts.embed("/states", bot.base(), ""));
        SearchContext w = browser.widget();
        open(w).sendKeys("What is the capital of France?", Keys.ENTER);
        WebElement unanswered = awaitAnswer(w, 1);
        assertTrue(unanswered.getAttribute("class").contains("unanswered"), unanswered.getAttribute("class"));
        // the heading may be styled in capitals: compare the words, not the case
        assertTrue(unanswered.getText().toLowerCase(java.util.Locale.ROOT).contains("the articles don't say"), unanswered.getText());

        var clock = new AtomicLong();
        LocalRateLimiter limiter = new LocalRateLimiter(60, clock::get);
        for (int i = 0; i < 60; i++) limiter.acquire("127.0.0.1");
        Javalin limited = TestBot.serve(bot.bot, List.of(new WidgetRoutes(
                new WidgetSettings(List.of(hosts.origin()), 60, List.of()), limiter)));
        try {
            browser.driver.get(hosts.embed("/limited", "http://127.0.0.1:" + limited.port(), ""));
            SearchContext lw = browser.widget();
            open(lw).sendKeys(QUESTION, Keys.ENTER);
            WebElement error = awaitAnswer(lw, 1);
            assertTrue(error.getText().contains("Too many questions"), error.getText());
            assertTrue(error.getText().contains("1 s"), "Retry-After is shown: " + error.getText());
            browser.screenshot("rate-limited");
            clock.addAndGet(60_000_000_000L);
            WebElement retry = browser.await("retry to be enabled", d -> {
                WebElement b = error.findElement(By.cssSelector("button.retry"));
                return b.isEnabled() ? b : null;
            });
            retry.click();
            WebElement answer = awaitAnswer(lw, 1);
            assertTrue(answer.getText().contains("2032"), "the retry succeeded: " + answer.getText());
            assertEquals(1, lw.findElements(By.cssSelector(".msg.user")).size(), "a retry does not repeat the question");
        } finally {
            limited.stop();
        }
        // the bot goes away after the page has loaded the widget
        Javalin leaving = TestBot.serve(bot.bot, List.of(new WidgetRoutes(bot.bot.settings().config().widget())));
        browser.driver.get(hosts.embed("/gone", "http://127.0.0.1:" + leaving.port(), ""));
        SearchContext gone = browser.widget();
        leaving.stop();
        open(gone).sendKeys("Is it exclusive?", Keys.ENTER);
        WebElement unreachable = awaitAnswer(gone, 1);
        assertTrue(unreachable.getText().contains("Can't reach"), unreachable.getText());
        assertTrue(unreachable.findElement(By.cssSelector("button.retry")).isDisplayed());
        browser.screenshot("unreachable");
    }

    @Test
    void demoPageWorksUnderItsOwnContentSecurityPolicy() {
        browser.driver.get(bot.base() + "/");
        SearchContext w = browser.widget();
        WebElement launcher = w.findElement(By.cssSelector("button.launcher"));
        assertEquals("fixed", launcher.getCssValue("position"), "the widget's styles apply under the page's CSP");
        assertEquals("rgba(11, 87, 208, 1)", launcher.getCssValue("background-color"));
        open(w).sendKeys(QUESTION, Keys.ENTER);
        assertTrue(awaitAnswer(w, 1).getText().contains("2032"));
        var violations = browser.driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy")).toList();
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void dataAttributesApplyAndStylesStayIsolatedBothWays() {
        String page = hosts.page("/styled", "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
                + "* { color: lime !important; font-family: serif !important; font-size: 30px !important; }"
                + " button { background: red !important; padding: 40px !important; }"
                + " dealbot-chat { display: none; } .launcher { position: absolute; }</style></head><body>"
                + "<div class=\"launcher\" id=\"host-launcher\">host content</div>"
                + "<script src=\"" + bot.base() + "/widget.js\" defer data-title=\"Deal help\" data-greeting=\"Hello <b>there</b>\""
                + " data-position=\"bottom-left\" data-color=\"#aa0000\"></script></body></html>");
        browser.driver.get(page);
        SearchContext w = browser.widget();
        WebElement launcher = w.findElement(By.cssSelector("button.launcher"));
        assertTrue(launcher.isDisplayed());
        assertTrue(launcher.getText().contains("Deal help"), launcher.getText());
        assertEquals("rgba(170, 0, 0, 1)", launcher.getCssValue("background-color"));
        assertEquals("rgba(255, 255, 255, 1)", launcher.getCssValue("color"));
        assertEquals("15px", launcher.getCssValue("font-size"));
        assertTrue(launcher.getLocation().getX() < 100, "bottom-left: " + launcher.getLocation());
        open(w);
        assertTrue(w.findElement(By.cssSelector(".greeting")).getText().contains("Hello <b>there</b>"));
        assertEquals("absolute", browser.driver.findElement(By.id("host-launcher")).getCssValue("position"),
                "the widget's .launcher rule does not reach the host page");
    }

    /** The thumbs under an answer, used with the keyboard; the rating is stored. */
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
