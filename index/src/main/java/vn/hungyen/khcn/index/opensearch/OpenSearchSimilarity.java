package vn.hungyen.khcn.index.opensearch;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.index.analysis.PortalSimilarity;

/**
 * {@link PortalSimilarity} on OpenSearch: an index similarity {@value #NAME} (BM25 with the text fields' {@code k1}
 * and {@code b}) and a {@code "similarity"} on the mapping of each of {@link PortalSimilarity#textFields()}; every
 * other field keeps the node's default, BM25 1.2 / 0.75, as on the embedded index.
 *
 * <p>Hibernate Search 8 has no field option for a similarity. It takes a custom settings file (merged into the index
 * settings it generates) and a custom mapping file, in which a property it also generates replaces its own whole
 * (only sub-properties are merged): so each text field's mapping is written here complete, read from the
 * {@link FullTextField} annotations of {@link ContentItem} (name, analyzers, term vectors), plus the similarity.
 */
public final class OpenSearchSimilarity {

    /** The index similarity the text fields name. */
    public static final String NAME = "portal_text";

    private OpenSearchSimilarity() {
    }

    /** The {@code similarity} object of the index settings. */
    public static JsonObject settings() {
        JsonObject text = new JsonObject();
        text.addProperty("type", "BM25");
        text.addProperty("k1", PortalSimilarity.TEXT_K1);
        text.addProperty("b", PortalSimilarity.TEXT_B);
        JsonObject similarity = new JsonObject();
        similarity.add(NAME, text);
        return similarity;
    }

    /**
     * The {@code properties} of the mapping for the text fields: each as Hibernate Search maps it from the item's
     * annotation, with {@code "similarity": }{@value #NAME}.
     */
    public static JsonObject textProperties() {
        Set<String> wanted = PortalSimilarity.textFields();
        JsonObject properties = new JsonObject();
        for (Field field : ContentItem.class.getDeclaredFields()) {
            for (FullTextField annotation : field.getAnnotationsByType(FullTextField.class)) {
                if (wanted.contains(annotation.name())) {
                    properties.add(annotation.name(), property(annotation));
                }
            }
        }
        if (!properties.keySet().equals(wanted)) {
            throw new IllegalStateException("the item maps the text fields " + properties.keySet()
                    + ", the scoring expects " + wanted);
        }
        return properties;
    }

    /** A full-text field's mapping as Hibernate Search's Elasticsearch backend writes it, and the similarity. */
    private static JsonObject property(FullTextField annotation) {
        JsonObject property = new JsonObject();
        property.addProperty("type", "text");
        property.addProperty("analyzer", annotation.analyzer());
        if (!annotation.searchAnalyzer().isEmpty()) {
            property.addProperty("search_analyzer", annotation.searchAnalyzer());
        }
        TermVector vectors = annotation.termVector();
        boolean fastVector = Arrays.stream(annotation.highlightable())
                .anyMatch(h -> h == Highlightable.ANY || h == Highlightable.FAST_VECTOR);
        if (vectors != TermVector.DEFAULT && vectors != TermVector.NO) {
            property.addProperty("term_vector", vectors.name().toLowerCase(Locale.ROOT));
        } else if (fastVector) {
            property.addProperty("term_vector", "with_positions_offsets");
        }
        property.addProperty("similarity", NAME);
        return property;
    }

    /**
     * The settings and mapping files for Hibernate Search, written to a fresh temporary folder (deleted at exit) and
     * given as {@code file:} addresses, which its resource lookup through Hibernate ORM opens as URLs.
     */
    static SchemaFiles written() {
        try {
            Path folder = Files.createTempDirectory("portal-opensearch-");
            Path settings = folder.resolve("settings.json");
            Path mapping = folder.resolve("mapping.json");
            JsonObject settingsFile = new JsonObject();
            settingsFile.add("similarity", settings());
            JsonObject mappingFile = new JsonObject();
            mappingFile.add("properties", textProperties());
            Files.writeString(settings, settingsFile.toString(), StandardCharsets.UTF_8);
            Files.writeString(mapping, mappingFile.toString(), StandardCharsets.UTF_8);
            for (Path path : new Path[] {folder, settings, mapping}) {
                path.toFile().deleteOnExit();
            }
            return new SchemaFiles(settings.toUri().toString(), mapping.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OpenSearch similarity files", e);
        }
    }

    /** Addresses of the settings and mapping files. */
    record SchemaFiles(String settings, String mapping) {
    }
}
