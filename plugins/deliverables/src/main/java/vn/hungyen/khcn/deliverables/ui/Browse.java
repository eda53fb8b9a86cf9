package vn.hungyen.khcn.deliverables.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.hungyen.khcn.deliverables.DeliverablesModule;

/** The browse page's URL parameters, in one place: {@code ket-qua?linh-vuc=405}, {@code ?loai=…}, {@code ?dia-ban=…}. */
final class Browse {

    static final String TOPIC = "linh-vuc";
    static final String KIND = "loai";
    static final String LOCALITY = "dia-ban";

    private Browse() {
    }

    static String href(String param, String value) {
        return DeliverablesModule.ROUTE_ROOT + "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
