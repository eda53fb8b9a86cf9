package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Đăng nhập: where editors and admins sign in; readers never need to. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The login page, and where its form posts to. */
    public static final String ROUTE = "dang-nhap";
    /** Query parameter of a refused sign-in: minutes until the account or address may try again. */
    public static final String LOCKED_MINUTES = "tam-khoa";

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setId("login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction(ROUTE);
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));
        add(new H1(getTranslation("core.portal.name")), login);
    }

    private LoginI18n i18n(@Nullable String lockedMinutes) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("core.login.title"));
        form.setUsername(getTranslation("core.login.username"));
        form.setPassword(getTranslation("core.login.password"));
        form.setSubmit(getTranslation("core.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (lockedMinutes == null) {
            error.setTitle(getTranslation("core.login.error.title"));
            error.setMessage(getTranslation("core.login.error.message"));
        } else {
            error.setTitle(getTranslation("core.login.locked.title"));
            error.setMessage(getTranslation("core.login.locked.message", lockedMinutes));
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String lockedMinutes = query.getOrDefault(LOCKED_MINUTES, List.of()).stream()
                .filter(m -> m.matches("[1-9][0-9]{0,3}")).findFirst().orElse(null);
        login.setI18n(i18n(lockedMinutes));
        login.setError(query.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.login.title");
    }
}
