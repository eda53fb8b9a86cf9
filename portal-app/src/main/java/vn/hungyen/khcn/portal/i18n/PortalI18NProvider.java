package vn.hungyen.khcn.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for the UI, Vietnamese first and English second. Every module ships its own bundle under
 * {@code i18n/} ({@code i18n/core.properties} in Vietnamese, {@code i18n/core_en.properties} in English); this
 * provider finds all of them on the classpath, so a content module's strings arrive with the module.
 * A missing key shows as {@code !key!} and is logged, and a test keeps the bundles complete.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE_PATTERN = "classpath*:i18n/*.properties";

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundleNames;

    public PortalI18NProvider() {
        this.bundleNames = discoverBundles();
    }

    /** Base names ({@code i18n/core}, {@code i18n/plan}, …) of the bundles on the classpath. */
    static List<String> discoverBundles() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN)) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the i18n bundles", e);
        }
    }

    public List<String> bundleNames() {
        return bundleNames;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        for (String bundleName : bundleNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, effective, getClass().getClassLoader(), NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
            }
        }
        log.warn("Missing translation key '{}' for {}", key, locale);
        return "!" + key + "!";
    }

    /** Every key of the Vietnamese (base) bundles, for the completeness test. */
    List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (String bundleName : bundleNames) {
            try {
                keys.addAll(ResourceBundle.getBundle(bundleName, Locale.ROOT, getClass().getClassLoader(), NO_FALLBACK)
                        .keySet());
            } catch (MissingResourceException e) {
                throw new IllegalStateException("bundle " + bundleName + " cannot be read", e);
            }
        }
        return keys;
    }
}
