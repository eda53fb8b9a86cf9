/**
 * The legal module's services: the registry of documents built from citations, the bundled-law and plan
 * importer that links tasks to their basis, the upload of full texts through Tika, and the read model the pages
 * and the API share.
 */
@NullMarked
package vn.hungyen.khcn.legal.service;

import org.jspecify.annotations.NullMarked;
