package vn.hungyen.khcn.legal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.spi.ContentRef;
import vn.hungyen.khcn.content.spi.ItemNotes;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.legal.domain.Effect;
import vn.hungyen.khcn.legal.domain.LegalDocument;

/**
 * The legal module's notes on a document wherever it is listed (a task's basis list): its tình trạng hiệu lực when it
 * is no longer, or not yet, simply in force, and the documents that amended it.
 */
@Component
class LegalBasisNotes implements ItemNotes {

    private final LegalCatalog catalog;

    LegalBasisNotes(LegalCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<Long, List<Message>> notesFor(Collection<ContentRef> items) {
        List<Long> ids = items.stream().filter(r -> r.type().equals(LegalDocument.TYPE)).map(ContentRef::id).toList();
        Map<Long, List<Message>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        catalog.effects(ids).forEach((id, effect) -> {
            List<Message> notes = notes(effect);
            if (!notes.isEmpty()) {
                result.put(id, notes);
            }
        });
        return result;
    }

    /** "Căn cứ này đã hết hiệu lực toàn bộ theo 123/2026/NĐ-CP", "… đã được sửa đổi, bổ sung bởi 65/2020/QH14". */
    static List<Message> notes(Effect effect) {
        List<Message> notes = new ArrayList<>();
        if (effect.status() != Effect.Status.IN_FORCE) {
            String cause = effect.cause() == null ? "" : effect.cause().title();
            notes.add(Message.of("legal.basis." + effect.status().apiName(), cause));
        }
        if (!effect.amendedBy().isEmpty()) {
            notes.add(Message.of("legal.basis.amended-by",
                    String.join(", ", effect.amendedBy().stream().map(Effect.Change::title).toList())));
        }
        return notes;
    }
}
