package vn.hungyen.khcn.portal.support;

import java.util.List;

/**
 * One page of every kind, for the tests that walk the whole UI (in process and in the browser): the plan's task 1.2
 * has sub-tasks, 4.2 a legal basis, 6.3 outputs; 21/KH-SKHCN is the plan as a legal entry; the last public address
 * is unknown. Paths relative to the portal's root, queries already encoded.
 */
public final class PortalPages {

    public static final List<String> PUBLIC = List.of("", "tim-kiem?q=nh%C3%A3n%20l%E1%BB%93ng", "ke-hoach",
            "ke-hoach/21-kh-skhcn", "ke-hoach/21-kh-skhcn?nhom=3&thang=1", "ke-hoach/21-kh-skhcn/nhiem-vu/1.2",
            "ke-hoach/21-kh-skhcn/nhiem-vu/4.2", "ke-hoach/21-kh-skhcn/nhiem-vu/6.3", "ke-hoach/tien-do",
            "ke-hoach/don-vi", "van-ban", "van-ban/60-2021-nd-cp", "van-ban/21-kh-skhcn", "ket-qua",
            "ket-qua/gio-tra-trai-trang", "ket-qua/moc-dai-tap", "dang-nhap", "khong-co-trang-nay");

    public static final List<String> EDITORS = List.of("bien-tap", "quan-tri/nhap-van-ban",
            "quan-tri/van-ban/tai-len", "ke-hoach/nhap", "quan-tri/xuat-ban", "quan-tri/nguoi-dung", "ket-qua/bien-tap");

    private PortalPages() {
    }
}
