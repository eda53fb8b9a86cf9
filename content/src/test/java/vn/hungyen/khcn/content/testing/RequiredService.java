package vn.hungyen.khcn.content.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What the tests that need a real service (MariaDB, an OpenSearch node, Tesseract) do when it is there or missing:
 * run when it is there; when it is missing, skip with a message saying so — except under {@code CI=true}, where they
 * run and fail, so a CI machine without the service cannot pass by skipping. Shared through portal-content's test-jar.
 */
public final class RequiredService {

    private RequiredService() {
    }

    /** The service answers: the tests run. */
    public static ConditionEvaluationResult present(String service, String where) {
        System.out.println("[" + service + "] tests run against " + where);
        return ConditionEvaluationResult.enabled(service + " answers: " + where);
    }

    /** The service is missing ({@code why}); {@code howToGetIt} tells the reader how to run these tests. */
    public static ConditionEvaluationResult missing(String service, String why, String howToGetIt) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            System.out.println("[" + service + "] CI=true and " + why + ": the tests run and fail");
            return ConditionEvaluationResult.enabled("CI=true: the " + service + " tests must run (" + why + ")");
        }
        String reason = why + ": " + service + " tests skipped (" + howToGetIt + "); with CI=true they would fail";
        System.out.println("[" + service + "] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** An environment variable, or the fallback when it is unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
