package dev.dealbot.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code nginx} as a child process on a free loopback port, running the shipped
 * {@code deploy/nginx/dealbot.conf.template} with its variables filled in (as envsubst would), inside a minimal
 * main config that keeps every file in a temporary folder. A missing binary fails the test.
 */
public final class NginxServer implements AutoCloseable {
    public static final Path TEMPLATE = Fixtures.HOME.resolve("deploy/nginx/dealbot.conf.template");

    private final Path dir;
    private final int port;
    private final Process process;

    /** Starts nginx in front of the replicas on {@code replicaPorts} (loopback) and waits until it accepts. */
    public NginxServer(int replicaA, int replicaB) throws IOException, InterruptedException {
        Path binary = Installed.binary("nginx", "nginx");
        this.dir = Files.createTempDirectory("dealbot-nginx-");
        this.port = Installed.freePort();
        String site = fill(Files.readString(TEMPLATE), Map.of("DEALBOT_REPLICA_A", "127.0.0.1:" + replicaA,
                "DEALBOT_REPLICA_B", "127.0.0.1:" + replicaB, "DEALBOT_LISTEN", "127.0.0.1:" + port));
        Files.writeString(dir.resolve("dealbot.conf"), site);
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("nginx.conf"), (root ? "user root;\n" : "") + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/dealbot.conf;
                }
                """.formatted(dir));
        Path log = dir.resolve("stderr.log");
        process = new ProcessBuilder(List.of(binary.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!accepts()) {
            if (!process.isAlive())
                throw new IllegalStateException("nginx exited: " + Installed.tail(log) + "\n" + Installed.tail(dir.resolve("error.log")));
            if (System.nanoTime() > deadline) throw new IllegalStateException("nginx did not start: " + Installed.tail(log));
            Thread.sleep(20);
        }
    }

    /** The template with each {@code ${NAME}} replaced; fails if one is left unfilled. */
    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (var e : values.entrySet()) out = out.replace("${" + e.getKey() + "}", e.getValue());
        String config = out.lines().filter(l -> !l.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        assertFalse(config.contains("${"), "an unfilled variable in " + TEMPLATE + ":\n" + config);
        return out;
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private boolean accepts() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
