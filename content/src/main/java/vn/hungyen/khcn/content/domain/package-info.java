/** The common content model: what every content item and link has, whatever its module. */
@NullMarked
package vn.hungyen.khcn.content.domain;

import org.jspecify.annotations.NullMarked;
