package vn.hungyen.khcn.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The load command: drives a portal that is already running (it starts nothing) with concurrent clients and prints,
 * per step, requests per second, median and 99th-percentile latency, errors and the portal process's resident memory
 * ({@code VmRSS} and its peak {@code VmHWM} from {@code /proc/<pid>/status}). Steps: {@code /api/search} with 1, 10
 * and 50 clients, {@code /api/tasks} with 20, the plan page {@code /ke-hoach/21-kh-skhcn} (a plain GET of the page)
 * with 20. Each step is bounded in time and in requests, after a short unrecorded warm-up at the same concurrency.
 * Loopback addresses only: it is a measuring tool, not a load generator for someone else's server.
 *
 * <p>Arguments: portal URL (e.g. {@code http://127.0.0.1:8081}), the portal's pid (0: no memory column), seconds per
 * step, maximum requests per step.
 */
public final class LoadBenchmark {

    /** Searches a reader types, with and without diacritics, a document number, a phrase, a filter. */
    private static final List<String> QUERIES = List.of("khoa học và công nghệ", "sáng kiến", "chuyen doi so",
            "sở hữu trí tuệ", "tiêu chuẩn đo lường chất lượng", "60/2021/NĐ-CP", "\"thị trường khoa học\"",
            "doanh nghiệp khoa học công nghệ", "loai:nhiem-vu kiểm tra", "nam:2022 ngân sách");

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final long pid;
    private final Duration stepTime;
    private final int maxRequests;

    private LoadBenchmark(String base, long pid, Duration stepTime, int maxRequests) {
        this.base = base;
        this.pid = pid;
        this.stepTime = stepTime;
        this.maxRequests = maxRequests;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("arguments: portal-url pid seconds-per-step max-requests-per-step");
        }
        String base = args[0].replaceAll("/+$", "");
        URI uri = URI.create(base);
        if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("only a portal on this machine (a loopback address) is loaded: " + base);
        }
        LoadBenchmark bench = new LoadBenchmark(base, args[1].isBlank() ? 0 : Long.parseLong(args[1].strip()),
                Duration.ofSeconds(Long.parseLong(args[2])),
                Integer.parseInt(args[3]));
        bench.run();
    }

    private void run() throws InterruptedException {
        System.out.printf(Locale.ROOT, "Load on %s, %d s or %d requests per step (after %d s warm-up), %s%n", base,
                stepTime.toSeconds(), maxRequests, WARM_UP.toSeconds(), memory().orElse("no pid given"));
        System.out.println();
        System.out.println("| step | clients | requests | req/s | p50 ms | p99 ms | errors | RSS after (peak) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        step("/api/search", 1, i -> "/api/search?q=" + encode(QUERIES.get(i % QUERIES.size())));
        step("/api/search", 10, i -> "/api/search?q=" + encode(QUERIES.get(i % QUERIES.size())));
        step("/api/search", 50, i -> "/api/search?q=" + encode(QUERIES.get(i % QUERIES.size())));
        step("/api/tasks", 20, i -> "/api/tasks");
        step("/ke-hoach/21-kh-skhcn", 20, i -> "/ke-hoach/21-kh-skhcn");
    }

    private void step(String name, int clients, IntFunction<String> paths) throws InterruptedException {
        drive(clients, paths, WARM_UP, Integer.MAX_VALUE);
        Result r = drive(clients, paths, stepTime, maxRequests);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %s | %s |%n", name, clients, r.count(),
                r.count() / r.seconds(), r.percentile(50), r.percentile(99), r.errorText(), memory().orElse("–"));
    }

    /** Runs {@code clients} threads, each sending one request after the other, until the time or the budget is out. */
    private Result drive(int clients, IntFunction<String> paths, Duration time, int budget) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        AtomicInteger issued = new AtomicInteger();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies.add(new long[0]);
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                long[] mine = new long[1024];
                int n = 0;
                int i;
                while (System.nanoTime() < deadline && (i = issued.getAndIncrement()) < budget) {
                    long t0 = System.nanoTime();
                    String error = send(paths.apply(i));
                    if (error != null) {
                        errors.computeIfAbsent(error, k -> new AtomicLong()).incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                synchronized (latencies) {
                    latencies.set(client, Arrays.copyOf(mine, n));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all;
        synchronized (latencies) {
            all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }
        return new Result(all, seconds, new TreeMap<>(errors));
    }

    /** Null when the answer is a 200 with its whole body read; otherwise what went wrong. */
    private String send(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Optional<String> memory() {
        if (pid <= 0) {
            return Optional.empty();
        }
        try {
            Map<String, String> status = new TreeMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    status.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
            return Optional.of(mb(status.get("VmRSS")) + " (" + mb(status.get("VmHWM")) + ")");
        } catch (IOException e) {
            return Optional.of("pid " + pid + " gone");
        }
    }

    private static String mb(String kb) {
        return kb == null ? "?" : Long.parseLong(kb.replace(" kB", "").strip()) / 1024 + " MB";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The latencies (ns, sorted) of one step, its wall time and its errors by kind. */
    private record Result(long[] sorted, double seconds, Map<String, AtomicLong> errors) {

        int count() {
            return sorted.length;
        }

        double percentile(int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String errorText() {
            if (errors.isEmpty()) {
                return "0";
            }
            StringBuilder text = new StringBuilder();
            errors.forEach((kind, n) -> text.append(text.isEmpty() ? "" : ", ").append(n.get()).append(' ').append(kind));
            return text.toString();
        }
    }
}
