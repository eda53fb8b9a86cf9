/**
 * The research-results (kết quả nghiên cứu) content module: deliverables read by rules from the plan's tasks,
 * classified by the S&T field classification, browsable by topic, kind and locality. Its public surface is its
 * {@link vn.hungyen.khcn.deliverables.DeliverablesModule}; it imports no other plugin.
 */
@NullMarked
package vn.hungyen.khcn.deliverables;

import org.jspecify.annotations.NullMarked;
