package vn.hungyen.khcn.portal.publish;

import java.util.List;
import vn.hungyen.khcn.content.web.Html;

/** A sitemaps.org {@code urlset} of absolute addresses: the live portal's and the exported site's. */
final class Sitemap {

    private Sitemap() {
    }

    static String render(List<String> urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.forEach(url -> xml.append("  <url><loc>").append(Html.escape(url)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
