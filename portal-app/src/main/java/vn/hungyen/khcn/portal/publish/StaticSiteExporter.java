package vn.hungyen.khcn.portal.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import vn.hungyen.khcn.portal.publish.SitePages.ItemPage;
import vn.hungyen.khcn.portal.publish.SitePages.Site;
import vn.hungyen.khcn.portal.publish.SitePages.TopicPage;
import vn.hungyen.khcn.portal.publish.SitePages.TypePage;
import vn.hungyen.khcn.content.web.AtomFeed;
import vn.hungyen.khcn.content.web.Html;

/**
 * Bản xuất tĩnh: writes the published site as plain files — an index, a page per published item, a page per content
 * type and per topic, {@code sitemap.xml}, {@code feed.atom}, with relative links — into
 * {@code <data-dir>/export/site} and {@code site.zip}. The new copy is built in a temporary folder and swapped in
 * only when complete, so a failure leaves the previous export as it was; a file whose content did not change is
 * carried over from the previous export (hard-linked), not rewritten. One export at a time.
 */
@Service
public class StaticSiteExporter {

    private static final Logger log = LoggerFactory.getLogger(StaticSiteExporter.class);
    static final String SITE = "site";
    static final String ZIP = "site.zip";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SitePages pages;
    private final Path exportDir;
    private final String siteUrl;
    private final ReentrantLock running = new ReentrantLock();

