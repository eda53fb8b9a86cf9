package vn.hungyen.khcn.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI string is translated: the Vietnamese and English bundles of each module have the same keys, and every
 * key the code names (in {@code getTranslation("…")}, {@code @Menu(title = "…")}, label keys) exists.
 */
class TranslationBundlesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:core|plan|legal|deliverables|search)\\.[a-z0-9.-]+)\"");

    @Test
    void vietnamese_and_english_bundles_have_the_same_keys() throws IOException {
        List<String> bundles = PortalI18NProvider.discoverBundles();
        assertThat(bundles).contains("i18n/core", "i18n/plan");
        for (String bundle : bundles) {
            Set<String> vi = load(bundle + ".properties").stringPropertyNames();
            Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(en).as("English keys of %s", bundle).containsExactlyInAnyOrderElementsOf(vi);
        }
    }

    @Test
    void vietnamese_strings_carry_diacritics_and_no_placeholder_text() throws IOException {
        Properties core = load("i18n/core.properties");
        assertThat(core.getProperty("core.portal.name")).isEqualTo("Cổng tri thức KH&CN Hưng Yên");
        assertThat(core.getProperty("core.menu.home")).isEqualTo("Trang chủ");
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        PortalI18NProvider provider = new PortalI18NProvider();
        Set<String> known = new HashSet<>(provider.allKeys());
        Set<String> used = new HashSet<>();
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys named in the code").hasSizeGreaterThan(50);
        assertThat(known).containsAll(used.stream().filter(k -> !k.endsWith(".")).toList());
    }

    @Test
    void a_missing_key_is_shown_marked_rather_than_hidden() {
        assertThat(new PortalI18NProvider().getTranslation("core.no-such-key", PortalI18NProvider.VIETNAMESE))
                .isEqualTo("!core.no-such-key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
