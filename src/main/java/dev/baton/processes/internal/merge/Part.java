package dev.baton.processes.internal.merge;

/**
 * A list inside a document or a step, and how its entries are compared.
 *
 * @param subject    what its entries are; null for plain items (a step's reads) that belong to their owner
 * @param ordered    whether the order carries meaning, so that an entry can move
 * @param byPosition whether an entry not matched by its key is matched with the one at the same place
 *                   (a gate's branch whose target changed)
 */
record Part(String name, Subject subject, boolean ordered, boolean byPosition) {

    static final Part LANES = new Part("lanes", Subject.LANE, true, false);
    static final Part STAKEHOLDERS = new Part("stakeholders", Subject.STAKEHOLDER, false, false);
    static final Part GLOSSARY = new Part("glossary", Subject.GLOSSARY, false, false);
    static final Part STEPS = new Part("steps", Subject.STEP, true, false);
    static final Part READS = new Part("reads", null, false, false);
    static final Part WRITES = new Part("writes", null, false, false);
    static final Part SHARED = new Part("shared", null, false, false);
    static final Part BRANCHES = new Part("branches", Subject.BRANCH, true, true);

    boolean items() {
        return subject == null;
    }
}