    StaticSiteExporter(SitePages pages, @Value("${portal.data-dir:./data}") String dataDir,
            @Value("${portal.export.site-url}") String siteUrl) {
        this.pages = pages;
        this.exportDir = Path.of(dataDir).toAbsolutePath().normalize().resolve("export");
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** The folder of the current export (it may not exist yet). */
    public Path siteFolder() {
        return exportDir.resolve(SITE);
    }

    public Path zipFile() {
        return exportDir.resolve(ZIP);
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /** Exports now, in this thread; refused with {@link ExportAlreadyRunningException} while another runs. */
    public ExportReport export(ExportProgress progress) {
        if (!running.tryLock()) {
            throw new ExportAlreadyRunningException();
        }
        Path tmp = exportDir.resolve(".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(exportDir);
            Site site = pages.read();
            Map<SitePath, byte[]> files = render(site);
            Files.createDirectories(tmp);
            Path previous = siteFolder();
            int done = 0;
            int written = 0;
            for (Map.Entry<SitePath, byte[]> f : files.entrySet()) {
                if (writeOrKeep(f.getKey(), f.getValue(), tmp, previous)) {
                    written++;
                }
                progress.fileDone(++done, files.size());
            }
            Path zipTmp = exportDir.resolve(".tmp-" + UUID.randomUUID() + ".zip");
            zip(files, zipTmp);
            swapIn(tmp, previous);
            Files.move(zipTmp, zipFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ExportReport report = new ExportReport(files.size(), written, files.size() - written, site.items().size(),
                    previous, zipFile(), Instant.now());
            log.info("Exported {} published items: {} files, {} written, {} unchanged, into {}", report.items(),
                    report.files(), report.written(), report.unchanged(), previous);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written into " + exportDir, e);
        } finally {
            deleteQuietly(tmp);
            try (Stream<Path> leftovers = Files.exists(exportDir) ? Files.list(exportDir) : Stream.empty()) {
                leftovers.filter(p -> p.getFileName().toString().startsWith(".tmp-")).forEach(StaticSiteExporter::deleteQuietly);
            } catch (IOException e) {
                log.warn("cannot clean temporary export files in {}", exportDir, e);
            }
            running.unlock();
        }
    }

    /** Writes a file into the new copy, or links the previous export's identical file; true when written. */
    private static boolean writeOrKeep(SitePath path, byte[] content, Path tmp, Path previous) throws IOException {
        Path target = path.under(tmp);
        Files.createDirectories(target.getParent());
        Path old = path.under(previous);
        if (Files.isRegularFile(old) && Arrays.equals(Files.readAllBytes(old), content)) {
            try {
                Files.createLink(target, old);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return false;
        }
        Files.write(target, content);
        return true;
    }

    /** The new copy replaces the current one by renames, so a reader of the folder never sees half an export. */
    private void swapIn(Path tmp, Path current) throws IOException {
        Path old = exportDir.resolve(".tmp-old-" + UUID.randomUUID());
        if (Files.exists(current)) {
            Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE);
        deleteQuietly(old);
    }

    private static void zip(Map<SitePath, byte[]> files, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<SitePath, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(SITE + "/" + f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("cannot delete {}", path, e);
        }
    }

    // ---- rendering ------------------------------------------------------------------------------------------------

    private Map<SitePath, byte[]> render(Site site) {
        Map<SitePath, String> files = new LinkedHashMap<>();
        SitePath css = SitePath.of("style.css");
        files.put(css, STYLE);
        files.put(SitePages.INDEX, index(site, css));
        for (TypePage t : site.types()) {
            files.put(t.path(), list(t.path(), css, t.label(), t.items()));
        }
        files.put(SitePages.TOPICS, topics(site, css));
        for (TopicPage t : site.topics()) {
            files.put(t.path(), list(t.path(), css, t.topic(), t.items()));
        }
        for (ItemPage p : site.items()) {
            files.put(p.path(), item(p, css));
        }
        files.put(SitePath.of("feed.atom"), feed(site));
        files.put(SitePath.of("sitemap.xml"), sitemap(files.keySet().stream()
                .filter(p -> p.toString().endsWith(".html")).toList()));
        Map<SitePath, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private static String page(SitePath self, SitePath css, String title, String body, String head) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " — Cổng tri thức KH&amp;CN Hưng Yên</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + self.linkTo(css) + "\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + self.linkTo(SitePath.of("feed.atom"))
                + "\" title=\"Mới xuất bản\">\n" + head + "</head>\n<body>\n<header><a href=\""
                + self.linkTo(SitePages.INDEX) + "\">Cổng tri thức KH&amp;CN Hưng Yên</a> · <a href=\""
                + self.linkTo(SitePages.TOPICS) + "\">Chủ đề</a></header>\n<main>\n<h1>" + Html.escape(title) + "</h1>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    private static String index(Site site, SitePath css) {
        StringBuilder body = new StringBuilder("<ul class=\"types\">\n");
        for (TypePage t : site.types()) {
            body.append("<li><a href=\"").append(SitePages.INDEX.linkTo(t.path())).append("\">")
                    .append(Html.escape(t.label())).append("</a> (").append(t.items().size()).append(")</li>\n");
        }
        body.append("</ul>\n<p><a href=\"feed.atom\">Nguồn tin Atom: mới xuất bản</a></p>\n");
        return page(SitePages.INDEX, css, "Cổng tri thức KH&CN Hưng Yên", body.toString(), "");
    }

    private static String topics(Site site, SitePath css) {
        StringBuilder body = new StringBuilder("<ul>\n");
        for (TopicPage t : site.topics()) {
            body.append("<li><a href=\"").append(SitePages.TOPICS.linkTo(t.path())).append("\">")
                    .append(Html.escape(t.topic())).append("</a> (").append(t.items().size()).append(")</li>\n");
        }
        return page(SitePages.TOPICS, css, "Chủ đề", body.append("</ul>\n").toString(), "");
    }

    private static String list(SitePath self, SitePath css, String title, List<ItemPage> items) {
        StringBuilder body = new StringBuilder("<ul>\n");
        for (ItemPage p : items) {
            body.append("<li><a href=\"").append(self.linkTo(p.path())).append("\">").append(Html.escape(p.title()))
                    .append("</a></li>\n");
        }
        return page(self, css, title, body.append("</ul>\n").toString(), "");
    }

    private String item(ItemPage p, SitePath css) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"type\">").append(Html.escape(p.typeLabel())).append("</p>\n");
        for (String paragraph : p.text().split("\\n\\s*\\n|\\n")) {
            if (!paragraph.isBlank()) {
                body.append("<p>").append(Html.escape(paragraph.strip())).append("</p>\n");
            }
        }
        if (!p.links().isEmpty()) {
            body.append("<h2>Liên kết</h2>\n<ul class=\"links\">\n");
            for (SitePages.Link l : p.links()) {
                body.append("<li>").append(Html.escape(l.label())).append(": <a href=\"").append(p.path().linkTo(l.target()))
                        .append("\">").append(Html.escape(l.title())).append("</a></li>\n");
            }
            body.append("</ul>\n");
        }
        if (!p.topics().isEmpty()) {
            body.append("<p class=\"topics\">Chủ đề: ");
            List<String> topicLinks = new ArrayList<>();
            for (String topic : p.topics()) {
                SitePath topicPage = SitePath.of("chu-de/" + vn.hungyen.khcn.content.domain.Slugs.of(topic) + ".html");
                topicLinks.add("<a href=\"" + p.path().linkTo(topicPage) + "\">" + Html.escape(topic) + "</a>");
            }
            body.append(String.join(", ", topicLinks)).append("</p>\n");
        }
        body.append("<p class=\"updated\">Cập nhật: ").append(p.updated().toString(), 0, 10).append("</p>\n");
        return page(p.path(), css, p.title(), body.toString(), jsonLd(p));
    }

    /** schema.org JSON-LD: the item's own description (Legislation, Report, …) with its name, address and dates. */
    private String jsonLd(ItemPage p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.putAll(p.schemaOrg());
        data.put("name", p.title());
        data.put("url", siteUrl + p.path());
        data.put("dateModified", p.updated().toString());
        String json = JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
        return "<script type=\"application/ld+json\">" + Html.scriptJson(json) + "</script>\n";
    }

    private String feed(Site site) {
        List<AtomFeed.Entry> entries = site.items().stream()
                .sorted(Comparator.comparing(ItemPage::updated).reversed().thenComparing(ItemPage::id))
                .limit(FeedController.ENTRIES)
                .map(p -> new AtomFeed.Entry(siteUrl + p.path(), p.title(), siteUrl + p.path(), p.typeLabel(),
                        p.updated(), AtomFeed.summary(p.text()))).toList();
        return AtomFeed.render(siteUrl + "feed.atom", "Cổng tri thức KH&CN Hưng Yên — mới xuất bản",
                siteUrl + "feed.atom", siteUrl, entries);
    }

    private String sitemap(List<SitePath> htmlPages) {
        return Sitemap.render(htmlPages.stream().map(p -> siteUrl + p).toList());
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
            header { border-bottom: 1px solid #ccc; padding-bottom: .5rem; margin-bottom: 1rem; }
            .type, .updated { color: #555; }
            """;
}
