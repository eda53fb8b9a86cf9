/**
 * Research deliverables (kết quả nghiên cứu) as content items: their kind (data, editable), handover metadata,
 * S&T topics with the rule that chose each, tags and spelling aliases. Free of UI and of other plugins.
 */
@NullMarked
package vn.hungyen.khcn.deliverables.domain;

import org.jspecify.annotations.NullMarked;
