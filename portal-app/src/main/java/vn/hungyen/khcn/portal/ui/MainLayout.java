package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;
import java.util.Map;
import vn.hungyen.khcn.portal.i18n.LocaleChoice;
import vn.hungyen.khcn.portal.i18n.PortalI18NProvider;

/**
 * The shell of every page: the portal's name, the search field, the language choice and a side menu built
 * from the registered views ({@code @Menu}), so a content module's views appear here without an edit.
 */
@AnonymousAllowed
@Layout
public class MainLayout extends AppLayout {

    /** The search page's address, for the pages outside this package that point readers to it. */
    public static final String SEARCH_ROUTE = SearchLocation.ROUTE;

    private final AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), sideNav(), drawerExtras());
    }

    private HorizontalLayout header() {
        TextField search = new TextField();
        search.setId("header-search");
        search.setPlaceholder(getTranslation("core.search.placeholder"));
        search.setAriaLabel(getTranslation("core.search.placeholder"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setMaxLength(SearchView.MAX_QUERY_LENGTH);
        search.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate(SearchView.class,
                QueryParameters.simple(Map.of(SearchView.PARAM_QUERY, search.getValue()))));
        search.addClassName("header-search");

        HorizontalLayout extras = new HorizontalLayout(language("language"), account("login-link", "logout"));
        extras.addClassName("header-extras");
        extras.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout header = new HorizontalLayout(search, extras);
        header.addClassName("portal-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        header.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        return header;
    }

    /** On a phone the header keeps only the search field: the language and the account are in the menu instead. */
    private Div drawerExtras() {
        Div extras = new Div(language("language-menu"), account("login-link-menu", "logout-menu"));
        extras.addClassName("drawer-extras");
        return extras;
    }

    private Select<Locale> language(String id) {
        Select<Locale> language = new Select<>();
        language.setId(id);
        language.setAriaLabel(getTranslation("core.language"));
        language.setItems(PortalI18NProvider.VIETNAMESE, PortalI18NProvider.ENGLISH);
        language.setItemLabelGenerator(l -> LocaleChoice.isEnglish(l) ? "English" : "Tiếng Việt");
        language.setValue(LocaleChoice.isEnglish(getLocale()) ? PortalI18NProvider.ENGLISH : PortalI18NProvider.VIETNAMESE);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LocaleChoice.choose(UI.getCurrent(), e.getValue());
            }
        });
        language.setWidth("9rem");
        return language;
    }

    /** Sign-in link for readers; the user's name and a sign-out button for editors. */
    private com.vaadin.flow.component.Component account(String loginId, String logoutId) {
        return authentication.getPrincipalName().<com.vaadin.flow.component.Component>map(name -> {
            Button logout = new Button(getTranslation("core.logout"), e -> authentication.logout());
            logout.setId(logoutId);
            HorizontalLayout user = new HorizontalLayout(new Span(name), logout);
            user.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            return user;
        }).orElseGet(() -> {
            Anchor login = new Anchor(LoginView.ROUTE, getTranslation("core.login.link"));
            login.setId(loginId);
            return login;
        });
    }

    private Anchor brand() {
        Span name = new Span(getTranslation("core.portal.name"));
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Anchor brand = new Anchor("", name);
        brand.setId("brand");
        brand.getStyle().set("display", "block").set("padding", "var(--lumo-space-m)")
                .set("text-decoration", "none").set("color", "inherit");
        return brand;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
