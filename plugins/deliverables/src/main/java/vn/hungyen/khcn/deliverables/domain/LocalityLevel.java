package vn.hungyen.khcn.deliverables.domain;

/** Cấp địa bàn: how precisely a source names the place a deliverable belongs to. */
public enum LocalityLevel {
    /** Tỉnh: the whole province. */
    PROVINCE,
    /** Huyện, thị xã, thành phố thuộc tỉnh. */
    DISTRICT,
    /** Xã, phường. */
    COMMUNE,
    /** Thôn, làng. */
    VILLAGE,
    /** Địa danh: a place name (e.g. in a collective trademark) whose level the source does not say. */
    PLACE
}
