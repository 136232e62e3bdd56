package org.onecsync.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.onecsync.model.EntityType;

/**
 * The transaction of one import: staging, reference checks, the plan and its application.
 *
 * <p>The engine calls, in order: {@link #stage} any number of times, {@link #resolve} once, then
 * {@link #apply} (a real run) or {@link #plan} (a dry run), and finally {@link #commit()} or
 * {@link #close()}. Memory use must not grow with the number of staged records.
 *
 * <h2>Semantics every store implements</h2>
 * <ul>
 *   <li><b>Duplicates</b>: rows staged with the same entity and key collapse to the one staged last.</li>
 *   <li><b>References</b> ({@link #resolve}): an offer is dropped when neither its product
 *       ({@link StagedRecord#ref1()}) nor its own key is a stored or staged product (2.x catalogs list a
 *       variant as a product with the full {@code product#variant} id). Then a price or stock row is dropped
 *       when its offer ({@code ref1}) is neither a stored or staged offer nor a stored or staged product (a
 *       product without variants has its own offer, keyed by the product id); a price whose price type
 *       ({@code ref2}) is unknown and a stock row whose warehouse ({@code ref2}, when not {@code null}) is
 *       unknown are dropped too. "Stored" includes inactive rows. Every dropped row is reported once with a
 *       reason; the offer check comes first.</li>
 *   <li><b>Plan</b>, per entity: <i>created</i> = staged keys not stored; <i>unchanged</i> = stored with the
 *       same fingerprint and the same active flag (a row deactivated as missing and sent again is updated); <i>deleted</i> = stored active rows staged inactive (a deletion mark), plus, for a
 *       {@code complete} entity under {@link MissingPolicy#DEACTIVATE}, stored active rows not staged, or
 *       under {@link MissingPolicy#DELETE}, all stored rows not staged; <i>updated</i> = every other stored
 *       row whose fingerprint differs. Skipped is the engine's business and is 0 here.</li>
 *   <li><b>Apply</b> writes exactly the plan: new and changed rows are upserted, unchanged rows are not
 *       written at all; missing rows of complete entities are deactivated or deleted per the policy; every
 *       price whose amount changes appends one {@link PriceChange} (a new price appends none).</li>
 * </ul>
 */
public interface StoreTransaction extends AutoCloseable {

    /**
     * Adds records to the staging area.
     *
     * @param batch the records, in the order read
     */
    void stage(List<StagedRecord> batch);

    /**
     * Collapses duplicates and drops rows whose references are unknown (see the class comment).
     *
     * @param dropped receives one problem per dropped row, with its file and line
     */
    void resolve(Consumer<Problem> dropped);

    /**
     * Computes what {@link #apply} would do, without writing synced rows.
     *
     * @param complete the entities whose staged rows are all of them (from full packages)
     * @param policy what to do with stored rows of a complete entity that were not staged
     * @return the counts for every entity that has any, skipped left at 0
     */
    Map<EntityType, EntityCounts> plan(Set<EntityType> complete, MissingPolicy policy);

    /**
     * Writes the plan and tells the listener about every row it creates, updates or deletes. Called instead
     * of {@link #plan} in a real run.
     *
     * @param complete as for {@link #plan}
     * @param policy as for {@link #plan}
     * @param listener receives the changes before the transaction commits
     * @return exactly what {@link #plan} would have returned
     */
    Map<EntityType, EntityCounts> apply(Set<EntityType> complete, MissingPolicy policy, ChangeListener listener);

    /** Makes everything visible. */
    void commit();

    /** Rolls back unless {@link #commit()} was called, and releases the staging area. */
    @Override
    void close();
}
