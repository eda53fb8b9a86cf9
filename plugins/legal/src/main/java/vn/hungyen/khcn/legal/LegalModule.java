package vn.hungyen.khcn.legal;

import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.BasicContentModule;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;
import vn.hungyen.khcn.content.spi.LinkType;
import vn.hungyen.khcn.legal.domain.LegalDocument;
import vn.hungyen.khcn.legal.domain.Relation;
import vn.hungyen.khcn.legal.service.LegalImporter;

/**
 * The legal module: the registry of legal documents (văn bản pháp lý) the portal's content cites, their
 * relations (căn cứ, sửa đổi, thay thế, hướng dẫn, dẫn chiếu) and the legal basis of each plan task, all as
 * core content links.
 */
@Component
public class LegalModule extends BasicContentModule {

    public static final String ID = "legal";
    /** Where the document pages live: {@code van-ban/60-2021-nd-cp}. */
    public static final String ROUTE_ROOT = "van-ban";

    /** The importer is injected lazily: the registry (and Flyway through it) needs the module before JPA is up. */
    LegalModule(@Lazy LegalImporter importer) {
        super(ID, "legal.module.name", importer);
    }

    @Override
    public List<ContentTypeDescriptor> contentTypes() {
        return List.of(new ContentTypeDescriptor(LegalDocument.TYPE, LegalDocument.class, "legal.type.document", 20,
                LegalModule::documentPath));
    }

    @Override
    public List<LinkType> linkTypes() {
        return Relation.ownLinkTypes();
    }

    /** {@code van-ban/60-2021-nd-cp}. */
    public static String documentPath(String slug) {
        return ROUTE_ROOT + "/" + slug;
    }

    private static String documentPath(ContentRef ref) {
        return documentPath(ref.slug());
    }
}
