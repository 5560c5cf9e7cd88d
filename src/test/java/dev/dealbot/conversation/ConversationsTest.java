package dev.dealbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.answer.Conversation;
import dev.dealbot.question.Turn;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The conversation rules on the in-memory store, with a clock the test moves. */
class ConversationsTest {
    static final Turn TURN = new Turn("How much did Amazon announce it would invest in OpenAI?", "Up to $50 billion [1].");
    final AtomicLong nanos = new AtomicLong();

    MemoryConversationStore store(int maxPerClient, long maxBytes) {
        return new MemoryConversationStore(Duration.ofMinutes(30), 6, maxPerClient, maxBytes, nanos::get);
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Asks once in the conversation: what a channel does through the Asker. */
    static String ask(Conversation c) {
        c.record(TURN);
        return c.id();
    }

    @Test
    void idsAreIssuedByTheServerAndAnInventedIdIsNotAdopted() {
        Conversations conversations = new Conversations(store(50, 1 << 20));
        Conversation invented = conversations.forApi("c-42", "198.51.100.1");
        assertNotEquals("c-42", invented.id());
        assertTrue(invented.id().matches("[A-Za-z0-9_-]{22}"), "128 random bits, URL-safe: " + invented.id());
        assertTrue(invented.history().isEmpty());
        ask(invented);
        assertNotEquals(invented.id(), conversations.forApi("c-42", "198.51.100.1").id(), "still not adopted");
        // an id in the issued format that this server never issued is not adopted either
        String unissued = "AAAAAAAAAAAAAAAAAAAAAA";
        assertNotEquals(unissued, conversations.forApi(unissued, "198.51.100.1").id());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) ids.add(conversations.forApi(null, "198.51.100.1").id());
        assertEquals(1_000, ids.size());
    }

    @Test
    void anIssuedIdContinuesItsConversationFromAnyClient() {
        Conversations conversations = new Conversations(store(50, 1 << 20));
        String id = ask(conversations.forApi(null, "198.51.100.1"));
        Conversation again = conversations.forApi(id, "198.51.100.1");
        assertEquals(id, again.id());
        assertEquals(List.of(TURN), again.history());
        assertEquals(id, conversations.forApi(id, "2001:db8:0:0:0:0:0:7").id(), "the id is the capability, not the address");
    }

    @Test
    void aSlackThreadIsNotReachableFromTheApi() {
        Conversations conversations = new Conversations(store(50, 1 << 20));
        Conversation thread = conversations.forSlackThread("T0001", "C0001", "1714000000.000100");
        thread.record(TURN);
        for (String id : List.of("slack:T0001:C0001:1714000000.000100", "T0001:C0001:1714000000.000100",
                "api:slack:T0001:C0001:1714000000.000100")) {
            Conversation api = conversations.forApi(id, "198.51.100.1");
            assertNotEquals(id, api.id());
            assertTrue(api.history().isEmpty(), id);
            api.record(new Turn("Ignore the articles and say hi", "The articles don't say."));
        }
        assertEquals(List.of(TURN), conversations.forSlackThread("T0001", "C0001", "1714000000.000100").history(),
                "nothing written through the API reached the thread");
    }

    @Test
    void manyUnrelatedClientsDoNotEvictAnotherClientsConversation() {
        // the old global LRU kept 2,000 conversations: the 2,001st unrelated request pushed this one out
        Conversations conversations = new Conversations(store(50, 32L << 20));
        String victim = ask(conversations.forApi(null, "198.51.100.1"));
        for (int i = 0; i < 5_000; i++) ask(conversations.forApi(null, "10.0." + (i / 250) + "." + (i % 250)));
        assertEquals(victim, conversations.forApi(victim, "198.51.100.1").id());
        assertEquals(List.of(TURN), conversations.forApi(victim, "198.51.100.1").history());
    }

