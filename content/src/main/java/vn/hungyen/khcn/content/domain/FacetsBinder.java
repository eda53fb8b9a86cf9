package vn.hungyen.khcn.content.domain;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Maps {@link ContentItem#searchFacets()} once for every content type: each facet becomes a multi-valued keyword
 * field {@code facet_<name>} (searchable for filters, aggregable for counts) through a field template, so a module
 * adds facet values without any mapping of its own. Public only because Hibernate Search instantiates it.
 */
public final class FacetsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // The values may come from associated entities (an activity's task and units); those are set when the item
        // is created and the item is reindexed whenever it is saved, so the root is the dependency.
        context.dependencies().useRootOnly();
        context.indexSchemaElement()
                .fieldTemplate("facets", f -> f.asString().searchable(Searchable.YES).aggregable(Aggregable.YES)
                        .projectable(Projectable.NO))
                .matchingPathGlob(SearchFacets.FIELD_GLOB)
                .multiValued();
        context.bridge(ContentItem.class, new Bridge());
    }

    private static final class Bridge implements TypeBridge<ContentItem> {
        @Override
        public void write(DocumentElement target, ContentItem item, TypeBridgeWriteContext context) {
            item.searchFacets().forEach((facet, values) -> {
                String field = SearchFacets.field(facet);
                for (String value : values) {
                    target.addValue(field, value);
                }
            });
        }
    }
}
