package vn.hungyen.khcn.legal.api;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import vn.hungyen.khcn.legal.domain.Effect;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.hungyen.khcn.legal.LegalModule;
import vn.hungyen.khcn.legal.service.LegalCatalog;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentSummary;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentView;
import vn.hungyen.khcn.legal.service.LegalViews.RelationView;
import vn.hungyen.khcn.legal.service.LegalViews.TaskCitation;

/**
 * {@code GET /api/legal-documents}, {@code GET /api/legal-documents/{id}} (id: a slug such as
 * {@code 60-2021-nd-cp}) and {@code GET /api/legal-documents/{id}/original}: the registry as read-only JSON and
 * the original files. Text fields are plain text: no markup.
 */
@RestController
@RequestMapping(LegalDocumentApiController.PATH)
class LegalDocumentApiController {

    static final String PATH = "/api/legal-documents";

    /** The API's messages for people are Vietnamese, from the module's bundle. */
    private static final Locale VIETNAMESE = Locale.of("vi", "VN");

    private final LegalCatalog catalog;
    private final I18NProvider i18n;

    LegalDocumentApiController(LegalCatalog catalog, I18NProvider i18n) {
        this.catalog = catalog;
        this.i18n = i18n;
    }

    @GetMapping
    List<DocumentJson> documents() {
        return catalog.documents().stream().map(LegalDocumentApiController::json).toList();
    }

    @GetMapping("/{id}")
    DocumentDetailJson document(@PathVariable String id) {
        DocumentView view = catalog.document(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no legal document " + id));
        DocumentJson d = json(view.summary());
        return new DocumentDetailJson(d.id(), d.number(), d.type(), d.issuer(), d.date(), d.title(), d.hasFullText(),
                d.citedBy(), d.relations(), d.status(), d.effectiveDate(), d.signer(), d.citationClass(),
                view.fullText(),
                view.citedByTasks().stream().map(t -> new TaskJson(t.code(), t.kind(), t.evidence())).toList(),
                view.originalName() == null ? null : PATH + "/" + id + "/original");
    }

    @GetMapping("/{id}/original")
    ResponseEntity<?> original(@PathVariable String id) throws IOException {
        LegalCatalog.Original original = catalog.original(id).orElse(null);
        if (original == null) {
            // A document of the registry without a file (the bundled laws, documents only cited): say so, and where
            // its page is, rather than a bare 404.
            DocumentView view = catalog.document(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no legal document " + id));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(new NoOriginalJson(i18n.getTranslation("legal.api.no-original", VIETNAMESE, view.summary().number()),
                            "/" + LegalModule.documentPath(id)));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(original.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(safeMediaType(original.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                // Even if a browser renders it, an uploaded file runs no script and reaches nothing.
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .contentLength(Files.size(original.file()))
                .body(new FileSystemResource(original.file()));
    }

    /** Why {@code /original} has no file for a document the registry holds, and where its page is. */
    record NoOriginalJson(String error, String page) {
    }

    /**
     * An uploaded HTML file is served as bytes to save, never as a page of this site: markup types become
     * {@code application/octet-stream}; PDF and office documents keep theirs.
     */
    static MediaType safeMediaType(String stored) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(stored);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        // Office documents (…openxmlformats…) stay as they are: only types a browser would render are neutralised.
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        boolean active = subtype.equals("html") || subtype.equals("xhtml+xml") || subtype.equals("xml")
                || subtype.startsWith("svg") || subtype.contains("javascript") || subtype.equals("xslt+xml");
        return active ? MediaType.APPLICATION_OCTET_STREAM : type;
    }

    static DocumentJson json(DocumentSummary s) {
        return new DocumentJson(s.slug(), s.number() == null ? s.title() : s.number(), s.type().name(),
                s.issuer(), s.date(), s.subject(), s.hasFullText(), s.citedByTasks(),
                s.relations().stream().map(LegalDocumentApiController::json).toList(), status(s.effect()),
                s.effectiveDate(), s.signer(), s.citationClass() == null ? null : s.citationClass().apiName());
    }

    private static StatusJson status(Effect e) {
        return new StatusJson(e.status().apiName(), e.cause() == null ? null : e.cause().slug(),
                e.cause() == null ? null : e.cause().title(), e.since(),
                e.amendedBy().stream().map(Effect.Change::slug).toList());
    }

    private static RelationJson json(RelationView r) {
        return new RelationJson(r.outgoing() ? r.relation().apiName() : r.relation().apiName() + "-by", r.slug(),
                r.title());
    }

    record DocumentJson(String id, String number, String type, @Nullable String issuer, @Nullable LocalDate date,
            @Nullable String title, boolean hasFullText, List<String> citedBy, List<RelationJson> relations,
            StatusJson status, @Nullable LocalDate effectiveDate, @Nullable String signer,
            @JsonProperty("class") @Nullable String citationClass) {
    }

    /**
     * Tình trạng hiệu lực: {@code in-force}, {@code expired-in-part}, {@code expired}, {@code not-yet-in-force}, with
     * the document that caused it, since when, and the documents amending this one.
     */
    record StatusJson(String code, @Nullable String causedBy, @Nullable String causedByNumber, @Nullable LocalDate since,
            List<String> amendedBy) {
    }

    /** {@code type} is read from this document: {@code amends} (it amends target), {@code amends-by} (target amends it). */
    record RelationJson(String type, String target, String targetNumber) {
    }

    record TaskJson(String code, @Nullable String kind, @Nullable String evidence) {
    }

    record DocumentDetailJson(String id, String number, String type, @Nullable String issuer, @Nullable LocalDate date,
            @Nullable String title, boolean hasFullText, List<String> citedBy, List<RelationJson> relations,
            StatusJson status, @Nullable LocalDate effectiveDate, @Nullable String signer,
            @JsonProperty("class") @Nullable String citationClass,
            @Nullable String fullText, List<TaskJson> citedByTasks, @Nullable String original) {
    }
}
