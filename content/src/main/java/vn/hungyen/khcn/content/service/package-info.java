/** Services over the common model: the module registry, links, statistics and start-up imports. */
@NullMarked
package vn.hungyen.khcn.content.service;

import org.jspecify.annotations.NullMarked;
