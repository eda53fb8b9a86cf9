package vn.hungyen.khcn.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The UI language: Vietnamese unless the reader chose English (remembered in a cookie). The browser's own
 * language is deliberately not followed: the portal is Vietnamese first.
 */
@Component
public class LocaleChoice implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return PortalI18NProvider.VIETNAMESE;
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> "en".equals(c.getValue()) ? PortalI18NProvider.ENGLISH : PortalI18NProvider.VIETNAMESE)
                .orElse(PortalI18NProvider.VIETNAMESE);
    }

    /** Switches the current UI to the given language and remembers the choice. */
    public static void choose(UI ui, Locale locale) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    public static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
