/**
 * The portal's core: the common content model ({@code domain}), the content-module SPI ({@code spi}) and the
 * services every module and the application share ({@code service}). It names no content module.
 */
@NullMarked
package vn.hungyen.khcn.content;

import org.jspecify.annotations.NullMarked;
