package vn.hungyen.khcn.portal.publish;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.web.Html;
import vn.hungyen.khcn.portal.i18n.PortalI18NProvider;

/**
 * The exported site's templates ({@code classpath:export/*.mustache}): Mustache with HTML escaping on for every
 * {@code {{value}}}, and {@code {{#t}}key{{/t}}} for a word from the same bundles as the live UI, in Vietnamese.
 * A name a template uses but the model lacks fails the export rather than printing nothing.
 */
@Component
class SiteTemplates {

    static final String FOLDER = "export/";

    private final PortalI18NProvider i18n;
    private final Mustache.Compiler compiler;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    SiteTemplates(PortalI18NProvider i18n) {
        this.i18n = i18n;
        this.compiler = Mustache.compiler().escapeHTML(true).nullValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .withLoader(name -> reader(name + ".mustache"));
    }

    /** Renders {@code export/<name>.mustache} with the model and the words lambda {@code t}. */
    String render(String name, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("t", (Mustache.Lambda) (fragment, out) -> out.write(Html.escape(word(fragment.execute().strip()))));
        return compiled.computeIfAbsent(name, n -> compiler.compile(reader(n + ".mustache"))).execute(context);
    }

    /** A word from the bundles, in Vietnamese. */
    String word(String key, Object... args) {
        return i18n.getTranslation(key, PortalI18NProvider.VIETNAMESE, args);
    }

    /** A file shipped with the templates (the style sheet, the search script), as it is. */
    static byte[] asset(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }

    private static InputStream resource(String name) {
        InputStream in = SiteTemplates.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("the export template or asset " + FOLDER + name + " is missing");
        }
        return in;
    }
}
