package vn.hungyen.khcn.bench;

/** One distinct text of the corpus, before it is copied to reach the wanted size. */
record CorpusEntry(String type, String title, String text, String documentType, String issuer, int year,
        String group) {

    /** The same text as another copy: another year and group, so the facet counts are not all equal. */
    CorpusEntry copy(int n) {
        return new CorpusEntry(type, title, text, documentType, issuer, 2005 + (year + n) % 20, group + " " + (n % 7));
    }
}
