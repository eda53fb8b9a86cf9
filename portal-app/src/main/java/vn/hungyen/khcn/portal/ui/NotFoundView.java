package vn.hungyen.khcn.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Không tìm thấy trang": an unknown address, or an item readers may not see (a draft, an archived item, a task of
 * a draft plan — the views throw {@link NotFoundException}), answered with HTTP 404 inside the site's layout. The
 * page does not say which of the two it was, so a draft's existence is not given away.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "core.error.notfound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("core.error.notfound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
