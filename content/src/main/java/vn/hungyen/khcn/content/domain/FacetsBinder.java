package vn.hungyen.khcn.content.domain;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
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
 * adds facet values without any mapping of its own. Every value, the content type's included, is also written to
 * {@link SearchFacets#COUNTS_FIELD} as {@code <name>U+001F<value>}, so the search counts every facet in one pass over
 * the hits ({@link SearchFacets#countsKey}); the item's {@link ContentItem#searchSubtitleForReaders()} to
 * {@link SearchFields#SUBTITLE}, which a search result shows under its title; its {@link ContentItem#searchLabel()}
 * to {@link SearchFields#LABEL}, shown before the title; its {@link ContentItem#searchNames()} to
 * {@link SearchFields#NAME_FOLDED}, searched like the title; its {@link ContentItem#searchSections()} to
 * {@link SearchFields#SECTIONS}, which a hit links to; whether it is {@link ContentItem#isSuperseded() superseded} to
 * {@link SearchFields#STANDING}, which the ranking reads; {@link SearchFields#DERIVATION_CURRENT} to
 * {@link SearchFields#DERIVATION}, which the start-up check reads; and the state readers meet
 * ({@link ContentItem#readerState()}) to {@link SearchFields#STATE}, which the search filters on. Both depend on the
 * items an item is part of: the editorial workflow reindexes the parts when a parent's state changes. Public only
 * because Hibernate Search instantiates it.
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
        IndexFieldReference<String> counts = context.indexSchemaElement()
                .field(SearchFacets.COUNTS_FIELD, f -> f.asString().searchable(Searchable.NO).aggregable(Aggregable.YES)
                        .projectable(Projectable.NO))
                .multiValued().toReference();
        // Stored for display; doc values only so that an index written before the field can be told apart.
        IndexFieldReference<String> subtitle = context.indexSchemaElement()
                .field(SearchFields.SUBTITLE, f -> f.asString().searchable(Searchable.NO).aggregable(Aggregable.YES)
                        .projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<String> label = context.indexSchemaElement()
                .field(SearchFields.LABEL, f -> f.asString().searchable(Searchable.NO).aggregable(Aggregable.YES)
                        .projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<String> names = context.indexSchemaElement()
                .field(SearchFields.NAME_FOLDED, f -> f.asString().analyzer(SearchFields.ANALYZER_FOLDED)
                        .searchAnalyzer(SearchFields.ANALYZER_FOLDED_QUERY))
                .toReference();
        // The state readers meet, not the stored one: the parts of a draft are drafts to a reader's search.
        IndexFieldReference<String> state = context.indexSchemaElement()
                .field(SearchFields.STATE, f -> f.asString().searchable(Searchable.YES).aggregable(Aggregable.YES)
                        .projectable(Projectable.NO))
                .toReference();
        IndexFieldReference<String> sections = context.indexSchemaElement()
                .field(SearchFields.SECTIONS, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
                .multiValued().toReference();
        // Doc values too, so that an index written before the field can be told apart.
        IndexFieldReference<String> standing = context.indexSchemaElement()
                .field(SearchFields.STANDING, f -> f.asString().searchable(Searchable.YES).aggregable(Aggregable.YES)
                        .projectable(Projectable.NO))
                .toReference();
        IndexFieldReference<String> derivation = context.indexSchemaElement()
                .field(SearchFields.DERIVATION, f -> f.asString().searchable(Searchable.YES).projectable(Projectable.NO))
                .toReference();
        context.bridge(ContentItem.class,
                new Bridge(counts, subtitle, label, names, state, sections, standing, derivation));
    }

    private record Bridge(IndexFieldReference<String> counts, IndexFieldReference<String> subtitle,
            IndexFieldReference<String> label, IndexFieldReference<String> names, IndexFieldReference<String> state,
            IndexFieldReference<String> sections, IndexFieldReference<String> standing,
            IndexFieldReference<String> derivation)
            implements TypeBridge<ContentItem> {
        @Override
        public void write(DocumentElement target, ContentItem item, TypeBridgeWriteContext context) {
            target.addValue(derivation, SearchFields.DERIVATION_CURRENT);
            target.addValue(state, item.readerState().name());
            String line = item.searchSubtitleForReaders();
            target.addValue(subtitle, line == null ? "" : truncated(line.strip()));
            String code = item.searchLabel();
            target.addValue(label, code == null ? "" : truncated(code.strip()));
            String named = item.searchNames();
            if (named != null && !named.isBlank()) {
                target.addValue(names, named);
            }
            target.addValue(standing, item.isSuperseded() ? SearchFields.STANDING_SUPERSEDED
                    : SearchFields.STANDING_CURRENT);
            for (TextSection section : item.searchSections()) {
                target.addValue(sections, section.stored());
            }
            target.addValue(counts, SearchFacets.countsKey(SearchFacets.COUNTS_TYPE, item.getType()));
            item.searchFacets().forEach((facet, values) -> {
                String field = SearchFacets.field(facet);
                for (String value : values) {
                    target.addValue(field, value);
                    target.addValue(counts, SearchFacets.countsKey(facet, value));
                }
            });
        }

        /** At most {@value #MAX_SUBTITLE} characters: a line, and within what doc values take. */
        private static String truncated(String line) {
            return line.length() <= MAX_SUBTITLE ? line : line.substring(0, MAX_SUBTITLE - 1) + "…";
        }

        private static final int MAX_SUBTITLE = 300;
    }
}
