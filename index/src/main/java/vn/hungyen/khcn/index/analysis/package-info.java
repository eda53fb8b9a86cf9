/** Vietnamese text analysis for Lucene: analyzers, filters and their Hibernate Search registration. */
@NullMarked
package vn.hungyen.khcn.index.analysis;

import org.jspecify.annotations.NullMarked;
