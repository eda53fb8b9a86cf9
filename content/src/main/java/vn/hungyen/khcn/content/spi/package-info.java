/** The content-module SPI: the few types a module implements to add content to the portal. */
@NullMarked
package vn.hungyen.khcn.content.spi;

import org.jspecify.annotations.NullMarked;
