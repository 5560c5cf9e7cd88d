package dev.dealbot.answer;

import dev.dealbot.helper.Text;
import dev.dealbot.retrieval.HybridRetriever;
import dev.dealbot.retrieval.Retrieval;
import java.util.List;
import java.util.function.Consumer;

/** One question in, one cited answer out: conversation history, then retrieval, then the configured answerer. */
public final class Asker {
    private final HybridRetriever retriever;
    private final Answerer answerer;

    public Asker(HybridRetriever retriever, Answerer answerer) {
        this.retriever = retriever;
        this.answerer = answerer;
    }

    /** Answers {@code question} in {@code conversation} (null: a single question with no context). */
    public Answer ask(String question, Conversation conversation) {
        return stream(question, conversation, null);
    }

    /** Like {@link #ask}, sending answer text to {@code tokens} (when not null) as it is produced. */
    public Answer stream(String question, Conversation conversation, Consumer<String> tokens) {
        question = Text.clean(question); // channels validate; this keeps invisible characters out of every channel
        Conversation c = conversation == null ? Conversation.none() : conversation;
        if (question.isEmpty()) return Answer.notAnswered(ExtractiveAnswerer.MODE).withConversationId(c.id());
        List<Turn> history = c.history();
        Question q = new Question(question, FollowUps.searchText(question, history), history);
        Retrieval retrieval = retriever.retrieve(q.searchText());
        Answer answer = tokens == null ? answerer.answer(q, retrieval) : answerer.stream(q, retrieval, tokens);
        c.record(new Turn(question, answer.answer()));
        return answer.withConversationId(c.id());
    }
}
