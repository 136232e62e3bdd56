package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;

import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.onecsync.commerceml.XmlLimits;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.PackageHeader;
import org.onecsync.parse.PackageKind;
import org.onecsync.parse.Scope;
import org.onecsync.spi.RecordHandler;

/**
 * Walks a {@code КоммерческаяИнформация} document and hands each package's entities to the entity readers.
 * Elements are matched by local name, so the namespaces of 2.07–3.1 and their absence in 2.03–2.05 read alike.
 */
final class DocumentReader {

    /** The root element of every CommerceML file. */
    static final String ROOT = "КоммерческаяИнформация";

    private final Cursor c;
    private final RecordHandler out;
    private final ClassifierReader classifier;
    private final ProductReader products;
    private final OfferReader offers;
    private final CounterpartyReader counterparties;
    private final OrderReader orders;
    private final String encoding;
    private boolean documentsAnnounced;

    /**
     * @param opened the cursor over the file
     * @param fileName the file's path within the export, for locations
     * @param out receives what the file holds
     * @param limits how big and deep its XML may get
     */
    DocumentReader(XmlInputs.Opened opened, String fileName, RecordHandler out, XmlLimits limits) {
        this.c = new Cursor(opened, fileName, limits);
        this.out = out;
        Parts parts = new Parts(c);
        this.classifier = new ClassifierReader(c, out);
        this.products = new ProductReader(c, parts, out);
        this.offers = new OfferReader(c, parts, out);
        this.counterparties = new CounterpartyReader(c, parts);
        this.orders = new OrderReader(c, parts, counterparties, out);
        this.encoding = opened.encoding();
    }

    /** Reads the whole document. */
    void read() throws XMLStreamException {
        toRoot();
        out.onDocument(new DocumentHeader(c.fileName(), "commerceml", clean(c.attr("ВерсияСхемы")), encoding));
        while (c.nextChild()) {
            switch (c.name()) {
                case "Классификатор" -> pkg(PackageKind.CLASSIFIER);
                case "Каталог" -> pkg(PackageKind.CATALOG);
                case "ПакетПредложений" -> pkg(PackageKind.OFFERS);
                case "Контрагенты" -> counterpartyList();
                case "Документ" -> document();
                case "Контейнер" -> container();
                default -> c.skip();
            }
        }
        while (c.reader().hasNext()) {
            c.next();
        }
    }

    private void toRoot() throws XMLStreamException {
        while (true) {
            int event = c.next();
            if (event == XMLStreamConstants.DTD) {
                throw c.fail("DOCTYPE declarations are refused: exchange files never need one, "
                        + "and they can carry entity attacks");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw c.fail("the file has no root element");
            }
        }
        if (!c.name().equals(ROOT)) {
            throw c.fail("not a CommerceML file: the root element is <" + c.name() + ">, expected <" + ROOT + ">");
        }
    }

    /**
     * Reads a package. Its header goes out before its first entity: the package {@code Ид} usually comes first,
     * and the partial/full flag is an attribute of the start element.
     */
    private void pkg(PackageKind kind) throws XMLStreamException {
        Boolean onlyChanges = Values.bool(c.attr("СодержитТолькоИзменения"));
        long line = c.line();
        String id = null;
        boolean announced = false;
        while (c.nextChild()) {
            String element = c.name();
            if (!announced && element.equals("Ид")) {
                id = clean(c.text());
                continue;
            }
            if (!announced) {
                announce(new PackageHeader(kind, id, onlyChanges, line));
                announced = true;
            }
            if (element.equals("Товары") && kind == PackageKind.CATALOG) {
                products.readAll();
            } else if (element.equals("Предложения") && kind == PackageKind.OFFERS) {
                offers.readAll();
            } else if (kind == PackageKind.CATALOG || !classifier.readList(element)) {
                c.skip();
            }
        }
        if (!announced) {
            announce(new PackageHeader(kind, id, onlyChanges, line));
        }
    }

    /** A package is also a scope: its records are complete, or only changes, as its own flag says. */
    private void announce(PackageHeader header) {
        out.onPackage(header);
        Boolean onlyChanges = header.onlyChanges();
        out.onScope(new Scope(header.kind().name().toLowerCase(Locale.ROOT), onlyChanges == null ? null
                : !onlyChanges, header.line()));
    }

    private void counterpartyList() throws XMLStreamException {
        announce(new PackageHeader(PackageKind.COUNTERPARTIES, null,
                Values.bool(c.attr("СодержитТолькоИзменения")), c.line()));
        c.each("Контрагент", () -> {
            long line = c.line();
            var counterparty = counterparties.read();
            if (counterparty.id() == null) {
                out.onSkipped(EntityType.COUNTERPARTY, counterparty.name(), "counterparty has no Ид", line);
            } else {
                out.onRecord(counterparty, line);
            }
        });
    }

    private void document() throws XMLStreamException {
        if (!documentsAnnounced) {
            announce(new PackageHeader(PackageKind.DOCUMENTS, null, null, c.line()));
            documentsAnnounced = true;
        }
        orders.read();
    }

    private void container() throws XMLStreamException {
        c.each("Документ", this::document);
    }
}
