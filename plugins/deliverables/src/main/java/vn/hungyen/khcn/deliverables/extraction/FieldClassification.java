package vn.hungyen.khcn.deliverables.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bảng phân loại lĩnh vực nghiên cứu KH&CN: the 6 fields and their sectors, read from
 * {@code deliverables/linh-vuc-khcn.tsv}. A sector whose parent is unknown is refused at load.
 */
public final class FieldClassification {

    static final String RESOURCE = "deliverables/linh-vuc-khcn.tsv";

    private final Map<String, Field> byCode;
    private final List<Field> ordered;

    FieldClassification(List<Field> fields) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (Field f : fields) {
            if (map.putIfAbsent(f.code(), f) != null) {
                throw new IllegalStateException("field code " + f.code() + " appears twice");
            }
            if (f.parentCode() != null && !map.containsKey(f.parentCode())) {
                throw new IllegalStateException("sector " + f.code() + " names an unknown field " + f.parentCode());
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** The bundled classification, read once: it is immutable data. */
    public static FieldClassification shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final FieldClassification INSTANCE = load();
    }

    public static FieldClassification load() {
        List<Field> fields = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(RESOURCE, 4)) {
            String parent = row.cell(1);
            fields.add(new Field(row.cell(0), parent.isEmpty() ? null : parent, row.cell(2), row.cell(3)));
        }
        return new FieldClassification(fields);
    }

    public Optional<Field> field(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Field require(String code) {
        return field(code).orElseThrow(() -> new IllegalArgumentException("no S&T field or sector '" + code + "'"));
    }

    /** The 6 fields (cấp 1), in the table's order. */
    public List<Field> fields() {
        return ordered.stream().filter(Field::isTopLevel).toList();
    }

    /** The sectors (cấp 2) of a field, in the table's order. */
    public List<Field> sectorsOf(String fieldCode) {
        return ordered.stream().filter(f -> fieldCode.equals(f.parentCode())).toList();
    }

    /** Every entry, fields and sectors. */
    public List<Field> all() {
        return ordered;
    }

    /** Whether {@code code} is {@code ancestor} itself or one of its sectors. */
    public boolean isWithin(String code, String ancestor) {
        for (Field f = byCode.get(code); f != null; f = f.parentCode() == null ? null : byCode.get(f.parentCode())) {
            if (f.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
