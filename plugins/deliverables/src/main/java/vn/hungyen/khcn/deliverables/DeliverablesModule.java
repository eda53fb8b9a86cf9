package vn.hungyen.khcn.deliverables;

import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.BasicContentModule;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;
import vn.hungyen.khcn.content.spi.LinkType;
import vn.hungyen.khcn.deliverables.domain.Deliverable;
import vn.hungyen.khcn.deliverables.service.DeliverableImporter;
import vn.hungyen.khcn.deliverables.service.DeliverableLinks;

/**
 * The deliverables module: research results (kết quả nghiên cứu) read from the plan's tasks. It knows the plan
 * only through the core: the facts the plan module publishes ({@code PlanFacts}) and the standard links.
 */
@Component
public class DeliverablesModule extends BasicContentModule {

    public static final String ID = "deliverables";
    /** Where the deliverable pages live. */
    public static final String ROUTE_ROOT = "ket-qua";
    /** The editors' page, beside the deliverable pages: no deliverable may take this slug. */
    public static final String EDIT_SEGMENT = "bien-tap";
    public static final String EDIT_ROUTE = ROUTE_ROOT + "/" + EDIT_SEGMENT;

    /** The importer is injected lazily: the registry (and Flyway through it) needs the module before JPA is up. */
    DeliverablesModule(@Lazy DeliverableImporter importer) {
        super(ID, "deliverables.module.name", importer);
    }

    @Override
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(new ContentTypeDescriptor(Deliverable.TYPE, Deliverable.class, "deliverables.type.deliverable",
                20, DeliverablesModule::deliverablePath));
    }

    @Override
    public List<LinkType> linkTypes() {
        return List.of(new LinkType(DeliverableLinks.PUBLICATION_OF, "deliverables.link.publication-of",
                "deliverables.link.publication-of.inverse"));
    }

    /** {@code ket-qua/quy-trinh-san-xuat-dong-trung-ha-thao}. */
    public static String deliverablePath(String slug) {
        return ROUTE_ROOT + "/" + slug;
    }

    private static String deliverablePath(ContentRef ref) {
        return deliverablePath(ref.slug());
    }
}
