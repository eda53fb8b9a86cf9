package vn.hungyen.khcn.portal.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
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
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.service.NodeLocks;
import vn.hungyen.khcn.content.web.AtomFeed;
import vn.hungyen.khcn.content.web.Html;

/**
 * Bản xuất tĩnh: writes the published site as plain files — an index, a page per published item, a page per content
 * type and per topic, {@code sitemap.xml}, {@code feed.atom}, with relative links — into
 * {@code <shared-dir>/export/site} and {@code site.zip} ({@code portal.shared-dir}, by default the data directory). The new copy is built in a temporary folder and swapped in
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
    private final SiteTemplates templates;
    private final Path exportDir;
    private final String siteUrl;
    private final NodeLocks locks;
    private final ReentrantLock running = new ReentrantLock();

    StaticSiteExporter(SitePages pages, SiteTemplates templates, NodeLocks locks,
            @Value("${portal.shared-dir:${portal.data-dir:./data}}") String sharedDir,
            @Value("${portal.export.site-url}") String siteUrl) {
        this.pages = pages;
        this.templates = templates;
        this.locks = locks;
        this.exportDir = Path.of(sharedDir).toAbsolutePath().normalize().resolve("export");
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

    /**
     * Exports now, in this thread; refused with {@link ExportAlreadyRunningException} while another runs, here or on
     * another portal node writing to the same shared directory ({@link NodeLocks#STATIC_EXPORT}, not waited for).
     */
    public ExportReport export(ExportProgress progress) {
        if (!running.tryLock()) {
            throw new ExportAlreadyRunningException();
        }
        try {
            return locks.runExclusively(NodeLocks.STATIC_EXPORT, Duration.ZERO, () -> exportHere(progress))
                    .orElseThrow(ExportAlreadyRunningException::new);
        } finally {
            running.unlock();
        }
    }

    /** The export itself, under both locks: the leftovers of the temporary folders it removes are nobody's. */
    private ExportReport exportHere(ExportProgress progress) {
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

    /** The search page and its two scripts, at the root so a result's address is the item's own path. */
    static final SitePath SEARCH = SitePath.of("tim-kiem.html");
    static final SitePath SEARCH_SCRIPT = SitePath.of("tim-kiem.js");
    static final SitePath SEARCH_INDEX = SitePath.of("tim-kiem-chi-muc.js");
    private static final SitePath CSS = SitePath.of("style.css");
    private static final SitePath FEED = SitePath.of("feed.atom");

    record Row(String href, String heading, @Nullable String subtitle) {
    }

    record TypeRow(String href, String label, int count) {
    }

    record LinkRow(String label, String href, String title) {
    }

    record TopicRow(String href, String name) {
    }

    record SectionRow(String id, String heading, List<SitePages.Field> fields, List<EntryRow> entries,
            @Nullable String none) {
    }

    record EntryRow(@Nullable String heading, String title, @Nullable String href, @Nullable String subtitle,
            List<SitePages.Field> fields, List<String> notes) {
    }

    private Map<SitePath, byte[]> render(Site site) {
        Map<SitePath, byte[]> files = new LinkedHashMap<>();
        files.put(CSS, SiteTemplates.asset(CSS.toString()));
        files.put(SitePages.INDEX, html(templates.render("index", page(SitePages.INDEX, templates.word("core.portal.name"),
                templates.word("core.export.site.contents"), Map.of("types", site.types().stream().map(t -> new TypeRow(
                        SitePages.INDEX.linkTo(t.path()), t.label(), t.items().size())).toList())))));
        for (TypePage t : site.types()) {
            files.put(t.path(), list(t.path(), t.label(), t.items()));
        }
        files.put(SitePages.TOPICS, html(templates.render("index", page(SitePages.TOPICS,
                templates.word("core.export.site.topics"), templates.word("core.export.site.topics"),
                Map.of("types", site.topics().stream().map(t -> new TypeRow(SitePages.TOPICS.linkTo(t.path()),
                        t.topic(), t.items().size())).toList())))));
        for (TopicPage t : site.topics()) {
            files.put(t.path(), list(t.path(), t.topic(), t.items()));
        }
        for (ItemPage p : site.items()) {
            files.put(p.path(), html(item(p)));
        }
        files.put(SEARCH, html(templates.render("search", page(SEARCH, templates.word("core.search.title"),
                templates.word("core.search.title"), Map.of()))));
        files.put(SEARCH_SCRIPT, SiteTemplates.asset(SEARCH_SCRIPT.toString()));
        files.put(SEARCH_INDEX, html(SearchIndex.script(site.items())));
        files.put(FEED, html(feed(site)));
        files.put(SitePath.of("sitemap.xml"), html(sitemap(files.keySet().stream()
                .filter(p -> p.toString().endsWith(".html")).toList())));
        return files;
    }

    private static byte[] html(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What every page's header and footer need; the document title names the site once, after the page. */
    private Map<String, Object> page(SitePath self, String title, String heading, Map<String, Object> body) {
        Map<String, Object> model = new HashMap<>(body);
        String site = templates.word("core.portal.name");
        model.put("root", self.linkTo(SitePages.INDEX).replace("index.html", ""));
        model.put("documentTitle", title.equals(site) ? site : title + " — " + site);
        model.put("heading", heading);
        model.putIfAbsent("jsonLd", "");
        return model;
    }

    private byte[] list(SitePath self, String title, List<ItemPage> items) {
        return html(templates.render("list", page(self, title, title, Map.of("items", items.stream()
                .map(p -> new Row(self.linkTo(p.path()), p.heading(), p.subtitle())).toList()))));
    }

    private String item(ItemPage p) {
        Map<String, Object> model = new HashMap<>();
        model.put("typeLabel", p.typeLabel());
        model.put("subtitle", p.subtitle());
        model.put("sections", p.sections().stream().map(s -> new SectionRow(s.id(), s.heading(), s.fields(),
                s.entries().stream().map(e -> new EntryRow(e.heading(), e.title(),
                        e.target() == null ? null : p.path().linkTo(e.target()), e.subtitle(), e.fields(), e.notes()))
                        .toList(), s.none())).toList());
        List<String> paragraphs = Arrays.stream(p.text().split("\\n\\s*\\n|\\n")).filter(t -> !t.isBlank())
                .map(String::strip).toList();
        model.put("hasText", !paragraphs.isEmpty());
        model.put("paragraphs", paragraphs);
        model.put("links", p.links().stream().map(l -> new LinkRow(l.label(), p.path().linkTo(l.target()), l.title()))
                .toList());
        model.put("topics", p.topics().stream().map(topic -> new TopicRow(
                p.path().linkTo(SitePath.of("chu-de/" + Slugs.of(topic) + ".html")), topic)).toList());
        model.put("updated", p.updated().toString().substring(0, 10));
        model.put("jsonLd", jsonLd(p));
        return templates.render("item", page(p.path(), p.heading(), p.heading(), model));
    }

    /** schema.org JSON-LD: the item's own description (Legislation, Report, …) with its name, address and dates. */
    private String jsonLd(ItemPage p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.putAll(p.schemaOrg());
        data.put("name", p.title());
        data.put("url", siteUrl + p.path());
        data.put("dateModified", p.updated().toString());
        return Html.scriptJson(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data));
    }

    private String feed(Site site) {
        List<AtomFeed.Entry> entries = site.items().stream()
                .sorted(Comparator.comparing(ItemPage::updated).reversed().thenComparing(ItemPage::id))
                .limit(FeedController.ENTRIES)
                .map(p -> new AtomFeed.Entry(siteUrl + p.path(), p.title(), siteUrl + p.path(), p.typeLabel(),
                        p.updated(), AtomFeed.summary(p.text()))).toList();
        return AtomFeed.render(siteUrl + "feed.atom", templates.word(FeedController.TITLE_KEY),
                siteUrl + "feed.atom", siteUrl, entries);
    }

    private String sitemap(List<SitePath> htmlPages) {
        return Sitemap.render(htmlPages.stream().map(p -> siteUrl + p).toList());
    }
}
