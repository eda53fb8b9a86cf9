/** Import, read model and editing of deliverables; reads the plan's tasks through the core only. */
@NullMarked
package vn.hungyen.khcn.deliverables.service;

import org.jspecify.annotations.NullMarked;
