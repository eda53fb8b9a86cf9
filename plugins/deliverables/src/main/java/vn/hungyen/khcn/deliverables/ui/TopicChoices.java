package vn.hungyen.khcn.deliverables.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.khcn.deliverables.service.DeliverableViews.TopicNode;

/** The S&T field classification as choices: each field, then its sectors, labelled "405 Thủy sản". */
final class TopicChoices {

    private TopicChoices() {
    }

    static MultiSelectComboBox<String> field(String id, String label, List<TopicNode> tree, boolean english) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (TopicNode field : tree) {
            labels.put(field.code(), field.code() + " " + field.name(english));
            field.children().forEach(s -> labels.put(s.code(), s.code() + " " + s.name(english)));
        }
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setId(id);
        box.setItems(List.copyOf(labels.keySet()));
        box.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        box.setWidthFull();
        return box;
    }
}
