package dev.baton.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests: what any API caller or browser sends, nothing mocked. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;
    private final HttpClient client;

    private Http(String base, String token, HttpClient client) {
        this.base = base;
        this.token = token;
        this.client = client;
    }

    /** An API caller with a bearer token (or none). */
    public static Http api(String base, String token) {
        return new Http(base, token, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** A browser-like client keeping cookies, not following redirects. */
    public static Http browser(String base) {
        return new Http(base, null, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    public Http withToken(String otherToken) {
        return new Http(base, otherToken, client);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET with headers of its own (a User-Agent, say). */
    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::setHeader);
        return send(request);
    }

    public Reply head(String path) {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(body(body)));
    }

    public Reply postWithHeaders(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").POST(body(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Reply postRaw(String path, String rawJson) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    public Reply put(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").PUT(body(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** Sends a body of another type than JSON (YAML, XML …). */
    public Reply send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A binary body (a PDF, a PNG), with its content type. */
    public record Bytes(int status, String contentType, byte[] body) {
    }

    public Bytes getBytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts an HTML form, as a browser does. */
    public Reply form(String path, Map<String, String> fields) {
        return form(path, fields, Map.of());
    }

    /** Posts an HTML form with headers besides (HX-Request, as htmx does). */
    public Reply form(String path, Map<String, String> fields, Map<String, String> headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        return send(request);
    }

    /** The User-Agent every request sends unless told otherwise. */
    public static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                // a person's browser, as Baton sees it: Java's own agent names a script (not a click on a tracked link)
                .header("User-Agent", BROWSER);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A response: status, headers, body as text and as JSON. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
