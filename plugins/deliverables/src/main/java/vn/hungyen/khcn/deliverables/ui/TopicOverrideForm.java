package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.hungyen.khcn.deliverables.extraction.TopicRule;
import vn.hungyen.khcn.deliverables.service.DeliverableCatalog;
import vn.hungyen.khcn.deliverables.service.DeliverableEditing;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableCard;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.DeliverableDetail;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.KindView;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicView;

/**
 * Chọn lại lĩnh vực: pick a deliverable, see its topics and the rule (or editor's note) behind each, choose others
 * with a note saying why — or give the choice back to the rules.
 */
class TopicOverrideForm extends Div {

    private final DeliverableCatalog catalog;
    private final ComboBox<String> deliverable = new ComboBox<>();
    private final UnorderedList current = new UnorderedList();
    private final Paragraph chosenBy = new Paragraph();
    private final MultiSelectComboBox<String> topics;
    private final TextField note = new TextField();
    private final Button restore;
    private final EditOutcome outcome = new EditOutcome("override-message");
    private Map<String, DeliverableCard> cards = Map.of();

    TopicOverrideForm(DeliverableCatalog catalog, DeliverableEditing editing, Runnable changed) {
        this.catalog = catalog;
        setId("override-form");
        boolean english = getLocale().getLanguage().equals("en");
        deliverable.setId("override-deliverable");
        deliverable.setLabel(getTranslation("deliverables.edit.override.deliverable"));
        deliverable.setWidthFull();
        deliverable.setItemLabelGenerator(slug -> cards.containsKey(slug) ? cards.get(slug).title() : slug);
        deliverable.addValueChangeListener(e -> showCurrent());
        current.setId("override-current");
        chosenBy.setId("override-chosen-by");
        topics = TopicChoices.field("override-topics", getTranslation("deliverables.edit.override.topics"),
                catalog.topicTree(), english);
        note.setId("override-note");
        note.setLabel(getTranslation("deliverables.edit.note"));
        note.setHelperText(getTranslation("deliverables.edit.note.help"));
        note.setWidthFull();
        Button save = new Button(getTranslation("deliverables.edit.override.save"), e -> change(() -> {
            editing.overrideTopics(selected(), List.copyOf(topics.getValue()), note.getValue());
            return getTranslation("deliverables.edit.override.done", cards.get(selected()).title());
        }, changed));
        save.setId("override-save");
        restore = new Button(getTranslation("deliverables.edit.override.restore"), e -> change(() -> {
            editing.restoreRuleTopics(selected());
            return getTranslation("deliverables.edit.override.restored", cards.get(selected()).title());
        }, changed));
        restore.setId("override-restore");
        restore.setEnabled(false);
        add(new H2(getTranslation("deliverables.edit.override.title")), deliverable,
                new Paragraph(getTranslation("deliverables.edit.override.current")), current, chosenBy, topics, note,
                new HorizontalLayout(save, restore), outcome);
        reload();
    }

    /** Reads the deliverables again (after any change), keeping the one chosen. */
    void reload() {
        String chosen = deliverable.getValue();
        cards = catalog.all().stream().collect(Collectors.toMap(DeliverableCard::slug, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        deliverable.setItems(List.copyOf(cards.keySet()));
        deliverable.setValue(chosen != null && cards.containsKey(chosen) ? chosen : null);
        showCurrent();
    }

    private void change(Supplier<String> edit, Runnable changed) {
        if (deliverable.getValue() == null) {
            outcome.error(getTranslation("deliverables.edit.error.deliverable-missing"));
            return;
        }
        if (outcome.attempt(edit)) {
            note.clear();
            reload();
            changed.run();
        }
    }

    /** Why a topic was chosen, in words: the editor's note, the phrase of the name or the kind; never a file's line. */
    private String ruleInWords(String stored, KindView kind, boolean english) {
        return TopicRule.read(stored).map(rule -> rule.editorNote() != null
                ? getTranslation("deliverables.page.topics.rule.editor", rule.editorNote())
                : rule.phrase() != null ? getTranslation("deliverables.page.topics.rule.phrase", rule.phrase())
                : Objects.equals(rule.kind(), kind.code())
                        ? getTranslation("deliverables.page.topics.rule.kind", kind.name(english))
                        : getTranslation("deliverables.page.topics.automatic"))
                .orElseGet(() -> getTranslation("deliverables.page.topics.automatic"));
    }

    private String selected() {
        return deliverable.getValue();
    }

    private void showCurrent() {
        current.removeAll();
        chosenBy.setText("");
        String slug = deliverable.getValue();
        DeliverableDetail detail = slug == null ? null : catalog.deliverable(slug).orElse(null);
        restore.setEnabled(detail != null && detail.topicsByEditor());
        if (detail == null) {
            topics.clear();
            return;
        }
        boolean english = getLocale().getLanguage().equals("en");
        for (TopicView t : detail.card().topics()) {
            ListItem item = new ListItem(t.code() + " " + t.name(english)
                    + (t.rule() == null ? "" : " — " + ruleInWords(t.rule(), detail.card().kind(), english)));
            item.addClassName("topic");
            item.getElement().setAttribute("data-code", t.code());
            current.add(item);
        }
        chosenBy.setText(getTranslation(detail.topicsByEditor() ? "deliverables.edit.override.by-editor"
                : "deliverables.edit.override.by-rules"));
        topics.setValue(new LinkedHashSet<>(detail.card().topics().stream().map(TopicView::code).toList()));
    }
}
