/**
 * The deliverable pages: browse by topic, kind and locality ({@code /ket-qua}), one deliverable's page, and the
 * editors' page ({@code /ket-qua/bien-tap}) that calls {@link vn.hungyen.khcn.deliverables.service.DeliverableEditing}.
 */
@NullMarked
package vn.hungyen.khcn.deliverables.ui;

import org.jspecify.annotations.NullMarked;
