package vn.hungyen.khcn.deliverables.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;

/**
 * {@code GET /api/deliverables?topic=405&kind=procedure&locality=Phù Cừ}: published deliverables as read-only JSON
 * (a field code such as {@code 4} takes its sectors). An unknown topic or kind is refused, not ignored.
 */
@RestController
@RequestMapping("/api/deliverables")
class DeliverableApiController {

    private final DeliverableCatalog catalog;

    DeliverableApiController(DeliverableCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<DeliverableJson> deliverables(@RequestParam(required = false) String topic,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String locality) {
        String t = blankToNull(topic);
        String k = blankToNull(kind);
        if (t != null && catalog.topic(t).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no S&T field or sector " + t);
        }
        if (k != null && catalog.kind(k).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no deliverable kind " + k);
        }
        return catalog.find(t, k, blankToNull(locality)).stream().map(DeliverableApiController::json).toList();
    }

    @GetMapping("/{id}")
    DeliverableJson deliverable(@PathVariable String id) {
        return catalog.deliverable(id).map(d -> json(d.card()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no deliverable " + id));
    }

    private static DeliverableJson json(DeliverableCard c) {
        return new DeliverableJson(c.slug(), c.title(), c.kind().code(),
                c.topics().stream().map(t -> new TopicJson(t.code(), t.nameVi())).toList(), c.taskCodes(),
                c.status() == null ? null : c.status().name(), c.year(), c.locality(), c.aliases(), c.tags());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** {@code id} is the deliverable's stable slug; its page is {@code /ket-qua/{id}}. */
    record DeliverableJson(String id, String title, String kind, List<TopicJson> topics, List<String> tasks,
            @Nullable String status, @Nullable Integer year, @Nullable String locality, List<String> aliases,
            List<String> tags) {
    }

    record TopicJson(String code, String name) {
    }
}
