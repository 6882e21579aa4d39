package dev.baton.processes;

/** Where a version of a process document stands in its life: only a draft can change, only an approved one can be published. */
public final class DocumentState {

    public static final String DRAFT = "draft";
    public static final String IN_REVIEW = "in_review";
    public static final String APPROVED = "approved";
    public static final String PUBLISHED = "published";
    public static final String RETIRED = "retired";
    /** A draft whose changes were merged into another one. */
    public static final String MERGED = "merged";

    private DocumentState() {
    }
}
