package vn.hungyen.khcn.legal.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tình trạng hiệu lực of a registry entry, as the relations the portal knows tell it: còn hiệu lực, hết hiệu lực một
 * phần, hết hiệu lực toàn bộ, chưa có hiệu lực — with the document that caused it and since when, and the documents
 * that amended it ("đã được sửa đổi, bổ sung bởi …").
 *
 * @param status     the status
 * @param cause      the document that ended the entry's force, in whole or in part; {@code null} otherwise
 * @param since      the day the status began: the cause's effective (else issue) date, or the entry's own effective
 *                   date while it is not yet in force
 * @param amendedBy  the documents that amend the entry, oldest first
 */
public record Effect(Status status, @Nullable Change cause, @Nullable LocalDate since, List<Change> amendedBy) {

    public Effect {
        amendedBy = List.copyOf(amendedBy);
    }

    /** The four statuses of the national legal database. */
    public enum Status {
        IN_FORCE, EXPIRED_IN_PART, EXPIRED, NOT_YET_IN_FORCE;

        /** Short name for the API: {@code in-force}, {@code expired-in-part}, … */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String labelKey() {
            return "legal.status." + apiName();
        }
    }

    /**
     * Another document acting on the entry.
     *
     * @param relation what it does to the entry (its link's type)
     * @param slug     its registry slug
     * @param title    its number or name
     * @param date     its effective date, else its issue date, if known
     */
    public record Change(Relation relation, String slug, String title, @Nullable LocalDate date) {
    }

    /**
     * The effect of an entry: a repeal or replacement already in force ends it in whole, a repeal of some articles in
     * part; an entry whose own effective date is still to come is not yet in force.
     *
     * @param effectiveOn the entry's own effective date, if known
     * @param incoming    the documents acting on it
     * @param today       the day to judge on
     */
    public static Effect of(@Nullable LocalDate effectiveOn, List<Change> incoming, LocalDate today) {
        List<Change> amendedBy = incoming.stream().filter(c -> c.relation() == Relation.AMENDS)
                .sorted(Comparator.comparing(Change::date, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        Optional<Change> whole = latestInForce(incoming, today, Relation.REPEALS, Relation.REPLACES);
        if (whole.isPresent()) {
            return new Effect(Status.EXPIRED, whole.get(), whole.get().date(), amendedBy);
        }
        Optional<Change> part = latestInForce(incoming, today, Relation.REPEALS_IN_PART);
        if (part.isPresent()) {
            return new Effect(Status.EXPIRED_IN_PART, part.get(), part.get().date(), amendedBy);
        }
        if (effectiveOn != null && effectiveOn.isAfter(today)) {
            return new Effect(Status.NOT_YET_IN_FORCE, null, effectiveOn, amendedBy);
        }
        return new Effect(Status.IN_FORCE, null, effectiveOn, amendedBy);
    }

    private static Optional<Change> latestInForce(List<Change> incoming, LocalDate today, Relation... relations) {
        List<Relation> wanted = List.of(relations);
        return incoming.stream().filter(c -> wanted.contains(c.relation()))
                .filter(c -> c.date() == null || !c.date().isAfter(today))
                .max(Comparator.comparing(Change::date, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
