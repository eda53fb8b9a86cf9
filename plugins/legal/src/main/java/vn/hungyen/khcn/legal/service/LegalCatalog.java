package vn.hungyen.khcn.legal.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.legal.domain.Relation;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentSummary;
import vn.hungyen.khcn.legal.service.LegalViews.DocumentView;
import vn.hungyen.khcn.legal.service.LegalViews.RelationView;
import vn.hungyen.khcn.legal.service.LegalViews.TaskCitation;

/** Reads the registry for the pages and the API: published entries only. */
@Service
@Transactional(readOnly = true)
public class LegalCatalog {

    private final LegalDocumentRepository documents;
    private final ContentLinks links;
    private final ContentRegistry registry;
    private final LegalUploads uploads;
    private final PlanItems plans;

    LegalCatalog(LegalDocumentRepository documents, ContentLinks links, ContentRegistry registry, LegalUploads uploads,
            PlanItems plans) {
        this.documents = documents;
        this.links = links;
        this.registry = registry;
        this.uploads = uploads;
        this.plans = plans;
    }

    /** Every published entry, newest first: three statements for the whole registry (documents, links out, links in). */
    public List<DocumentSummary> documents() {
        List<LegalDocument> published = documents.findAllNewestFirst().stream().filter(ContentItem::isVisibleToReaders).toList();
        DocumentLinks found = linksOf(published);
        return published.stream().map(d -> summary(d, found)).toList();
    }

    public Optional<DocumentView> document(String slug) {
        return documents.findBySlug(slug).filter(ContentItem::isVisibleToReaders).map(this::view);
    }

    /** Tình trạng hiệu lực of the published entries among {@code ids}, by id: three statements for the whole list. */
    public Map<Long, Effect> effects(java.util.Collection<Long> ids) {
        List<LegalDocument> published = documents.findByIdIn(ids).stream().filter(ContentItem::isVisibleToReaders)
                .toList();
        DocumentLinks found = linksOf(published);
        Map<Long, Effect> result = new java.util.HashMap<>();
        published.forEach(d -> result.put(d.getId(), effect(d, found)));
        return result;
    }

    /** The slugs of every published entry: which citations in a text can be links. */
    public java.util.Set<String> knownSlugs() {
        return documents.findAllNewestFirst().stream().filter(ContentItem::isVisibleToReaders).map(ContentItem::getSlug)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The stored original file of an entry. */
    public Optional<Original> original(String slug) {
        return documents.findBySlug(slug).filter(ContentItem::isVisibleToReaders).flatMap(d -> uploads.original(d)
                .map(p -> new Original(p, d.getOriginalName() == null ? p.getFileName().toString() : d.getOriginalName(),
                        d.getOriginalMediaType() == null ? "application/octet-stream" : d.getOriginalMediaType())));
    }

    /** An original file: where it is, its name as uploaded, its type. */
    public record Original(Path file, String name, String mediaType) {
    }

    /** The links a document's summary shows, read for a whole list of documents in two statements. */
    private DocumentLinks linksOf(List<LegalDocument> docs) {
        List<String> relations = Arrays.stream(Relation.values()).map(Relation::code).toList();
        List<String> incoming = new ArrayList<>(relations);
        incoming.add(StandardLinks.BASIS);
        return new DocumentLinks(links.fromEach(docs, relations), links.toEach(docs, incoming));
    }

    /** Links from and to documents, by document id, each list in the order the links were made. */
    private record DocumentLinks(Map<Long, List<ContentLink>> outgoing, Map<Long, List<ContentLink>> incoming) {

        List<ContentLink> from(LegalDocument d, String type) {
            return outgoing.getOrDefault(d.getId(), List.of()).stream().filter(l -> l.getLinkType().equals(type)).toList();
        }

        List<ContentLink> to(LegalDocument d, String type) {
            return incoming.getOrDefault(d.getId(), List.of()).stream().filter(l -> l.getLinkType().equals(type)).toList();
        }
    }

    private DocumentSummary summary(LegalDocument d, DocumentLinks found) {
        List<String> tasks = taskCitations(d, found).stream().map(TaskCitation::code).distinct().toList();
        return new DocumentSummary(d.getSlug(), d.getTitle(), d.getNumber(), d.getDocumentType(), d.getCitedType(),
                d.getIssuer(), d.getIssuedOn(), d.getSubject(), d.hasFullText(), tasks, relations(d, found),
                d.getEffectiveOn(), d.getSigner(), d.getCitationClass(), effect(d, found));
    }

    /** Tình trạng hiệu lực from the published documents the registry knows to act on this one. */
    private static Effect effect(LegalDocument d, DocumentLinks found) {
        return Effects.of(d, found.incoming().getOrDefault(d.getId(), List.of()), LocalDate.now());
    }

    private DocumentView view(LegalDocument d) {
        String contentPath = links.from(d, StandardLinks.DESCRIBED_IN).stream().map(ContentLink::getTarget)
                .filter(ContentItem::isVisibleToReaders).map(registry::pathFor).flatMap(Optional::stream).findFirst().orElse(null);
        DocumentLinks found = linksOf(List.of(d));
        return new DocumentView(summary(d, found), d.displayName(), d.hasFullText() ? d.getText() : null,
                taskCitations(d, found), relations(d, found), contentPath, d.getOriginalName(), d.getOriginalMediaType(),
                d.getOriginalSize());
    }

    /** Tasks resting on the document, direct citations first, then by task code. */
    private List<TaskCitation> taskCitations(LegalDocument d, DocumentLinks found) {
        return found.to(d, StandardLinks.BASIS).stream()
                .filter(l -> plans.isTask(l.getSource()) && l.getSource().isVisibleToReaders())
                .map(l -> new TaskCitation(plans.code(l.getSource()), l.getSource().getTitle(), l.getKind(),
                        registry.pathFor(l.getSource()).orElse(null), l.getEvidence()))
                .sorted(Comparator.comparingInt((TaskCitation t) -> kindRank(t.kind()))
                        .thenComparing(TaskCitation::code, LegalCatalog::compareCodes))
                .toList();
    }

    /** Relations with other documents, outgoing first, in {@link Relation} order. */
    private List<RelationView> relations(LegalDocument d, DocumentLinks found) {
        List<RelationView> result = new ArrayList<>();
        for (Relation r : Relation.values()) {
            for (ContentLink l : found.from(d, r.code())) {
                if (l.getTarget() instanceof LegalDocument target && target.isVisibleToReaders()) {
                    result.add(new RelationView(r, true, target.getSlug(), target.getTitle(), l.getEvidence()));
                }
            }
        }
        for (Relation r : Relation.values()) {
            for (ContentLink l : found.to(d, r.code())) {
                if (l.getSource() instanceof LegalDocument source && source.isVisibleToReaders()) {
                    result.add(new RelationView(r, false, source.getSlug(), source.getTitle(), l.getEvidence()));
                }
            }
        }
        return result;
    }

    static int kindRank(String kind) {
        return switch (kind == null ? "" : kind) {
            case TaskBasisLinker.KIND_DIRECT -> 0;
            case TaskBasisLinker.KIND_SECTION -> 1;
            case TaskBasisLinker.KIND_PLAN -> 2;
            default -> 3;
        };
    }

    /** "4.3" before "4.10", "1.2" before "1.2.1". */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
