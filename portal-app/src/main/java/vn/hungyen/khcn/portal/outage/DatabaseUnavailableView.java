package vn.hungyen.khcn.portal.outage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hungyen.khcn.portal.ui.MainLayout;
import vn.hungyen.khcn.portal.ui.SearchView;

/**
 * The page a reader gets while the database does not answer, instead of Vaadin's stack trace page: what happened
 * in plain words and a link to search, which keeps working from the index. Vaadin chooses it for any navigation that
 * fails with Hibernate's {@link JDBCConnectionException} anywhere in the cause chain — which is where a pool time-out
 * and a lost connection both end up.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class DatabaseUnavailableView extends VerticalLayout implements HasErrorParameter<JDBCConnectionException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableView.class);

    public DatabaseUnavailableView() {
        setId("database-unavailable");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<JDBCConnectionException> parameter) {
        log.warn("Database unavailable for /{}: {}", event.getLocation().getPath(),
                DatabaseOutageAdvice.rootMessage(parameter.getException()));
        removeAll();
        add(new H1(getTranslation("core.database-unavailable.title")),
                new Paragraph(getTranslation("core.database-unavailable.text")),
                new Anchor(RouteConfiguration.forSessionScope().getUrl(SearchView.class),
                        getTranslation("core.database-unavailable.search")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
