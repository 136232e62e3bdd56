package org.onecsync.generate.internal;

import java.io.IOException;
import java.time.LocalDateTime;

/**
 * The parts every file of an export shares: its {@code ДатаФормирования} and the {@code Каталог},
 * {@code Классификатор} and {@code ПакетПредложений} headers, as 1C's "Обмен с сайтом" writes them.
 */
public final class Headers {

    private static final LocalDateTime BASE = LocalDateTime.of(2025, 9, 12, 21, 0, 0);
    private static final long THIRTY_DAYS = 30L * 24 * 3600;

    private final ReferenceData refs;
    private final String changesOnly;
    private final LocalDateTime start;

    /**
     * @param refs the reference data
     * @param full whether the packages are full ({@code СодержитТолькоИзменения="false"})
     * @param revision the export's revision; each one is dated a day after the previous
     */
    public Headers(ReferenceData refs, boolean full, int revision) {
        this.refs = refs;
        this.changesOnly = Boolean.toString(!full);
        this.start = BASE.plusSeconds(Long.remainderUnsigned(Rng.hash(refs.seed(), 300), THIRTY_DAYS))
                .plusDays(revision);
    }

    /**
     * The date a file was formed: it depends on the seed, the revision, the folder and the page only.
     *
     * @param folder the folder's position in the export (0 for units, …)
     * @param page the page number, from 1
     * @return the {@code ДатаФормирования} value
     */
    public String formedAt(int folder, int page) {
        return Numbers.dateTime(start.plusSeconds(folder * 40L + (page - 1) * 3L));
    }

    /**
     * Writes a complete {@code Каталог} header element, as the classifier files carry it.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void catalog(CmlXmlWriter w) throws IOException {
        w.start("Каталог", "СодержитТолькоИзменения", changesOnly);
        w.element("Ид", refs.catalogId());
        w.element("ИдКлассификатора", refs.catalogId());
        w.element("Наименование", ReferenceData.CATALOG_NAME);
        w.element("Описание", ReferenceData.CATALOG_NAME);
        w.end("Каталог");
    }

    /**
     * Opens {@code Каталог} and its {@code Товары} list, for goods files.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void startGoods(CmlXmlWriter w) throws IOException {
        w.start("Каталог", "СодержитТолькоИзменения", changesOnly);
        w.element("Ид", refs.catalogId());
        w.element("ИдКлассификатора", refs.catalogId());
        w.element("Наименование", ReferenceData.CATALOG_NAME);
        w.start("Товары");
    }

    /**
     * Closes what {@link #startGoods} opened; the catalog's {@code Описание} comes after its products, as
     * in 1C's goods files.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void endGoods(CmlXmlWriter w) throws IOException {
        w.end("Товары");
        w.element("Описание", ReferenceData.CATALOG_NAME);
        w.end("Каталог");
    }

    /**
     * Opens {@code Классификатор} and writes its id and name.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void startClassifier(CmlXmlWriter w) throws IOException {
        w.start("Классификатор", "СодержитТолькоИзменения", changesOnly);
        w.element("Ид", refs.catalogId());
        w.element("Наименование", ReferenceData.CATALOG_NAME);
    }

    /**
     * Opens {@code ПакетПредложений} and writes its header: {@code Ид} is {@code #<catalog guid>}.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void startOfferPackage(CmlXmlWriter w) throws IOException {
        w.start("ПакетПредложений", "СодержитТолькоИзменения", changesOnly);
        w.element("Ид", "#" + refs.catalogId());
        w.element("Наименование", "Пакет предложений (" + ReferenceData.CATALOG_NAME + ")");
        w.element("ИдКаталога", refs.catalogId());
        w.element("ИдКлассификатора", refs.catalogId());
    }

    /**
     * Opens {@code ПакетПредложений} with its header and its {@code Предложения} list.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void startOffers(CmlXmlWriter w) throws IOException {
        startOfferPackage(w);
        w.start("Предложения");
    }

    /**
     * Closes what {@link #startOffers} opened.
     *
     * @param w the writer
     * @throws IOException if writing fails
     */
    public void endOffers(CmlXmlWriter w) throws IOException {
        w.end("Предложения");
        w.end("ПакетПредложений");
    }
}
