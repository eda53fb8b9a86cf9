package vn.hungyen.khcn.portal.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.content.service.ContentRegistry;
import vn.hungyen.khcn.content.spi.ContentTypeDescriptor;
import vn.hungyen.khcn.index.search.SearchTypeAliases;

/**
 * Lets readers name a content type in a query by its display name: {@code loai:nhiem-vu} (Vietnamese) or
 * {@code loai:task} (English) for {@code plan-task}, besides the code itself. Names are compared as slugs.
 */
@Component
class ContentTypeNames implements SearchTypeAliases {

    private final ContentRegistry registry;
    private final PortalI18NProvider i18n;
    private volatile Map<String, String> codes;

    ContentTypeNames(ContentRegistry registry, PortalI18NProvider i18n) {
        this.registry = registry;
        this.i18n = i18n;
    }

    @Override
    public Optional<String> typeCode(String typed) {
        if (typed.isBlank() || !typed.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return Optional.ofNullable(codes().get(Slugs.of(typed)));
    }

    private Map<String, String> codes() {
        Map<String, String> result = codes;
        if (result == null) {
            result = new HashMap<>();
            for (ContentTypeDescriptor type : registry.contentTypes()) {
                for (var locale : i18n.getProvidedLocales()) {
                    result.putIfAbsent(Slugs.of(i18n.getTranslation(type.labelKey(), locale)), type.code());
                }
            }
            for (ContentTypeDescriptor type : registry.contentTypes()) {
                result.put(type.code(), type.code());
            }
            codes = Map.copyOf(result);
        }
        return result;
    }
}
