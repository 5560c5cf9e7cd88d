package dev.dealbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Reason;
import dev.dealbot.config.Secrets;
import dev.dealbot.config.StateSettings;
import dev.dealbot.state.SharedState;
import dev.dealbot.testing.RedisServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers remembered for feedback: in this process, and across replicas through a real redis-server. */
class AnswerLogTest {
    static final Answer ANSWER = new Answer("Until 2032. [1]", true, List.of(), "conv-1", "extractive", false, List.of(),
            null, "answer-id-123456");

    @Test
    void anAnswerGivenByOneReplicaCanBeRatedOnAnother() throws Exception {
        StateSettings settings;
        try (RedisServer redis = new RedisServer().start()) {
            settings = new StateSettings("redis", redis.url(), 3000, 4, 100, "test:"); // a loaded machine is no outage
            try (SharedState one = SharedState.open(settings, Secrets.NONE); SharedState two = SharedState.open(settings, Secrets.NONE)) {
                AnswerLog a = new AnswerLog(one.values("answer", AnswerLog.KEPT));
                AnswerLog b = new AnswerLog(two.values("answer", AnswerLog.KEPT));
                a.remember("api", "Until when?", ANSWER, "10.0.0.7");
                Served there = b.find("answer-id-123456").orElseThrow();
                assertEquals(a.find("answer-id-123456").orElseThrow(), there);
                assertEquals("conv-1", there.conversationId());
                assertEquals("10.0.0.7", there.clientKey());
                assertTrue(there.answerJson().contains("\"answerId\":\"answer-id-123456\""), there.answerJson());
                long ttl = Long.parseLong(redis.command("PTTL", "test:answer:answer-id-123456").substring(1));
                assertTrue(ttl > AnswerLog.KEPT.toMillis() - 60_000 && ttl <= AnswerLog.KEPT.toMillis(), "kept 24 h: " + ttl);
                assertEquals(Optional.empty(), b.find("not-an-answer-id"));

                a.remember("slack", "q", Answer.notAnswered("extractive", Reason.NOT_IN_ARTICLES, "no").withAnswerId("slack-answer-1"), "slack");
                redis.stop(); // Redis down: this replica still finds its own answers, the other finds none, nobody fails
                assertEquals("slack", a.find("slack-answer-1").orElseThrow().channel());
                assertEquals(Optional.empty(), b.find("slack-answer-1"));
            }
        }
    }

    @Test
    void withoutSharedStateAnswersAreKeptInThisProcess() {
        AnswerLog log = new AnswerLog();
        log.remember("api", "Until when?", ANSWER, "127.0.0.1");
        assertEquals("Until when?", log.find("answer-id-123456").orElseThrow().question());
        log.remember("api", "no id", ANSWER.withAnswerId(null), "127.0.0.1");
        assertEquals(Optional.empty(), log.find(null));
    }
}
