package vn.hungyen.khcn.content.intake;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.hungyen.khcn.content.testing.RequiredService;

/**
 * Runs the OCR tests where Tesseract and its Vietnamese model are installed ({@code .ci/run} installs
 * {@code tesseract-ocr tesseract-ocr-vie}); elsewhere skips them with a message — except when {@code CI=true}, where
 * they must run (and fail for want of Tesseract). Shared with the application's tests through this module's test-jar.
 */
public final class OcrAvailable implements ExecutionCondition {

    public static final boolean INSTALLED = OcrJobs.installed(OcrSettings.defaults());

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return INSTALLED ? RequiredService.present("OCR", "tesseract with the vie model")
                : RequiredService.missing("OCR", "tesseract or its Vietnamese model is not installed",
                        "apt-get install tesseract-ocr tesseract-ocr-vie");
    }
}
