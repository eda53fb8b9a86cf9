package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;

/** Thêm loại kết quả: a code and its Vietnamese and English names; then the other forms offer it. */
class KindForm extends Div {

    private final TextField code = new TextField();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final EditOutcome outcome = new EditOutcome("kind-message");

    KindForm(DeliverableEditing editing, Runnable changed) {
        setId("kind-form");
        code.setId("kind-code");
        code.setLabel(getTranslation("deliverables.edit.kind.code"));
        code.setHelperText(getTranslation("deliverables.edit.kind.code.help"));
        nameVi.setId("kind-name-vi");
        nameVi.setLabel(getTranslation("deliverables.edit.kind.name-vi"));
        nameEn.setId("kind-name-en");
        nameEn.setLabel(getTranslation("deliverables.edit.kind.name-en"));
        Button add = new Button(getTranslation("deliverables.edit.kind.add"), e -> {
            boolean saved = outcome.attempt(() -> {
                editing.addKind(code.getValue(), nameVi.getValue(), nameEn.getValue());
                return getTranslation("deliverables.edit.kind.done", nameVi.getValue().strip(), code.getValue().strip());
            });
            if (saved) {
                code.clear();
                nameVi.clear();
                nameEn.clear();
                changed.run();
            }
        });
        add.setId("kind-add");
        add(new H2(getTranslation("deliverables.edit.kind.title")),
                new Paragraph(getTranslation("deliverables.edit.kind.intro")),
                new HorizontalLayout(code, nameVi, nameEn), add, outcome);
    }
}
