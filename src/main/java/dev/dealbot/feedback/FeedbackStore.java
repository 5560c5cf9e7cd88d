package dev.dealbot.feedback;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ratings in an embedded SQLite file ({@code data/feedback.db}). The schema is brought up to date when the store is
 * opened: {@link #MIGRATIONS} are applied in order, each in a transaction, and {@code PRAGMA user_version} records how
 * many have run (a file from a newer dealbot is refused). One rating per answer and rater: rating again replaces it.
 */
public final class FeedbackStore implements Closeable {
    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE feedback (
              id INTEGER PRIMARY KEY,
              answer_id TEXT NOT NULL,
              conversation_id TEXT,
              channel TEXT NOT NULL,
              rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
              comment TEXT,
              question TEXT NOT NULL,
              answer_json TEXT NOT NULL,
              mode TEXT NOT NULL,
              client_key TEXT NOT NULL,
              created_at TEXT NOT NULL,
              UNIQUE (answer_id, client_key))""",
            "CREATE INDEX feedback_created_at ON feedback (created_at)");

    private final Connection db;
    private final Path file;

    private FeedbackStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating it and its folder when missing) and migrates the store in {@code file}. */
    public static FeedbackStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new FeedbackException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            migrate(db, file);
            return new FeedbackStore(db, file);
        } catch (SQLException e) {
            throw new FeedbackException("cannot open the feedback store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Connection db, Path file) throws SQLException {
        int version;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version > MIGRATIONS.size())
            throw new FeedbackException(file + " has schema version " + version + ", newer than this dealbot knows ("
                    + MIGRATIONS.size() + "); use a newer dealbot");
        for (int v = version; v < MIGRATIONS.size(); v++) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute(MIGRATIONS.get(v));
                s.execute("PRAGMA user_version = " + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** Stores {@code f}, replacing the same rater's earlier rating of the same answer. */
    public synchronized void save(Feedback f) {
        String sql = """
                INSERT INTO feedback (answer_id, conversation_id, channel, rating, comment, question, answer_json, mode,
                  client_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (answer_id, client_key) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
                  created_at = excluded.created_at""";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, f.answerId());
            p.setString(2, f.conversationId());
            p.setString(3, f.channel());
            p.setString(4, f.rating().id());
            p.setString(5, f.comment());
            p.setString(6, f.question());
            p.setString(7, f.answerJson());
            p.setString(8, f.mode());
            p.setString(9, f.clientKey());
            p.setString(10, f.createdAt().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new FeedbackException("cannot store feedback in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Ratings made at or after {@code since} (null: all), only thumbs-down when {@code downOnly}, oldest first. */
    public synchronized List<Feedback> list(Instant since, boolean downOnly) {
        String sql = "SELECT answer_id, conversation_id, channel, rating, comment, question, answer_json, mode, client_key,"
                + " created_at FROM feedback WHERE created_at >= ?" + (downOnly ? " AND rating = 'down'" : "")
                + " ORDER BY created_at, id";
        List<Feedback> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, since == null ? "" : since.toString());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Feedback(r.getString(1), r.getString(2), r.getString(3), Rating.parse(r.getString(4)),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            Instant.parse(r.getString(10))));
                }
            }
        } catch (SQLException e) {
            throw new FeedbackException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The schema version the file is at. */
    synchronized int schemaVersion() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw new FeedbackException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new FeedbackException("closing " + file + ": " + e.getMessage(), e);
        }
    }
}
