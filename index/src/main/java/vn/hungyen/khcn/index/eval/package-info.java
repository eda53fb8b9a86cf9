/**
 * Retrieval evaluation of the portal's Vietnamese analysis against plain Lucene baselines on the ALQAC 2023 legal
 * question set: {@link vn.hungyen.khcn.index.eval.RetrievalEvaluation} is the command, the rest are its parts. Lives
 * in main (not test) so that {@code exec:java} can run it; it is never run by the test suite. See
 * {@code index/EVALUATION.md}.
 */
@NullMarked
package vn.hungyen.khcn.index.eval;

import org.jspecify.annotations.NullMarked;
