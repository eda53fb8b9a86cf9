package vn.hungyen.khcn.legal.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a document upload ({@code portal.legal.upload.*}).
 *
 * @param maxSize      the largest file accepted (default 50MB)
 * @param parseTimeout how long Tika may take to read one file (default 60s)
 */
@ConfigurationProperties("portal.legal.upload")
public record LegalUploadProperties(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("60s") Duration parseTimeout) {

    public LegalUploadProperties {
        if (maxSize.toBytes() <= 0 || maxSize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("portal.legal.upload.max-size must be between 1B and 2GB, was " + maxSize);
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("portal.legal.upload.parse-timeout must be positive, was " + parseTimeout);
        }
    }
}
