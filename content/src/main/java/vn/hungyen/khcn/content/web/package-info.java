/**
 * Writing for the web outside Vaadin: HTML/XML escaping and Atom feeds, one utility for the application and every
 * module.
 */
@NullMarked
package vn.hungyen.khcn.content.web;

import org.jspecify.annotations.NullMarked;
