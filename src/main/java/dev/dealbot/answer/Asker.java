package dev.dealbot.answer;

import dev.dealbot.helper.Text;
import dev.dealbot.retrieval.HybridRetriever;
import dev.dealbot.retrieval.Retrieval;
import java.util.List;
import java.util.function.Consumer;

/** One question in, one cited answer out: conversation memory, then retrieval, then the configured answerer. */
public final class Asker {
    private final HybridRetriever retriever;
    private final Answerer answerer;
    private final Conversations conversations;

    public Asker(HybridRetriever retriever, Answerer answerer, Conversations conversations) {
        this.retriever = retriever;
        this.answerer = answerer;
        this.conversations = conversations;
    }

    /** Answers {@code question}; {@code conversationId} may be null to start a new conversation. */
    public Answer ask(String question, String conversationId) {
        return stream(question, conversationId, null);
    }

    /** Like {@link #ask}, sending answer text to {@code tokens} (when not null) as it is produced. */
    public Answer stream(String question, String conversationId, Consumer<String> tokens) {
        question = Text.clean(question); // channels validate; this keeps invisible characters out of every channel
        String id = conversationId == null ? Conversations.newId() : conversationId;
        if (question.isEmpty()) return Answer.notAnswered(ExtractiveAnswerer.MODE).withConversationId(id);
        List<Turn> history = conversations.history(id);
        Question q = new Question(question, FollowUps.searchText(question, history), history);
        Retrieval retrieval = retriever.retrieve(q.searchText());
        Answer answer = tokens == null ? answerer.answer(q, retrieval) : answerer.stream(q, retrieval, tokens);
        conversations.record(id, new Turn(question, answer.answer()));
        return answer.withConversationId(id);
    }
}
