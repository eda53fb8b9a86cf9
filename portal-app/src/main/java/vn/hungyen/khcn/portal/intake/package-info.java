/**
 * The document intake's faces: the editors' upload page ({@code /quan-tri/nhap-van-ban}) and the batch API
 * ({@code POST /api/documents}). Both read through the core's {@code DocumentIntake} and store nothing until asked.
 */
@NullMarked
package vn.hungyen.khcn.portal.intake;

import org.jspecify.annotations.NullMarked;
