package com.cataloggraph.model.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless with a fresh profile, driven over the DevTools protocol with the
 * JDK's WebSocket client: one page, its JavaScript evaluated in it, real mouse and keyboard input
 * sent to it, screenshots taken of it, the URLs it requested and the exceptions it threw recorded.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package installs it; {@code CHROMIUM_BIN} overrides. */
    public static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path profile;
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> requestedUrls = new CopyOnWriteArrayList<>();
    private final List<String> exceptions = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private String session;

    private HeadlessChromium(Process process, Path profile) throws Exception {
        this.process = process;
        this.profile = profile;
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStderr(endpoint), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts the browser and opens one blank page that records its network requests and exceptions. */
    public static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank").start();
        HeadlessChromium browser = new HeadlessChromium(process, profile);
        browser.openPage();
        return browser;
    }

    /** Navigates the page and waits until it has loaded. */
    public void navigate(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete'");
    }

    /** Evaluates JavaScript in the page (awaiting a promise) and returns its JSON value. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates the expression until it yields something other than null or false; returns that. */
    public JsonNode waitFor(String expression) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode value = null;
        while (System.nanoTime() < deadline) {
            value = evaluate(expression);
            if (!value.isMissingNode() && !value.isNull() && !(value.isBoolean() && !value.booleanValue())) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Still waiting after " + TIMEOUT + " for " + expression + "; last value "
                + value + "; exceptions " + exceptions);
    }

    /** Sets the page's size in CSS pixels (at device scale 1), as a window of that size would. */
    public void viewport(int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
    }

    /** A left click at page coordinates (CSS pixels from the viewport's top left), as a mouse sends it. */
    public void click(double x, double y) throws Exception {
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left",
                "buttons", 1, "clickCount", 1));
        send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left",
                "buttons", 0, "clickCount", 1));
    }

    /** Scrolls the first element matching the CSS selector into view and clicks its centre with the mouse. */
    public void click(String selector) throws Exception {
        JsonNode box = waitFor("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return r.width > 0 ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; })()");
        click(box.get("x").doubleValue(), box.get("y").doubleValue());
    }

    /** Types text into whatever has the keyboard focus, as an input method commits it. */
    public void type(String text) throws Exception {
        send("Input.insertText", Map.of("text", text));
    }

    /** Presses and releases one key: {@code Enter}, {@code Tab}, {@code Escape} or a printable character. */
    public void press(String key) throws Exception {
        int code = switch (key) {
            case "Enter" -> 13;
            case "Tab" -> 9;
            case "Escape" -> 27;
            default -> Character.toUpperCase(key.charAt(0));
        };
        // A key that types something goes down as keyDown with its text (Enter's submits a form); others as rawKeyDown.
        String text = key.equals("Enter") ? "\r" : key.length() == 1 ? key : null;
        Map<String, Object> down = new java.util.HashMap<>(Map.of("type", text != null ? "keyDown" : "rawKeyDown",
                "key", key, "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
        if (text != null) {
            down.put("text", text);
        }
        send("Input.dispatchKeyEvent", down);
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "windowsVirtualKeyCode", code,
                "nativeVirtualKeyCode", code));
    }

    /** A PNG of the viewport. */
    public byte[] screenshot() throws Exception {
        String data = send("Page.captureScreenshot", Map.of("format", "png")).get("data").stringValue();
        return java.util.Base64.getDecoder().decode(data);
    }

    /** Forgets the URLs requested and exceptions thrown so far. */
    public void forgetRequests() {
        requestedUrls.clear();
        exceptions.clear();
    }

    public List<String> requestedUrls() {
        return List.copyOf(requestedUrls);
    }

    public List<String> exceptions() {
        return List.copyOf(exceptions);
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendText(command(null, "Browser.close", Map.of()), true);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is torn down below either way
        } finally {
            process.destroyForcibly();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    private void openPage() throws Exception {
        String target = send("Target.createTarget", Map.of("url", "about:blank")).get("targetId").stringValue();
        session = send("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId")
                .stringValue();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Network.enable", Map.of());
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(command(id, method, params), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode message = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IllegalStateException(method + " failed: " + message.get("error"));
        }
        return message.path("result");
    }

    private String command(Integer id, String method, Map<String, Object> params) {
        ObjectNode command = JSON.createObjectNode();
        if (id != null) {
            command.put("id", id);
        }
        command.put("method", method);
        command.set("params", JSON.valueToTree(params));
        if (session != null && !method.startsWith("Target.") && !method.startsWith("Browser.")) {
            command.put("sessionId", session);
        }
        return JSON.writeValueAsString(command);
    }

    private void receive(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").intValue());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        switch (message.path("method").asString("")) {
            case "Network.requestWillBeSent" ->
                    requestedUrls.add(message.path("params").path("request").path("url").asString());
            case "Runtime.exceptionThrown" ->
                    exceptions.add(message.path("params").path("exceptionDetails").toString());
            default -> {
                // other events are not needed
            }
        }
    }

    private void readStderr(CompletableFuture<String> endpoint) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                stderr.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    endpoint.complete(matcher.group(1));
                }
            }
        } catch (IOException ignored) {
            // the browser exited
        }
        endpoint.completeExceptionally(new IllegalStateException("Chromium exited without a DevTools endpoint: "
                + String.join("\n", stderr)));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                receive(text);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Lines Chromium wrote to stderr, for failure messages. */
    public List<String> stderr() {
        return new ArrayList<>(stderr);
    }
}
