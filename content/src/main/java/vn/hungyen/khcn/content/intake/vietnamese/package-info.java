/**
 * Tiếng Việt trong văn bản nhận vào: the Vietnamese text processing of the intake — the syllable inventory built from
 * the portal's own texts, the conversion of legacy 8-bit encodings (TCVN3/ABC, VNI) to Unicode, and the correction of
 * OCR output. Pure functions over strings and data resources; nothing here reads files or talks to the database.
 */
@NullMarked
package vn.hungyen.khcn.content.intake.vietnamese;

import org.jspecify.annotations.NullMarked;
