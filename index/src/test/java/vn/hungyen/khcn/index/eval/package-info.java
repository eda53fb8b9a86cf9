/**
 * Retrieval evaluation of the portal's search query against plain Lucene baselines on the ALQAC 2023 legal question
 * set: {@link vn.hungyen.khcn.index.eval.RetrievalEvaluation} is the command (run by the {@code eval} profile from the
 * test classes, so neither it nor its JSON reader is in the portal's jar), the rest are its parts. See
 * {@code index/EVALUATION.md}.
 */
@NullMarked
package vn.hungyen.khcn.index.eval;

import org.jspecify.annotations.NullMarked;
