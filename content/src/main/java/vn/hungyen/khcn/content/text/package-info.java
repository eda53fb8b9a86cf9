/** Vietnamese text utilities shared by every module (one per concern). */
@NullMarked
package vn.hungyen.khcn.content.text;

import org.jspecify.annotations.NullMarked;
