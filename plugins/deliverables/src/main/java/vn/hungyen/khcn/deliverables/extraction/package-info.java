/**
 * Reads research deliverables (kết quả nghiên cứu) out of a plan task's text by rules, and classifies them by
 * the S&T field classification. Every rule is data (the files under {@code deliverables/} on the classpath),
 * and every choice records the rule that made it, so a reader can see why a deliverable has its kind, topic or
 * locality.
 *
 * <p>The boundary: pure Java, no Spring, JPA or UI; knows plans only as text. Entry points:
 * {@link vn.hungyen.khcn.deliverables.extraction.ExtractionRules}, {@link
 * vn.hungyen.khcn.deliverables.extraction.DeliverableExtractor}, {@link
 * vn.hungyen.khcn.deliverables.extraction.FieldClassification}.
 */
@NullMarked
package vn.hungyen.khcn.deliverables.extraction;

import org.jspecify.annotations.NullMarked;
