package vn.hungyen.khcn.content.spi;

import java.util.List;

/**
 * What every content module states the same way: its id, the key of its name and its importers. A module extends
 * this and declares only what is its own (content types, link types). An importer that needs the module's content
 * types to be registered first (through JPA and Flyway) is passed as a lazy proxy ({@code @Lazy} on the
 * constructor parameter): this class stores it without calling it.
 */
public abstract class BasicContentModule implements ContentModule {

    private final String id;
    private final String nameKey;
    private final List<ContentImporter> importers;

    protected BasicContentModule(String id, String nameKey, ContentImporter... importers) {
        this.id = id;
        this.nameKey = nameKey;
        this.importers = List.of(importers);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameKey() {
        return nameKey;
    }

    @Override
    public final List<ContentImporter> importers() {
        return importers;
    }
}
