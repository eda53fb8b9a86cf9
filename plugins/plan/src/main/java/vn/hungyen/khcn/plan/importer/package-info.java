/**
 * Turns the text export of the department's annual plan (Kế hoạch, e.g. 21/KH-SKHCN of 2022) into
 * structured, immutable values: the header, the numbered narrative sections, and the appendix table
 * (Phụ lục) as groups, tasks and activities with parsed timeframes, KPIs and canonical unit names.
 *
 * <p>The boundary: this package is pure Java (jsoup and Tika only), knows nothing of Spring, JPA or the
 * UI, and never throws on odd input — {@link vn.hungyen.khcn.plan.importer.PlanParser} records what it
 * cannot place as {@link vn.hungyen.khcn.plan.importer.ImportProblem}s. Entry points:
 * {@code PlanParser}, {@code OrganisationRegistry}.
 */
package vn.hungyen.khcn.plan.importer;
