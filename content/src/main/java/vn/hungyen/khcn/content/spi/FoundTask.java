package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Nhiệm vụ: one numbered task (or group of tasks) a document assigns, as read.
 *
 * @param code              the task's code in the document, unique in it, e.g. {@code 2}, {@code I.3}, {@code 1.2.1}
 * @param parentCode        the enclosing group's or task's code; {@code null} at the top
 * @param title             what is to be done
 * @param leadUnits         cơ quan chủ trì, each a unit's canonical name
 * @param coordinatingUnits cơ quan phối hợp, each a unit's canonical name (catch-alls such as "các cơ quan, đơn
 *                          vị, địa phương" are not units and are left out)
 * @param deadline          thời hạn
 * @param outputs           sản phẩm / kết quả / hình thức văn bản
 * @param kpis              chỉ tiêu as printed
 * @param group             whether this is a heading that only groups tasks (I, II …) rather than a task itself
 * @param sourceLine        1-based line in {@link ReadDocument#text()}
 */
public record FoundTask(String code, @Nullable String parentCode, String title, List<String> leadUnits,
        List<String> coordinatingUnits, Deadline deadline, List<String> outputs, List<String> kpis, boolean group,
        int sourceLine) {

    public FoundTask {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        leadUnits = List.copyOf(leadUnits);
        coordinatingUnits = List.copyOf(coordinatingUnits);
        Objects.requireNonNull(deadline, "deadline");
        outputs = List.copyOf(outputs);
        kpis = List.copyOf(kpis);
    }
}
