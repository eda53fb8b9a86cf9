package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Không có quyền truy cập": a signed-in user opened a page their role does not allow (an editor at the accounts
 * page); HTTP 403 inside the site's layout, in place of Vaadin's and Spring's English error pages. Readers who are not
 * signed in are sent to the login page instead, by the navigation access control.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "core.error.denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("core.error.denied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
