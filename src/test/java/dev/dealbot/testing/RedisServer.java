package dev.dealbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code redis-server} as a child process on a free loopback port, nothing persisted: started by a test,
 * stopped (and restartable on the same port) by it. A missing binary fails the test.
 */
public final class RedisServer implements AutoCloseable {
    private final Path binary = Installed.binary("redis-server", "redis-server");
    private final Path dir;
    private final int port;
    private final List<String> extraArgs;
    private Process process;

    /** {@code extraArgs}: more redis-server options, e.g. {@code --requirepass secret}. */
    public RedisServer(String... extraArgs) throws IOException {
        this.dir = Files.createTempDirectory("dealbot-redis-");
        this.port = Installed.freePort();
        this.extraArgs = List.of(extraArgs);
    }

    /** Starts it (again) and waits until it answers PING. */
    public RedisServer start() throws IOException, InterruptedException {
        Path log = dir.resolve("redis.log");
        List<String> command = new java.util.ArrayList<>(List.of(binary.toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no",
                "--loglevel", "warning", "--maxmemory", "64mb"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ping()) {
            if (!process.isAlive()) throw new IllegalStateException("redis-server exited: " + Installed.tail(log));
            if (System.nanoTime() > deadline) throw new IllegalStateException("redis-server did not answer: " + Installed.tail(log));
            Thread.sleep(20);
        }
        return this;
    }

    /** Kills it (as a crash would) and waits until the port is closed. */
    public void stop() throws InterruptedException {
        if (process == null) return;
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        process = null;
    }

    public String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    public int port() {
        return port;
    }

    /** Sends one raw RESP command (e.g. {@code FLUSHALL}) and returns the first reply line. */
    public String command(String... words) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(2000);
            StringBuilder req = new StringBuilder("*" + words.length + "\r\n");
            for (String w : words) req.append('$').append(w.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(w).append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) >= 0 && c != '\n'; ) if (c != '\r') line.append((char) c);
            return line.toString();
        }
    }

    private boolean ping() {
        try {
            String reply = command("PING");
            return reply.equals("+PONG") || reply.startsWith("-NOAUTH"); // up, and asking for the password
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
