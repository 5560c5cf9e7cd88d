package dev.dealbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.dealbot.answer.Answer;
import dev.dealbot.answer.Citation;
import dev.dealbot.answer.Conflict;
import dev.dealbot.cache.AnswerCache;
import dev.dealbot.cache.AnswerKey;
import dev.dealbot.cache.CachedAnswer;
import dev.dealbot.cache.LocalAnswerCache;
import dev.dealbot.config.ConversationSettings;
import dev.dealbot.config.Secrets;
import dev.dealbot.config.StateSettings;
import dev.dealbot.conversation.ConversationStore;
import dev.dealbot.conversation.MemoryConversationStore;
import dev.dealbot.question.Turn;
import dev.dealbot.testing.Installed;
import dev.dealbot.testing.RedisServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stores {@link SharedState} hands out, against a real redis-server started by the test (none shared). */
class SharedStateTest {
    static final ConversationSettings CONVERSATIONS = new ConversationSettings(30, 3, 2, 8);

    /** A generous timeout: a loaded CI machine must not look like an outage (a closed port is refused at once). */
    static StateSettings redisAt(String url) {
        return new StateSettings("redis", url, 3000, 4, 100, "test:", 60);
    }

    static ConversationStore local() {
        return new MemoryConversationStore(Duration.ofMinutes(30), 3, 2, 1 << 20, Ticker.systemTicker());
    }

    /** A seen-ids stand-in that records what it is asked, like the Slack deduper's memory. */
    static final class LocalIds implements SeenIds {
        final Set<String> ids = new HashSet<>();

        @Override
        public boolean firstTime(String id) {
            return ids.add(id);
        }

        @Override
        public void forget(String id) {
            ids.remove(id);
        }
    }

    @Test
    void memoryModeHandsBackTheLocalStoresAndIsNeverDegraded() {
        try (SharedState state = SharedState.open(StateSettings.DEFAULTS, Secrets.NONE)) {
            ConversationStore local = local();
            LocalIds ids = new LocalIds();
            assertSame(local, state.conversations(local, CONVERSATIONS));
            assertSame(ids, state.seenIds("slack-event", Duration.ofHours(1), ids));
            assertEquals(new StateHealth("memory", false, 0, 0), state.health());
        }
    }

    @Test
    void conversationsInRedisKeepTheNewestTurnsExpireWhenIdleAndBoundEachOwner() throws Exception {
        try (RedisServer redis = new RedisServer().start();
                SharedState one = SharedState.open(redisAt(redis.url()), Secrets.NONE);
                SharedState two = SharedState.open(redisAt(redis.url()), Secrets.NONE)) {
            ConversationStore a = one.conversations(local(), CONVERSATIONS);
            ConversationStore b = two.conversations(local(), CONVERSATIONS);
            for (int i = 1; i <= 4; i++) a.append("api:c1", "api:alice", new Turn("q" + i, "a" + i));
            assertEquals(List.of(new Turn("q2", "a2"), new Turn("q3", "a3"), new Turn("q4", "a4")), b.turns("api:c1"),
                    "the other replica sees the newest maxTurns turns");
            long ttl = Long.parseLong(redis.command("PTTL", "test:conv:api:c1").substring(1));
            assertTrue(ttl > 29 * 60_000 && ttl <= 30 * 60_000, "idle expiry re-armed: " + ttl);

            b.append("api:c2", "api:alice", new Turn("q", "a"));
            b.append("api:m1", "api:mallory", new Turn("q", "a"));
            a.append("api:c3", "api:alice", new Turn("q", "a")); // alice's third: her least recently used goes
            assertEquals(List.of(), a.turns("api:c1"), "alice's oldest conversation was dropped");
            assertEquals(1, b.turns("api:c2").size());
            assertEquals(1, b.turns("api:m1").size(), "never another owner's");
            b.append("api:c2", "api:mallory", new Turn("q2", "a2"));
            a.append("api:m2", "api:mallory", new Turn("q", "a"));
            assertEquals(2, a.turns("api:c2").size(), "an existing conversation keeps the owner it was created with");
            assertEquals(new StateHealth("redis", false, 0, 0), one.health());
        }
    }

    @Test
    void seenIdsAreSharedAndForgettable() throws Exception {
        try (RedisServer redis = new RedisServer().start();
                SharedState one = SharedState.open(redisAt(redis.url()), Secrets.NONE);
                SharedState two = SharedState.open(redisAt(redis.url()), Secrets.NONE)) {
            SeenIds a = one.seenIds("ev", Duration.ofMinutes(5), new LocalIds());
            SeenIds b = two.seenIds("ev", Duration.ofMinutes(5), new LocalIds());
            assertTrue(a.firstTime("Ev1"));
            assertFalse(b.firstTime("Ev1"), "the other replica sees it taken");
            assertFalse(a.firstTime("Ev1"));
            assertFalse(b.firstTime("Ev1"));
            a.forget("Ev1"); // A could not queue it: Slack's retry may reach B
            assertTrue(b.firstTime("Ev1"), "forgotten everywhere, so Slack's next retry is handled");
            long ttl = Long.parseLong(redis.command("PTTL", "test:ev:Ev1").substring(1));
            assertTrue(ttl > 4 * 60_000 && ttl <= 5 * 60_000, "expires: " + ttl);
        }
    }

