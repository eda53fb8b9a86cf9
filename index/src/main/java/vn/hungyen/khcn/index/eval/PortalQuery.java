package vn.hungyen.khcn.index.eval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds the query the portal's search service would send for free text: for each field, the terms of the field's
 * query analyzer OR-ed together (Lucene's {@link QueryBuilder}, which also turns synonym graphs and stacked document
 * number parts into the right clauses), each field's query boosted, and the fields OR-ed. No query syntax is parsed,
 * so quotes, slashes, {@code &} or unbalanced brackets in user input cannot make it fail.
 */
final class PortalQuery {

    /** One field to search: its name, the analyzer for the query text, and its boost. */
    record FieldClause(String field, Analyzer analyzer, float boost) {
    }

    private final FieldClause[] clauses;

    PortalQuery(FieldClause... clauses) {
        this.clauses = clauses.clone();
    }

    Query build(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (FieldClause clause : clauses) {
            Query fieldQuery = termsOf(clause, text);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, clause.boost()), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : new MatchNoDocsQuery("no terms in: " + text);
    }

    private static @Nullable Query termsOf(FieldClause clause, String text) {
        return new QueryBuilder(clause.analyzer()).createBooleanQuery(clause.field(), text, BooleanClause.Occur.SHOULD);
    }
}
