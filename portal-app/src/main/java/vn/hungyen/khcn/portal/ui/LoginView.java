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

/** Đăng nhập: where editors and admins sign in; readers never need to. */
@Route(value = "dang-nhap", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setId("login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("dang-nhap");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(new H1(getTranslation("core.portal.name")), login);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("core.login.title"));
        form.setUsername(getTranslation("core.login.username"));
        form.setPassword(getTranslation("core.login.password"));
        form.setSubmit(getTranslation("core.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("core.login.error.title"));
        error.setMessage(getTranslation("core.login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.login.title");
    }
}
