package vn.hungyen.khcn.index.query;

import java.util.List;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * Writes {@link SearchFields#TITLE_TERM_SET} and {@link SearchFields#TITLE_TERMS} for every item whose title is long
 * enough ({@link TitleCoverQuery#titleTerms}): the terms need the title's analysis, which lives in this module, so
 * the binding is added to the content module's mapping here, programmatically ({@link Mapping}, named in
 * {@code hibernate.search.mapping.configurer} by the index's auto-configuration). Both in doc values, not searched:
 * the set for {@link TitleCoverQuery} on the embedded index, the count for OpenSearch's {@code terms_set}.
 */
public final class TitleTermsBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title");
        IndexFieldReference<String> set = context.indexSchemaElement()
                .field(SearchFields.TITLE_TERM_SET, f -> f.asString().searchable(Searchable.NO)
                        .aggregable(Aggregable.YES).projectable(Projectable.NO))
                .multiValued().toReference();
        IndexFieldReference<Integer> count = context.indexSchemaElement()
                .field(SearchFields.TITLE_TERMS, f -> f.asInteger().searchable(Searchable.NO).sortable(Sortable.YES)
                        .projectable(Projectable.NO))
                .toReference();
        context.bridge(ContentItem.class, (target, item, bridgeContext) -> {
            List<String> terms = TitleCoverQuery.titleTerms(item.getTitle());
            if (!terms.isEmpty()) {
                terms.forEach(term -> target.addValue(set, term));
                target.addValue(count, terms.size());
            }
        });
    }

    /** The binding on {@link ContentItem}, whose subtypes inherit it. Public because Hibernate Search creates it. */
    public static final class Mapping implements HibernateOrmSearchMappingConfigurer {

        @Override
        public void configure(HibernateOrmMappingConfigurationContext context) {
            context.programmaticMapping().type(ContentItem.class).binder(new TitleTermsBinder());
        }
    }
}
