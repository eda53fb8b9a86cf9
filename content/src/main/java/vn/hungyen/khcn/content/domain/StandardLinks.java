package vn.hungyen.khcn.content.domain;

import java.util.List;
import vn.hungyen.khcn.content.spi.LinkType;

/**
 * The relations every portal knows, whatever modules it has: they are how modules refer to each other's
 * content without importing each other. A module may add its own link types through its {@code ContentModule}.
 */
public final class StandardLinks {

    /** Structure: an item is part of a larger one (a task of its plan, an activity of its task). */
    public static final String PART_OF = "part-of";
    /** A task is described in a narrative section of its plan (appendix group k ↔ solution group II.k). */
    public static final String DESCRIBED_IN = "described-in";
    /** Căn cứ: a task or a document rests on a legal document; {@code kind} tells how the link was found. */
    public static final String BASIS = "basis";
    /** Sản phẩm: a task produced a result (a deliverable). */
    public static final String OUTPUT = "output";

    /**
     * Relations that change a document in force, by the code a module stores them under: sửa đổi, bổ sung (the
     * source amends the target), thay thế (replaces it), bãi bỏ (repeals it), bãi bỏ một phần (repeals some of its
     * articles). The legal module declares and records
     * them; the plan module reads them to flag a task whose basis changed, without importing the legal module.
     */
    public static final String AMENDS = "legal-amends";
    public static final String REPLACES = "legal-replaces";
    public static final String REPEALS = "legal-repeals";
    public static final String REPEALS_IN_PART = "legal-repeals-in-part";
    /** Every relation by which a document in a task's basis changes. */
    public static final List<String> CHANGES_IN_FORCE = List.of(AMENDS, REPLACES, REPEALS, REPEALS_IN_PART);

    public static final List<LinkType> ALL = List.of(
            new LinkType(PART_OF, "core.link.part-of", "core.link.part-of.inverse"),
            new LinkType(DESCRIBED_IN, "core.link.described-in", "core.link.described-in.inverse"),
            new LinkType(BASIS, "core.link.basis", "core.link.basis.inverse"),
            new LinkType(OUTPUT, "core.link.output", "core.link.output.inverse"));

    private StandardLinks() {
    }
}
