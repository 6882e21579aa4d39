package dev.baton.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Baton started as its own operating-system process, the way a user runs it. */
public final class BatonProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Baton is running at http://localhost:(\\d+)/");

    private final Process process;
    private final Path log;

    private BatonProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts BatonApplication from the test class path with these environment variables. */
    public static BatonProcess start(Map<String, String> env, Path log) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.baton.BatonApplication"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("BATON_PORT", "0");
        try {
            return new BatonProcess(builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Baton: " + command, e);
        }
    }

    /** Waits for the start-up banner; returns the base URL. */
    public String awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = READY.matcher(output());
            if (m.find()) {
                return "http://localhost:" + m.group(1);
            }
            if (!process.isAlive()) {
                throw new AssertionError("Baton exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            sleep(200);
        }
        throw new AssertionError("Baton was not ready within " + timeout + ":\n" + output());
    }

    /** Waits for the process to end by itself; returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Baton still runs after " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hooks, no chance to stop PostgreSQL. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: an orderly shutdown. */
    public int stop() {
        process.destroy();
        return awaitExit(Duration.ofSeconds(60));
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
