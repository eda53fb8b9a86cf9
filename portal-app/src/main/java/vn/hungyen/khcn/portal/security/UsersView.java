package vn.hungyen.khcn.portal.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.spi.ReportingUnits;
import vn.hungyen.khcn.portal.security.PortalUsers.Account;

/**
 * Người dùng: admins list the accounts, create an editor, an admin or a reporter scoped to units, give an account a new password, and disable
 * an account. Both of the last end the account's open sessions.
 */
@Route("quan-tri/nguoi-dung")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, icon = "vaadin:users", title = "core.users.menu")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final PortalUsers users;
    private final Grid<Account> grid = new Grid<>();
    private final Span message = new Span();

    private final List<ReportingUnits.Unit> reportingUnits;

    public UsersView(PortalUsers users, ObjectProvider<ReportingUnits> reportingUnits) {
        this.users = users;
        this.reportingUnits = reportingUnits.stream().flatMap(r -> r.units().stream()).toList();
        setId("users");
        grid.setId("users-grid");
        grid.addColumn(Account::username).setHeader(getTranslation("core.users.username"));
        grid.addColumn(Account::displayName).setHeader(getTranslation("core.users.name"));
        grid.addColumn(a -> String.join(", ", a.roles().stream().sorted().map(this::roleName).toList()))
                .setHeader(getTranslation("core.users.roles"));
        grid.addColumn(a -> String.join(", ", a.units())).setHeader(getTranslation("core.users.units"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "core.users.enabled" : "core.users.disabled"))
                .setHeader(getTranslation("core.users.status"));
        grid.addComponentColumn(a -> {
            Button changePassword = new Button(getTranslation("core.users.change-password"), e -> changePassword(a));
            changePassword.setId("change-password-" + a.username());
            Button disable = new Button(getTranslation("core.users.disable"), e -> disable(a));
            disable.setEnabled(a.enabled());
            disable.setId("disable-" + a.username());
            return new HorizontalLayout(changePassword, disable);
        }).setKey("actions");
        message.setId("users-message");
        add(new H1(getTranslation("core.users.title")), form(), message, grid);
        refresh();
    }

    private HorizontalLayout form() {
        TextField username = new TextField(getTranslation("core.users.username"));
        username.setId("new-username");
        TextField name = new TextField(getTranslation("core.users.name"));
        name.setId("new-name");
        PasswordField password = new PasswordField(getTranslation("core.users.password"));
        password.setId("new-password");
        ComboBox<String> role = new ComboBox<>(getTranslation("core.users.role"), Roles.EDITOR, Roles.ADMIN,
                Roles.REPORTER);
        role.setId("new-role");
        role.setItemLabelGenerator(this::roleName);
        role.setValue(Roles.EDITOR);
        // A reporter reports for the units chosen here (the plan's units), and only for them.
        MultiSelectComboBox<ReportingUnits.Unit> units = new MultiSelectComboBox<>(getTranslation("core.users.units"));
        units.setId("new-units");
        units.setItems(reportingUnits);
        units.setItemLabelGenerator(ReportingUnits.Unit::name);
        units.setVisible(false);
        role.addValueChangeListener(e -> units.setVisible(Roles.REPORTER.equals(e.getValue())));
        Button create = new Button(getTranslation("core.users.create"), e -> {
            try {
                // An admin also edits: the admin role never comes without the editor's.
                Set<String> roles = switch (role.getValue() == null ? Roles.EDITOR : role.getValue()) {
                    case Roles.ADMIN -> Set.of(Roles.ADMIN, Roles.EDITOR);
                    case Roles.REPORTER -> Set.of(Roles.REPORTER);
                    default -> Set.of(Roles.EDITOR);
                };
                Set<String> scope = roles.contains(Roles.REPORTER)
                        ? units.getValue().stream().map(ReportingUnits.Unit::slug).collect(Collectors.toSet())
                        : Set.of();
                users.create(username.getValue(), password.getValue(),
                        name.getValue().isBlank() ? username.getValue() : name.getValue(), roles, scope);
                message.setText(getTranslation("core.users.created", username.getValue()));
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (IllegalArgumentException ex) {
                message.setText(getTranslation("core.users.invalid", PortalUsers.MIN_PASSWORD_LENGTH));
            }
        });
        create.setId("create-user");
        HorizontalLayout form = new HorizontalLayout(username, name, password, role, units, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void changePassword(Account account) {
        Dialog dialog = new Dialog(getTranslation("core.users.new-password", account.username()));
        dialog.setId("password-dialog");
        PasswordField password = new PasswordField(getTranslation("core.users.password"));
        password.setId("changed-password");
        password.setWidthFull();
        Button save = new Button(getTranslation("core.users.save-password"), e -> {
            try {
                users.changePassword(account.username(), password.getValue());
                message.setText(getTranslation("core.users.password-changed", account.username()));
                dialog.close();
            } catch (IllegalArgumentException ex) {
                password.setErrorMessage(getTranslation("core.users.password-invalid", PortalUsers.MIN_PASSWORD_LENGTH));
                password.setInvalid(true);
            }
        });
        save.setId("save-password");
        Button cancel = new Button(getTranslation("core.users.cancel"), e -> dialog.close());
        dialog.add(password);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void disable(Account account) {
        users.disable(account.username());
        message.setText(getTranslation("core.users.disabled-done", account.username()));
        refresh();
    }

    private void refresh() {
        grid.setItems(users.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("core.users.title");
    }

    /** A role by its name in the bundles ("Biên tập viên"), never the code Spring Security checks. */
    private String roleName(String role) {
        return getTranslation("core.users.role." + role.toLowerCase(java.util.Locale.ROOT));
    }
}
