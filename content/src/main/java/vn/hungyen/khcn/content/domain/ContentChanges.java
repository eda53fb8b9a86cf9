package vn.hungyen.khcn.content.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Số phiên bản nội dung: a counter that moves whenever a content item or a link is written, so a reader-facing list
 * computed from them (the task list of {@code /api/tasks}) can be kept until the content changes. It moves when the
 * change is flushed and again once its transaction ends: a list read between the two carries the first number and is
 * dropped at the second, so no list read before a commit outlives it. One server's memory: several nodes would each
 * need to hear of the others' changes.
 */
public final class ContentChanges {

    private static final AtomicLong VERSION = new AtomicLong();

    /** The current number; read it before computing what is to be kept under it. */
    public static long version() {
        return VERSION.get();
    }

    /** A content item or link was written (called by the entity listener). */
    public static void changed() {
        VERSION.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    VERSION.incrementAndGet();
                }
            });
        }
    }

    /** The JPA entity listener of {@link ContentItem} (and its subtypes), {@link ContentLink} and what a module keeps beside its items (a plan's groups and units). */
    public static final class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        public void written(Object entity) {
            changed();
        }
    }

    private ContentChanges() {
    }
}
