package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.khcn.deliverables.DeliverablesModule;
import vn.hungyen.khcn.deliverables.domain.HandoverStatus;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.KindCount;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TaskCoverage;

/**
 * Bổ sung kết quả chưa nêu tên: a task that states more results than it names ("21 đề tài, dự án", 19 named), and
 * one of the others — title, kind, status, year, topics and where the editor read it.
 */
class UnnamedDeliverableForm extends Div {

    private final DeliverableCatalog catalog;
    private final ComboBox<String> task = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<HandoverStatus> status = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final MultiSelectComboBox<String> topics;
    private final TextField note = new TextField();
    private final EditOutcome outcome = new EditOutcome("add-message");
    private final Div added = new Div();
    private Map<String, String> taskLabels = Map.of();
    private Map<String, String> taskCodes = Map.of();
    private Map<String, String> kindLabels = Map.of();

    UnnamedDeliverableForm(DeliverableCatalog catalog, DeliverableEditing editing, Runnable changed) {
        this.catalog = catalog;
        setId("add-form");
        boolean english = getLocale().getLanguage().equals("en");
        task.setId("add-task");
        task.setLabel(getTranslation("deliverables.edit.add.task"));
        task.setItemLabelGenerator(slug -> taskLabels.getOrDefault(slug, slug));
        task.setWidthFull();
        title.setId("add-title");
        title.setLabel(getTranslation("deliverables.edit.add.name"));
        title.setWidthFull();
        kind.setId("add-kind");
        kind.setLabel(getTranslation("deliverables.edit.add.kind"));
        kind.setItemLabelGenerator(code -> kindLabels.getOrDefault(code, code));
        status.setId("add-status");
        status.setLabel(getTranslation("deliverables.edit.add.status"));
        status.setItems(Arrays.asList(HandoverStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("deliverables.status." + s));
        status.setClearButtonVisible(true);
        year.setId("add-year");
        year.setLabel(getTranslation("deliverables.edit.add.year"));
        topics = TopicChoices.field("add-topics", getTranslation("deliverables.edit.add.topics"), catalog.topicTree(),
                english);
        note.setId("add-note");
        note.setLabel(getTranslation("deliverables.edit.note"));
        note.setHelperText(getTranslation("deliverables.edit.note.help"));
        note.setWidthFull();
        added.setId("add-added");
        Button save = new Button(getTranslation("deliverables.edit.add.save"), e -> save(editing, changed));
        save.setId("add-save");
        add(new H2(getTranslation("deliverables.edit.add.title")),
                new Paragraph(getTranslation("deliverables.edit.add.intro")), task, title,
                new HorizontalLayout(kind, status, year), topics, note, save, outcome, added);
        reload();
    }

    /** Reads the tasks and kinds again: a task may now name all it states, an editor may have added a kind. */
    void reload() {
        boolean english = getLocale().getLanguage().equals("en");
        Map<String, String> tasks = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        for (TaskCoverage c : catalog.coverage()) {
            if (c.hasUnnamed()) {
                tasks.put(c.slug(), getTranslation("deliverables.edit.add.task.option", c.code(), c.title(),
                        c.stated() - c.named()));
                codes.put(c.slug(), c.code());
            }
        }
        taskLabels = tasks;
        taskCodes = codes;
        String chosenTask = task.getValue();
        task.setItems(List.copyOf(tasks.keySet()));
        task.setValue(chosenTask != null && tasks.containsKey(chosenTask) ? chosenTask : null);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (KindCount k : catalog.kinds()) {
            kinds.put(k.kind().code(), k.kind().name(english));
        }
        kindLabels = kinds;
        String chosenKind = kind.getValue();
        kind.setItems(List.copyOf(kinds.keySet()));
        kind.setValue(chosenKind != null && kinds.containsKey(chosenKind) ? chosenKind : null);
    }

    private void save(DeliverableEditing editing, Runnable changed) {
        added.removeAll();
        if (task.getValue() == null) {
            outcome.error(getTranslation("deliverables.edit.error.task-missing"));
            return;
        }
        if (year.isInvalid()) {
            outcome.error(getTranslation("deliverables.edit.error.year-unreadable"));
            return;
        }
        String[] slug = new String[1];
        String taskCode = taskCodes.getOrDefault(task.getValue(), "");
        boolean saved = outcome.attempt(() -> {
            slug[0] = editing.addDeliverable(task.getValue(), title.getValue(), kind.getValue() == null ? ""
                    : kind.getValue(), status.getValue(), year.getValue(), List.copyOf(topics.getValue()), note.getValue());
            return getTranslation("deliverables.edit.add.done", title.getValue().strip(), taskCode);
        });
        if (saved) {
            Anchor page = new Anchor(DeliverablesModule.deliverablePath(slug[0]),
                    getTranslation("deliverables.edit.add.open"));
            page.setId("add-link");
            added.add(page);
            title.clear();
            topics.clear();
            note.clear();
            changed.run();
        }
    }
}
