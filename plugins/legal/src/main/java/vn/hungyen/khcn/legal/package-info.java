/** The legal-basis content module: its SPI implementation and auto-configuration. */
@NullMarked
package vn.hungyen.khcn.legal;

import org.jspecify.annotations.NullMarked;
