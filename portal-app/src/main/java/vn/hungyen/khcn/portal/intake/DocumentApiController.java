package vn.hungyen.khcn.portal.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.hungyen.khcn.content.intake.DocumentIntake;
import vn.hungyen.khcn.content.intake.DocumentRejectedException;
import vn.hungyen.khcn.content.intake.OcrJob;
import vn.hungyen.khcn.content.intake.OcrSettings;
import vn.hungyen.khcn.content.spi.DocumentStore;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.portal.i18n.PortalI18NProvider;

/**
 * {@code POST /api/documents}: reads an uploaded document (multipart field {@code file}) through the portal's intake
 * and stores it as a draft, or with {@code ?dryRun=true} only reads it. Editors only (HTTP Basic with an editor's
 * account; no CSRF token, see {@link DocumentApiSecurity}). Answers 200 with what was read (and stored), 413 for a file
 * over the limit, 415 for a type the portal does not read, 422 when nothing can be read or stored, 503 when the
 * readers are busy — each with {@code problems} in Vietnamese. A scan is read in the background: the request waits for
 * it up to {@code portal.ocr.api-wait}, then answers 202 with {@code Location: /api/documents/jobs/{id}} to poll, which
 * answers 202 with the progress until the scan is read, then the same answer the upload would have had (stored once,
 * unless {@code dryRun}).
 */
@RestController
@RequestMapping("/api/documents")
class DocumentApiController {

    private final DocumentIntake intake;
    private final PortalI18NProvider i18n;
    private final Duration wait;
    /** Scans being read for an API request: what was asked, and the answer once given (the same on every poll). */
    private final Map<String, ScanRequest> scans = new ConcurrentHashMap<>();

    private static final class ScanRequest {
        final boolean dryRun;
        final @Nullable String editor;
        volatile @Nullable ResponseEntity<?> answer;

        ScanRequest(boolean dryRun, @Nullable String editor) {
            this.dryRun = dryRun;
            this.editor = editor;
        }
    }

    DocumentApiController(DocumentIntake intake, PortalI18NProvider i18n, OcrSettings ocr) {
        this.intake = intake;
        this.i18n = i18n;
        this.wait = ocr.apiWait();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @Nullable Principal editor) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String editorName = editor == null ? null : editor.getName();
        scans.keySet().removeIf(id -> intake.scans().find(id).isEmpty());
        try (InputStream in = file.getInputStream()) {
            return switch (intake.submit(in, name)) {
                case DocumentIntake.Ready ready -> answer(ready.pending(), dryRun, editorName);
                case DocumentIntake.Queued queued -> {
                    ScanRequest request = new ScanRequest(dryRun, editorName);
                    scans.put(queued.job().id(), request);
                    queued.job().await(wait);
                    yield poll(queued.job(), request);
                }
            };
        }
    }

    /** Where a scan sent to {@code POST /api/documents} stands; 404 for an unknown or expired job. */
    @GetMapping(path = "/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> job(@PathVariable String id) {
        ScanRequest request = scans.get(id);
        var job = intake.scans().find(id);
        if (request == null || job.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return poll(job.get(), request);
    }

    private ResponseEntity<?> poll(OcrJob job, ScanRequest request) {
        synchronized (request) {
            ResponseEntity<?> answer = request.answer;
            if (answer != null) {
                return answer;
            }
            switch (job.state()) {
                case DONE -> answer = answer(job.result().orElseThrow(), request.dryRun, request.editor);
                case FAILED -> answer = ResponseEntity.unprocessableContent()
                        .body(problems(IntakeJson.text(job.failure().orElseThrow(), i18n)));
                default -> {
                    return ResponseEntity.accepted().location(URI.create("/api/documents/jobs/" + job.id()))
                            .header("Retry-After", "5")
                            .body(Map.of("job", job.id(), "state", job.state().name(), "pagesDone", job.pagesDone(),
                                    "pages", job.pages()));
                }
            }
            request.answer = answer;
            return answer;
        }
    }

    /** The answer for a read upload: stored (unless a dry run) or refused; its file is let go either way. */
    private ResponseEntity<?> answer(DocumentIntake.Pending upload, boolean dryRun, @Nullable String editorName) {
        try (DocumentIntake.Pending pending = upload) {
            if (dryRun) {
                return ResponseEntity.ok(IntakeJson.of(pending.reading(), null, i18n));
            }
            try {
                DocumentStore.StoredDocument stored = intake.store(pending, editorName);
                return ResponseEntity.ok(IntakeJson.of(pending.reading(), stored, i18n));
            } catch (DocumentStore.DocumentRefusedException e) {
                IntakeJson read = IntakeJson.of(pending.reading(), null, i18n);
                return ResponseEntity.unprocessableContent().body(new IntakeJson(read.document(), read.tasks(),
                        read.citations(), read.skipped(), append(read.problems(), IntakeJson.text(e.reason(), i18n)),
                        read.unknownUnits(), read.notes(), null));
            }
        }
    }

    private static List<String> append(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(DocumentRejectedException e) {
        HttpStatus status = switch (e.kind()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNREADABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        var answer = ResponseEntity.status(status);
        if (e.kind() == DocumentRejectedException.Kind.BUSY) {
            answer.header("Retry-After", "60");
        }
        return answer.body(problems(IntakeJson.text(e.reason(), i18n)));
    }

    /** The servlet container's own limit on a multipart request, set a little above the intake's. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems(IntakeJson.text(Message.of(
                "intake.error.too-large", "", intake.limits().maxSize().toMegabytes()), i18n)));
    }

    private static Map<String, Object> problems(String problem) {
        return Map.of("problems", List.of(problem), "stored", Map.of());
    }
}
