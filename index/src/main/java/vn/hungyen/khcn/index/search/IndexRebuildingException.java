package vn.hungyen.khcn.index.search;

/**
 * The full-text index is being rebuilt from the database (it was found damaged, or behind the database): a search
 * now would miss items, so none is answered. Pages tell the reader to try again shortly; the API answers 503.
 */
public class IndexRebuildingException extends RuntimeException {

    public IndexRebuildingException() {
        super("the full-text index is being rebuilt from the database");
    }
}
