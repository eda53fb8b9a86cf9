package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around the UI: the Lumo theme from Vaadin's pre-compiled bundle, the portal's own layout rules
 * ({@code META-INF/resources/styles/portal.css}: phones, print), language and viewport.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(PortalShell.STYLESHEET)
@Meta(name = "description", content = "Cổng tri thức khoa học và công nghệ — Sở Khoa học và Công nghệ tỉnh Hưng Yên")
public class PortalShell implements AppShellConfigurator {

    /** The portal's stylesheet, served from {@code META-INF/resources} (public: security lets it through). */
    public static final String STYLESHEET = "styles/portal.css";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.setPageTitle("Cổng tri thức KH&CN");
    }
}
