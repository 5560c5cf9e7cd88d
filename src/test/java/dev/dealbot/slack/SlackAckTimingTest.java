package dev.dealbot.slack;

import static dev.dealbot.slack.SlackRequests.BOT_TOKEN;
import static dev.dealbot.slack.SlackRequests.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.dealbot.Dealbot;
import dev.dealbot.cli.Channels;
import dev.dealbot.http.HttpApi;
import dev.dealbot.http.Metrics;
import dev.dealbot.testing.Fixtures;
import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slash-command ack is immediate even when the LLM takes 10 s. */
class SlackAckTimingTest {
    @TempDir
    static Path dataDir;

    /** An OpenAI-compatible chat endpoint that answers after 10 s, or as soon as {@code release} is counted down. */
    static HttpServer slowLlm(CountDownLatch release) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "slow-llm");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", ex -> {
            ex.getRequestBody().readAllBytes();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1777300000,\"model\":\"fake\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Microsoft holds a "
                    + "license to OpenAI's intellectual property until 2032 [1].\"},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,\"total_tokens\":20}}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        return server;
    }

    @Test
    void ackIsUnderOneSecondWhileTheLlmTakesTenSeconds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer llm = slowLlm(release);
        try (FakeSlack slack = new FakeSlack();
                Dealbot bot = Fixtures.bot(dataDir, Map.of("DEALBOT_PORT", "0",
                        "DEALBOT_SLACK_SIGNING_SECRET", SECRET, "DEALBOT_SLACK_BOT_TOKEN", BOT_TOKEN,
                        "DEALBOT_SLACK_API_URL", slack.apiUrl(),
                        "DEALBOT_LLM_PROVIDER", "openai", "DEALBOT_LLM_API_KEY", "test-key",
                        "DEALBOT_LLM_BASE_URL", "http://127.0.0.1:" + llm.getAddress().getPort() + "/v1",
                        "DEALBOT_LLM_MODEL", "fake", "DEALBOT_LLM_TIMEOUT_MILLIS", "15000"))) {
            Javalin app = HttpApi.create(bot, new Metrics(), Channels.of(bot)).start();
            try {
                SlackRequests client = new SlackRequests(app.port());
                SlackRoutesTest.warmUp(client); // time the ack, not class loading in a fresh JVM
                String body = SlackRequests.form(SlackRequests.command(SlackRoutesTest.LICENSE_Q, slack.responseUrl("slow")));
                long start = System.nanoTime();
                HttpResponse<String> ack = client.signed("/slack/commands", SlackRoutesTest.FORM, body);
                long ackMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, ack.statusCode(), ack.body());
                assertTrue(ack.body().contains("ephemeral"), ack.body());
                assertTrue(ackMillis < 1000, "ack took " + ackMillis + " ms");
                System.out.println("ack with a slow LLM took " + ackMillis + " ms");

                release.countDown(); // let the slow LLM answer now rather than after 10 s
                FakeSlack.Received post = slack.next(Duration.ofSeconds(20));
                assertNotNull(post, "the answer never reached response_url");
                assertTrue(post.body().contains("2032"), post.body());
            } finally {
                app.stop();
            }
        } finally {
            release.countDown();
            llm.stop(0);
        }
    }
}