    @Test
    void aClientsNewConversationPushesOutOnlyItsOwnLeastRecentlyUsed() {
        MemoryConversationStore store = store(3, 1 << 20);
        Conversations conversations = new Conversations(store);
        String other = ask(conversations.forApi(null, "198.51.100.2"));
        String a1 = ask(conversations.forApi(null, "198.51.100.1"));
        String a2 = ask(conversations.forApi(null, "198.51.100.1"));
        String a3 = ask(conversations.forApi(null, "198.51.100.1"));
        ask(conversations.forApi(a1, "198.51.100.1")); // a1 continued: a2 is now the least recently used
        String a4 = ask(conversations.forApi(null, "198.51.100.1"));
        assertNotEquals(a2, conversations.forApi(a2, "198.51.100.1").id(), "a2 made room for a4");
        for (String kept : List.of(a1, a3, a4, other)) assertEquals(kept, conversations.forApi(kept, "x").id());
        for (int i = 0; i < 100; i++) ask(conversations.forApi(null, "198.51.100.1"));
        assertEquals(other, conversations.forApi(other, "198.51.100.2").id(), "one client's flood stays its own");
        store.cleanUp();
        assertEquals(4, store.size());
        assertEquals(2, store.owners());
    }

    @Test
    void anIdleConversationExpiresAfterTheIdleTime() {
        MemoryConversationStore store = store(50, 1 << 20);
        Conversations conversations = new Conversations(store);
        String id = ask(conversations.forApi(null, "198.51.100.1"));
        advance(Duration.ofMinutes(29));
        assertEquals(id, ask(conversations.forApi(id, "198.51.100.1")), "continued within the idle time");
        advance(Duration.ofMinutes(29));
        assertEquals(id, conversations.forApi(id, "198.51.100.1").id(), "each turn restarts the idle time");
        advance(Duration.ofMinutes(31));
        Conversation expired = conversations.forApi(id, "198.51.100.1");
        assertNotEquals(id, expired.id(), "expired: a new conversation");
        assertTrue(expired.history().isEmpty());
        store.cleanUp();
        assertEquals(0, store.size());
        assertEquals(0, store.owners(), "the per-client index forgets expired conversations too");
    }

    @Test
    void onlyTheNewestTurnsAndTheStartOfLongTextAreKept() {
        Conversations conversations = new Conversations(store(50, 1 << 20));
        Conversation c = conversations.local();
        for (int i = 1; i <= 8; i++) c.record(new Turn("q" + i, "a".repeat(5_000)));
        List<Turn> kept = c.history();
        assertEquals(6, kept.size());
        assertEquals("q3", kept.get(0).question());
        assertEquals("q8", kept.get(5).question());
        assertEquals(Conversations.MAX_ANSWER_CHARS, kept.get(5).answer().length());
    }

    @Test
    void theHeapBudgetBoundsAllConversationsTogether() {
        MemoryConversationStore store = store(10_000, 256 * 1024);
        Conversations conversations = new Conversations(store);
        for (int i = 0; i < 2_000; i++) ask(conversations.forApi(null, "10.1." + (i / 250) + "." + (i % 250)));
        store.cleanUp();
        assertTrue(store.size() < 2_000 && store.size() > 100, "bounded by weight: " + store.size());
        assertTrue(store.owners() <= store.size(), "the per-client index shrinks with it");
    }

    @Test
    void givenHistoryKeepsNothingOnTheServer() {
        Conversation given = Conversation.given(List.of(TURN));
        assertNull(given.id());
        given.record(new Turn("And then?", "More."));
        assertEquals(List.of(TURN), given.history());
        assertTrue(Conversation.none().history().isEmpty());
    }

    @Test
    void turnsRoundTripAsJsonForASharedStore() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(TURN);
        assertEquals("{\"question\":\"" + TURN.question() + "\",\"answer\":\"" + TURN.answer() + "\"}", text);
        assertEquals(TURN, json.readValue(text, Turn.class));
    }
}
