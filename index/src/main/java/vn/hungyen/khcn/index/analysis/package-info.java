/**
 * Vietnamese text analysis for Lucene, shaped like a Lucene language package (cf. {@code org.apache.lucene.analysis.th}):
 * a tokenizer that keeps document numbers ({@code 2999/QĐ-UBND}) and {@code KH&CN}-style abbreviations whole, filters
 * for canonical tone placement, diacritic folding and document-number parts, the abbreviation synonyms in
 * {@code abbreviations.txt}, and {@link vn.hungyen.khcn.index.analysis.VietnameseAnalyzers}, the one place that names
 * the analyzers the search service and the Hibernate Search configuration use. No Spring, no JPA here.
 */
@NullMarked
package vn.hungyen.khcn.index.analysis;

import org.jspecify.annotations.NullMarked;
