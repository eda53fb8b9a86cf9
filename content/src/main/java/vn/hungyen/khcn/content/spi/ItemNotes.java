package vn.hungyen.khcn.content.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Ghi chú: what a module tells about its own items wherever another module lists them — a legal basis on a task's page
 * "căn cứ này đã được sửa đổi, bổ sung bởi …" — as typed messages, so the listing module renders them from the
 * bundles without knowing the owning module.
 */
public interface ItemNotes {

    /**
     * The notes on each item this module owns, by item id, read for the whole list at once; items of other modules and
     * items with nothing to note are absent.
     */
    Map<Long, List<Message>> notesFor(Collection<ContentRef> items);
}
