package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML page around the UI: the Lumo theme from Vaadin's pre-compiled bundle, language and viewport. */
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "description", content = "Cổng tri thức khoa học và công nghệ — Sở Khoa học và Công nghệ tỉnh Hưng Yên")
public class PortalShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.setPageTitle("Cổng tri thức KH&CN");
    }
}
