package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.hungyen.khcn.content.domain.SearchFields;

/**
 * The one place that names the portal's Vietnamese analyzers, with a factory for each. The search service and the
 * Hibernate Search analysis configurer refer to these names; nothing else should spell them.
 *
 * <table>
 *   <caption>Which analyzer for which field</caption>
 *   <tr><th>field</th><th>index with</th><th>query with</th></tr>
 *   <tr><td>text, exact</td><td>{@link #EXACT} / {@link #exact()}</td><td>{@link #EXACT_QUERY} / {@link #exactQuery()}</td></tr>
 *   <tr><td>text, folded</td><td>{@link #FOLDED} / {@link #folded()}</td><td>{@link #FOLDED_QUERY} / {@link #foldedQuery()}</td></tr>
 *   <tr><td>text, syllable bigrams</td><td>{@link #SHINGLE} / {@link #shingles()}</td><td>{@link #SHINGLE} (same)</td></tr>
 * </table>
 *
 * Abbreviations ({@code KH&CN ↔ khoa học và công nghệ}) are expanded at query time only, from
 * {@value #ABBREVIATIONS_RESOURCE} next to this class: editors extend that file without reindexing, and the index
 * stays free of synonym graphs. Every factory returns a new analyzer; analyzers are thread-safe and meant to be kept.
 */
public final class VietnameseAnalyzers {

    /** Exact form (diacritics kept, tone placement canonical), index time. */
    public static final String EXACT = "vietnamese";
    /** Folded form (no diacritics, {@code đ → d}), index time. */
    public static final String FOLDED = "vietnamese_folded";
    /** Folded syllable bigrams, index and query time. */
    public static final String SHINGLE = "vietnamese_shingle";
    /** Exact form with abbreviation synonyms, query time. */
    public static final String EXACT_QUERY = "vietnamese_query";
    /** Folded form with abbreviation synonyms, query time. */
    public static final String FOLDED_QUERY = "vietnamese_folded_query";

    /** All analyzer names, in the order above. */
    public static final List<String> NAMES = List.of(EXACT, FOLDED, SHINGLE, EXACT_QUERY, FOLDED_QUERY);

    /** Resource, relative to this class, with the abbreviations in Solr synonym format. */
    public static final String ABBREVIATIONS_RESOURCE = "abbreviations.txt";

    private VietnameseAnalyzers() {
    }

    public static Analyzer exact() {
        return new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, false, null);
    }

    public static Analyzer folded() {
        return new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, false, null);
    }

    public static Analyzer shingles() {
        return new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, true, null);
    }

    public static Analyzer exactQuery() {
        return new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, false, Abbreviations.EXACT);
    }

    public static Analyzer foldedQuery() {
        return new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, false, Abbreviations.FOLDED);
    }

    /**
     * The index-time analysis of the items' text fields as {@code ContentItem} maps them ({@code title} and
     * {@code text} exact, their folded twins and the folded other names, the text's syllable bigrams), for an index written outside Hibernate
     * Search: the evaluation's and the tests' small indexes, whose queries come from the search service's builder.
     * Other fields are analyzed exactly.
     */
    public static Analyzer itemFields() {
        Analyzer folded = folded();
        return new PerFieldAnalyzerWrapper(exact(), Map.of(SearchFields.TITLE_FOLDED, folded,
                SearchFields.TEXT_FOLDED, folded, SearchFields.NAME_FOLDED, folded,
                SearchFields.TEXT_SHINGLE, shingles()));
    }

    /** The analyzer of the given name, for configurers that iterate over {@link #NAMES}. */
    public static Analyzer byName(String name) {
        return switch (name) {
            case EXACT -> exact();
            case FOLDED -> folded();
            case SHINGLE -> shingles();
            case EXACT_QUERY -> exactQuery();
            case FOLDED_QUERY -> foldedQuery();
            default -> throw new IllegalArgumentException("Unknown Vietnamese analyzer: " + name + "; known: " + NAMES);
        };
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order (synonyms where they stand). */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze a text held in memory", e);
        }
        return terms;
    }

    /**
     * Parses {@value #ABBREVIATIONS_RESOURCE} in the given form: each rule is run through the same analysis as the
     * text ({@code KT-XH} becomes {@code kt xh}, {@code uỷ} becomes {@code ủy}, and in folded form {@code đmst} becomes
     * {@code dmst}), so the rules match exactly what the tokenizer produces.
     */
    public static SynonymMap abbreviations(VietnameseAnalyzer.Form form) {
        try (Analyzer ruleAnalyzer = new VietnameseAnalyzer(form, false, null);
                InputStream in = VietnameseAnalyzers.class.getResourceAsStream(ABBREVIATIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ABBREVIATIONS_RESOURCE);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ABBREVIATIONS_RESOURCE, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Bad rule in " + ABBREVIATIONS_RESOURCE + " at line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Parsed once, on first use; a {@link SynonymMap} is immutable and shared by all query analyzers. */
    private static final class Abbreviations {
        static final SynonymMap EXACT = abbreviations(VietnameseAnalyzer.Form.EXACT);
        static final SynonymMap FOLDED = abbreviations(VietnameseAnalyzer.Form.FOLDED);
    }
}
