/** The deliverable pages: browse by topic, kind and locality ({@code /ket-qua}) and one deliverable's page. */
@NullMarked
package vn.hungyen.khcn.deliverables.ui;

import org.jspecify.annotations.NullMarked;
