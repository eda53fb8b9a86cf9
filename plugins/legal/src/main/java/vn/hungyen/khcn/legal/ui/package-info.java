/** The legal module's pages: the registry list, a document's page with its relation diagram, the upload page. */
@NullMarked
package vn.hungyen.khcn.legal.ui;

import org.jspecify.annotations.NullMarked;
