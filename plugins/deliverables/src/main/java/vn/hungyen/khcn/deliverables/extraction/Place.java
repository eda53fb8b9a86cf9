package vn.hungyen.khcn.deliverables.extraction;

import vn.hungyen.khcn.deliverables.domain.LocalityLevel;

/** Địa bàn a source names: {@code huyện Phù Cừ} is ("Phù Cừ", DISTRICT); {@code rule} tells how it was read. */
public record Place(String name, LocalityLevel level, String rule) {
}
