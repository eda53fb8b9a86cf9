package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.khcn.content.intake.vietnamese.OcrCorrection;
import vn.hungyen.khcn.content.intake.vietnamese.Syllables;

/**
 * Character error rate of the intake's OCR on pages rendered here from known text — the head of plan 21/KH-SKHCN and
 * Article 3–4 of the Law on Science and Technology 2013 — at 200 and 300 dpi, with speckle noise and a skew, before
 * and after the Vietnamese correction. The rates are printed ({@code [ocr] …}) for the README.
 */
@ExtendWith(OcrAvailable.class)
class OcrAccuracyTest {

    @TempDir
    Path work;

    private final Tesseract tesseract = new Tesseract(OcrSettings.defaults());
    private final OcrCorrection correction = new OcrCorrection(Syllables.bundled());

    @ParameterizedTest(name = "{0} at {1} dpi, skew {2}°")
    @CsvSource({"plan-page.txt, 300, 1.5", "law-page.txt, 200, -1.0"})
    void recognises_a_noisy_skewed_page_with_few_errors_and_the_correction_lowers_them(String page, int dpi,
            double skew) throws Exception {
        String expected = resource(page);
        List<BufferedImage> images = PrintedPages.render(expected, new PrintedPages.Scan(dpi, skew, 0.01, 7));
        assertThat(images).hasSize(1);
        BufferedImage straight = Deskew.straighten(images.getFirst());
        assertThat(Deskew.angle(straight)).isBetween(-0.3, 0.3);

        String read = new Tesseract(new OcrSettings("tesseract", "vie", dpi, OcrSettings.defaults().pageTimeout(),
                60, 1, 1, OcrSettings.defaults().apiWait(), OcrSettings.defaults().keep()))
                .recognize(straight, work, page).text();
        OcrCorrection.Result corrected = correction.correct(read);
        double before = PrintedPages.characterErrorRate(expected, read);
        double after = PrintedPages.characterErrorRate(expected, corrected.text());
        System.out.printf("[ocr] %s at %d dpi, skew %.1f°, noise 1%%: CER %.2f %% before correction, %.2f %% after "
                + "(%d words corrected)%n", page, dpi, skew, 100 * before, 100 * after, corrected.changes().size());
        assertThat(after).isLessThanOrEqualTo(before);
        assertThat(after).isLessThan(0.02);
    }

    @Test
    void finds_the_skew_of_a_page_and_straightens_it() {
        BufferedImage skewed = PrintedPages.render("Điều 4. Nhiệm vụ của hoạt động khoa học và công nghệ\n".repeat(20),
                new PrintedPages.Scan(100, 2.0, 0, 1)).getFirst();
        assertThat(Deskew.angle(skewed)).isBetween(1.7, 2.3);
        assertThat(Deskew.angle(Deskew.straighten(skewed))).isBetween(-0.3, 0.3);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = OcrAccuracyTest.class.getResourceAsStream("/intake/ocr/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
