package dev.dealbot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealbot.config.ConversationSettings;
import dev.dealbot.conversation.ConversationStore;
import dev.dealbot.question.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversations in Redis, so a follow-up may land on any replica: each conversation is a list of JSON turns with
 * an idle expiry, each owner a sorted set of its conversations by last use (past {@code maxPerClient} its least
 * recently continued is deleted). One Lua script appends, trims, bounds and re-arms expiry atomically. While Redis
 * is down this replica keeps conversations in {@code local}: follow-ups reaching another replica start afresh.
 */
final class RedisConversationStore implements ConversationStore {
    /**
     * KEYS: turns list, owner-of string. ARGV: owner, turn JSON, max turns, idle ms, owner-set key prefix, max per
     * owner. The owner set's scores are Redis's own clock, so replicas' clocks never matter.
     */
    private static final String APPEND = """
            local owner = redis.call('GET', KEYS[2]) or ARGV[1]
            local idle = tonumber(ARGV[4])
            redis.call('RPUSH', KEYS[1], ARGV[2])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[3]), -1)
            redis.call('PEXPIRE', KEYS[1], idle)
            redis.call('SET', KEYS[2], owner, 'PX', idle)
            local set = ARGV[5] .. owner
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', set, '-inf', now - idle)
            redis.call('ZADD', set, now, KEYS[1])
            local over = redis.call('ZCARD', set) - tonumber(ARGV[6])
            if over > 0 then
              local popped = redis.call('ZPOPMIN', set, over)
              for i = 1, #popped, 2 do
                if popped[i] ~= KEYS[1] then redis.call('DEL', popped[i], popped[i] .. ':owner') end
              end
            end
            redis.call('PEXPIRE', set, idle)
            return 1
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisState redis;
    private final ConversationStore local;
    private final ConversationSettings settings;

    RedisConversationStore(RedisState redis, ConversationStore local, ConversationSettings settings) {
        this.redis = redis;
        this.local = local;
        this.settings = settings;
    }

    @Override
    public List<Turn> turns(String key) {
        return redis.call(r -> parse(r.lrange(turnsKey(key), 0, -1)), () -> local.turns(key));
    }

    @Override
    public void append(String key, String owner, Turn turn) {
        String json;
        try {
            json = JSON.writeValueAsString(turn);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a turn is plain text and always serialisable", e);
        }
        String turns = turnsKey(key);
        redis.call(r -> r.eval(APPEND, List.of(turns, turns + ":owner"), List.of(owner, json,
                String.valueOf(settings.maxTurns()), String.valueOf(settings.idleMinutes() * 60_000L),
                redis.key("owner", ""), String.valueOf(settings.maxPerClient()))), () -> {
            local.append(key, owner, turn);
            return null;
        });
    }

    private String turnsKey(String key) {
        return redis.key("conv", key);
    }

    /** Turns as stored; an entry that is not a turn (written by something else) is skipped, not trusted. */
    private static List<Turn> parse(List<String> stored) {
        List<Turn> turns = new ArrayList<>(stored.size());
        for (String s : stored) {
            try {
                Turn t = JSON.readValue(s, Turn.class);
                if (t != null && t.question() != null && t.answer() != null) turns.add(t);
            } catch (JsonProcessingException e) {
                // not ours: ignore
            }
        }
        return List.copyOf(turns);
    }
}
