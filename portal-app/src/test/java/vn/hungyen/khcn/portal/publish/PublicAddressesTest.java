package vn.hungyen.khcn.portal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * What a reader or a crawler gets over plain HTTP without signing in: unknown and draft addresses answer 404 (not the
 * login form), the sitemap lists the pages of published items and robots.txt points to it, and the API description
 * names the portal.
 */
class PublicAddressesTest extends PortalIntegrationTest {

    @Test
    void an_unknown_address_answers_404_to_a_reader_not_a_redirect_to_the_login_page() {
        for (String path : new String[] {"/khong-co-trang-nay", "/ket-qua/khong-ton-tai",
                "/ke-hoach/21-kh-skhcn/nhiem-vu/99.9"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
        }
    }

    @Test
    void an_editors_page_still_sends_a_reader_to_the_login_page() {
        HttpResponse<String> response = get("/bien-tap");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/dang-nhap");
    }

    @Test
    void the_sitemap_lists_published_pages_and_robots_points_to_it() {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(sitemap.body()).contains("<urlset", "/ke-hoach/21-kh-skhcn/nhiem-vu/4.2</loc>",
                "/van-ban/60-2021-nd-cp</loc>", "/ket-qua/gio-tra-trai-trang</loc>");
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Disallow: /bien-tap", "Disallow: /dang-nhap")
                .endsWith("sitemap.xml\n");
    }

    @Test
    void the_original_of_a_bundled_document_explains_why_there_is_no_file() {
        HttpResponse<String> response = get("/api/legal-documents/60-2021-nd-cp/original");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Cổng không lưu tệp gốc của văn bản 60/2021/NĐ-CP",
                "\"page\":\"/van-ban/60-2021-nd-cp\"");
        assertThat(get("/api/legal-documents/khong-co/original").statusCode()).isEqualTo(404);
    }

    @Test
    void the_api_description_names_the_portal_and_its_contact() {
        String api = get("/v3/api-docs").body();
        assertThat(api).contains("\"title\":\"Cổng tri thức KH&CN Hưng Yên — API dữ liệu mở\"",
                "Sở Khoa học và Công nghệ tỉnh Hưng Yên").doesNotContain("OpenAPI definition");
    }
}
