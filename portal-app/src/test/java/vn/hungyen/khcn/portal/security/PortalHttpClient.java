package vn.hungyen.khcn.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's side of the portal over real HTTP: one session cookie kept between requests, the login page's CSRF
 * token read from its {@code <meta name="_csrf">}, the login form posted as a browser does. Redirects are not
 * followed, so that a test sees where the portal sends it.
 */
final class PortalHttpClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String sessionCookie = "";

    PortalHttpClient(int port) {
        this.port = port;
    }

    /** Sends this header with every request, e.g. {@code X-Forwarded-For} as a proxy in front of the portal would. */
    PortalHttpClient with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts a url-encoded form, with no CSRF token unless the form has one. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Opens the login page and reads the CSRF token it gives this session. */
    String csrfToken() {
        HttpResponse<String> page = get("/dang-nhap");
        Matcher m = CSRF_META.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new AssertionError("no CSRF token on the login page: " + page.statusCode());
        }
        return m.group(1);
    }

    /** Signs in through the login form, as the browser does: the page first, then the form with its token. */
    HttpResponse<String> signIn(String username, String password) {
        return post("/dang-nhap", Map.of("username", username, "password", password, "_csrf", csrfToken()));
    }

    /** Where a redirect points, without scheme and host; empty when the answer is no redirect. */
    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(b::header);
        if (!sessionCookie.isEmpty()) {
            b.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(c -> {
                Matcher m = SESSION_COOKIE.matcher(c);
                if (m.find()) {
                    sessionCookie = m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET with a {@code Host} header of the caller's choosing, which {@link HttpClient} does not allow: over a
     * plain socket, HTTP/1.0 so that the answer is not chunked. Returns the whole answer, headers and body.
     */
    static String rawGet(int port, String path, String host) throws IOException {
        return rawGet(port, path, host, "HTTP/1.0");
    }

    /** The same in a version of the caller's choosing: an HTTP/1.1 answer with a body may come in chunks. */
    static String rawGet(int port, String path, String host, String httpVersion) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " " + httpVersion + "\r\nHost: " + host
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
