package vn.hungyen.khcn.content.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Giới hạn tải lên: what one upload may cost the server. Every upload, of any module, goes through these.
 *
 * @param maxSize        the largest file accepted
 * @param parseTimeout   how long reading one file may take
 * @param maxInflated    how much a zip container (DOCX, ODT) may inflate to, all entries together
 * @param maxTextChars   how much text one file may yield
 * @param parallelReads  how many files are read at the same time; more wait, up to {@code queue}
 * @param queue          how many uploads may wait for a reader before "busy" is answered
 */
@ConfigurationProperties("portal.upload")
public record UploadLimits(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("256MB") DataSize maxInflated, @DefaultValue("5000000") int maxTextChars,
        @DefaultValue("2") int parallelReads, @DefaultValue("4") int queue) {

    public UploadLimits {
        if (maxSize.toBytes() <= 0 || maxInflated.toBytes() <= 0 || maxTextChars <= 0 || parallelReads <= 0
                || queue < 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("portal.upload.* limits must be positive: " + this);
        }
    }

    /** The defaults, for code outside Spring (tests, tools). */
    public static UploadLimits defaults() {
        return new UploadLimits(DataSize.ofMegabytes(50), Duration.ofSeconds(60), DataSize.ofMegabytes(256), 5_000_000,
                2, 4);
    }
}