    @Test
    void answersAreSharedBoundedExpiringAndKeyedByVersion() throws Exception {
        Answer answer = new Answer("Until 2032 [1].", true, List.of(new Citation(1, "d1", "T", "Wedoany", "https://x.example/a",
                "2026-04-27", "Microsoft's license runs until 2032.", 2)), null, "extractive", false,
                List.of(new Conflict("two say 2032", List.of(1))), null, null);
        try (RedisServer redis = new RedisServer().start();
                SharedState one = SharedState.open(redisAt(redis.url()), Secrets.NONE);
                SharedState two = SharedState.open(redisAt(redis.url()), Secrets.NONE)) {
            AnswerCache a = one.answerCache(new LocalAnswerCache(10, 1 << 20), 2);
            AnswerCache b = two.answerCache(new LocalAnswerCache(10, 1 << 20), 2);
            AnswerKey v1 = AnswerKey.of("Until when?", "extractive", null, one.answerVersion("build-a", "abc"));
            assertEquals(v1, AnswerKey.of("until when", "extractive", null, two.answerVersion("build-b", "abc")),
                    "replicas with their own index builds of the same corpus share keys");
            a.put(v1, new CachedAnswer(answer, 1234));
            assertEquals(Optional.of(new CachedAnswer(answer, 1234)), b.get(v1), "the other replica gets it, whole");
            assertEquals(Optional.empty(), b.get(AnswerKey.of("Until when?", "extractive", null, "corpus-def")),
                    "another corpus, another key");
            long ttl = Long.parseLong(redis.command("PTTL", "test:answers:index").substring(1));
            assertTrue(ttl > 59 * 60_000 && ttl <= 60 * 60_000, "kept an hour: " + ttl);
            a.put(AnswerKey.of("q2", "extractive", null, "corpus-abc"), new CachedAnswer(answer, 1));
            a.put(AnswerKey.of("q3", "extractive", null, "corpus-abc"), new CachedAnswer(answer, 1));
            assertEquals(2, b.size(), "at most maxEntries in Redis");
            SharedState three = SharedState.open(redisAt(redis.url()), Secrets.NONE);
            AnswerCache c = three.answerCache(new LocalAnswerCache(10, 1 << 20), 2);
            assertEquals(Optional.empty(), c.get(v1), "the oldest went first");
            a.clear();
            assertEquals(0, c.size());
            assertEquals(Optional.empty(), c.get(AnswerKey.of("q3", "extractive", null, "corpus-abc")), "cleared for all");
            three.close();
        }
    }

    @Test
    void thePasswordComesFromTheSecretsAndWithoutItRedisIsNotUsed() throws Exception {
        Secrets withPassword = new Secrets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.of("s3cret-for-redis"));
        try (RedisServer redis = new RedisServer("--requirepass", "s3cret-for-redis").start();
                SharedState right = SharedState.open(redisAt(redis.url()), withPassword);
                SharedState none = SharedState.open(redisAt(redis.url()), Secrets.NONE)) {
            assertFalse(right.health().degraded());
            SeenIds ids = right.seenIds("ev", Duration.ofMinutes(5), new LocalIds());
            assertTrue(ids.firstTime("Ev5"));
            assertFalse(right.health().degraded(), "authenticated writes work");
            assertTrue(none.health().degraded(), "refused without the password: degraded, still answering");
        }
    }

    @Test
    void unreachableRedisAtStartStartsDegradedAndServesFromLocalMemory() throws Exception {
        int closed = Installed.freePort();
        try (SharedState state = SharedState.open(redisAt("redis://127.0.0.1:" + closed + "/0"),
                new Secrets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of(), Optional.of("pw")))) {
            assertTrue(state.health().degraded());
            ConversationStore conversations = state.conversations(local(), CONVERSATIONS);
            conversations.append("api:x", "api:alice", new Turn("q", "a"));
            assertEquals(List.of(new Turn("q", "a")), conversations.turns("api:x"), "kept locally meanwhile");
            SeenIds ids = state.seenIds("ev", Duration.ofMinutes(5), new LocalIds());
            assertTrue(ids.firstTime("Ev9"));
            assertFalse(ids.firstTime("Ev9"), "de-duplication falls back to local");
            assertEquals(3, state.health().fallbacks(), "append, turns, firstTime; the repeat was caught locally");
            assertEquals(1, state.health().outages());
        }
    }
}
