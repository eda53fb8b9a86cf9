package vn.hungyen.khcn.portal.publish;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where readers reach this live portal ({@code portal.public-url}, e.g. {@code https://tritue.sokhcn.hungyen.gov.vn/}):
 * the base of every absolute link the portal writes for another program — the live feed, the OpenAPI description.
 * Never taken from the request: its {@code Host} header is whatever the client chose to send.
 */
@Component
class PublicUrl {

    private final String base;

    PublicUrl(@Value("${portal.public-url}") String configured) {
        URI uri;
        try {
            uri = new URI(configured.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("portal.public-url is not an address: " + configured, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "portal.public-url must be an http(s) address without query, e.g. https://portal.example/, was "
                            + configured);
        }
        String text = uri.toString();
        this.base = text.endsWith("/") ? text : text + "/";
    }

    /** The address with a final slash, e.g. {@code https://tritue.sokhcn.hungyen.gov.vn/}. */
    String base() {
        return base;
    }

    /** The address without the final slash, as OpenAPI's server URL wants it. */
    String server() {
        return base.substring(0, base.length() - 1);
    }
}
