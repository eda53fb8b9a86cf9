package vn.hungyen.khcn.content.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Nhận dạng chữ: how scans are read.
 *
 * @param command     the Tesseract program (Debian: {@code tesseract} from {@code tesseract-ocr})
 * @param language    its language model ({@code vie} from {@code tesseract-ocr-vie})
 * @param dpi         the resolution a PDF page is rendered at for recognition
 * @param pageTimeout how long the recognition of one page may take before Tesseract is stopped
 * @param maxPages    the most pages one scan may have
 * @param parallel    how many scans are read at the same time; more wait in the queue
 * @param queue       how many scans may wait before "busy" is answered
 * @param apiWait     how long {@code POST /api/documents} waits for a scan before answering 202 with a link to poll
 * @param keep        how long a read scan waits for the editor to save it before it is dropped
 */
@ConfigurationProperties("portal.ocr")
public record OcrSettings(@DefaultValue("tesseract") String command, @DefaultValue("vie") String language,
        @DefaultValue("300") int dpi, @DefaultValue("90s") Duration pageTimeout, @DefaultValue("60") int maxPages,
        @DefaultValue("1") int parallel, @DefaultValue("8") int queue, @DefaultValue("20s") Duration apiWait,
        @DefaultValue("2h") Duration keep) {

    public OcrSettings {
        if (command.isBlank() || language.isBlank() || dpi < 72 || dpi > 600 || pageTimeout.isNegative()
                || pageTimeout.isZero() || maxPages <= 0 || parallel <= 0 || queue < 0 || apiWait.isNegative()
                || keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("portal.ocr.* settings out of range: " + this);
        }
    }

    /** The defaults, for code outside Spring (tests, the bench). */
    public static OcrSettings defaults() {
        return new OcrSettings("tesseract", "vie", 300, Duration.ofSeconds(90), 60, 1, 8, Duration.ofSeconds(20),
                Duration.ofHours(2));
    }
}
