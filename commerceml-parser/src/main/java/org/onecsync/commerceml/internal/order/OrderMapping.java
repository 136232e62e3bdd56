package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.JAXBElement;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.namespace.QName;
import org.onecsync.commerceml.OrderDocuments;
import org.onecsync.model.Address;
import org.onecsync.model.BankAccount;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Discount;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.onecsync.model.UnitRef;

/** Maps an {@link Order} to the JAXB document of one version. */
final class OrderMapping {

    private static final String SALE = OrderDocuments.OPERATION_SALE;
    private static final String SELLER = OrderDocuments.ROLE_SELLER;
    private static final String BUYER = OrderDocuments.ROLE_BUYER;
    private static final String DELIVERY_ALLOWED = OrderDocuments.DELIVERY_ALLOWED;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final OrderShape shape;

    OrderMapping(OrderShape shape) {
        this.shape = shape;
    }

    DocumentXml document(Order order) {
        DocumentXml d = new DocumentXml();
        d.id = order.id();
        d.number = order.number();
        LocalDateTime date = order.date();
        if (date != null) {
            d.date = (shape.dateWithTime() ? DATE_TIME : DATE).format(date);
            d.time = TIME.format(date);
        }
        // The protocol requires both; a document without them is the shop's order all the same.
        d.operation = order.operation() == null ? SALE : order.operation();
        d.role = order.role() == null ? SELLER : order.role();
        d.currency = order.currency();
        d.rate = plain(order.rate());
        d.total = plain(order.total());
        d.deleted = order.deleted() ? "true" : null;
        d.counterparties = each(order.counterparties(), this::party);
        d.comment = order.comment();
        d.lines = each(order.lines(), this::line);
        d.requisites = requisites(order.requisites().stream()
                .filter(r -> shape.deliveryAllowedRequisite() || !DELIVERY_ALLOWED.equals(r.name())).toList());
        return d;
    }

    private PartyXml party(Counterparty c) {
        PartyXml p = new PartyXml();
        p.id = c.id();
        p.version = c.version();
        p.deleted = c.deleted() ? "true" : null;
        p.name = c.name();
        p.fullName = c.fullName();
        p.officialName = c.officialName();
        p.inn = c.inn();
        p.kpp = c.kpp();
        p.okpo = c.okpo();
        p.addresses = each(c.addresses(), a -> new JAXBElement<>(
                new QName(a.kind() == null ? "Адрес" : a.kind()), PartyXml.AddressXml.class, address(a)));
        p.contacts = each(c.contacts(), x -> typeValue(x.type(), x.value()));
        p.accounts = each(c.bankAccounts(), this::account);
        p.representatives = each(c.representatives(), r -> {
            PartyXml.RepresentativeXml x = new PartyXml.RepresentativeXml();
            x.id = r.id();
            x.name = r.name();
            x.relation = r.relation();
            return x;
        });
        p.role = c.role() == null ? BUYER : c.role();
        return p;
    }

    private PartyXml.AddressXml address(Address a) {
        PartyXml.AddressXml x = new PartyXml.AddressXml();
        x.presentation = a.presentation();
        x.fields = each(a.fields(), f -> typeValue(f.type(), f.value()));
        return x;
    }

    private static PartyXml.TypeValueXml typeValue(String type, String value) {
        PartyXml.TypeValueXml x = new PartyXml.TypeValueXml();
        x.type = type;
        x.value = value;
        return x;
    }

    private PartyXml.AccountXml account(BankAccount b) {
        PartyXml.AccountXml x = new PartyXml.AccountXml();
        x.number = b.number();
        if (b.bankName() != null || b.bic() != null || b.correspondentAccount() != null || b.bankAddress() != null) {
            x.bank = new PartyXml.BankXml();
            x.bank.name = b.bankName();
            x.bank.bic = b.bic();
            x.bank.correspondentAccount = b.correspondentAccount();
            if (b.bankAddress() != null) {
                x.bank.address = new PartyXml.AddressXml();
                x.bank.address.presentation = b.bankAddress();
            }
        }
        return x;
    }

    private LineXml line(OrderLine l) {
        LineXml x = new LineXml();
        x.id = l.productId();
        x.name = l.name();
        UnitRef u = l.unit();
        if (shape.unitWithCoefficient()) {
            if (u != null) {
                x.unit = new LineXml.UnitXml();
                x.unit.code = u.code();
                x.unit.name = u.name();
                x.unit.fullName = u.fullName();
                x.unit.internationalAbbreviation = u.internationalAbbreviation();
            }
            // 1C expects a coefficient beside the unit; one base unit per unit unless the line says otherwise.
            x.coefficient = l.coefficient() != null ? plain(l.coefficient()) : u == null ? null : "1";
        } else if (u != null) {
            x.baseUnit = new LineXml.BaseUnitXml();
            x.baseUnit.code = u.code();
            x.baseUnit.fullName = u.fullName();
            x.baseUnit.internationalAbbreviation = u.internationalAbbreviation();
            x.baseUnit.name = u.name();
        }
        x.requisites = requisites(l.requisites());
        x.price = plain(l.price());
        x.quantity = plain(l.quantity());
        x.sum = plain(l.sum());
        x.discounts = each(l.discounts(), this::discount);
        return x;
    }

    private LineXml.DiscountXml discount(Discount d) {
        LineXml.DiscountXml x = new LineXml.DiscountXml();
        x.name = d.name();
        x.sum = plain(d.sum());
        x.percent = plain(d.percent());
        x.includedInSum = Boolean.toString(d.includedInSum());
        return x;
    }

    private static List<RequisiteXml> requisites(List<Requisite> requisites) {
        return each(requisites, r -> new RequisiteXml(r.name(), r.value()));
    }

    /** {@code null} for an empty list, so that JAXB leaves the wrapper element out. */
    private static <T, R> List<R> each(List<T> values, Function<T, R> map) {
        if (values.isEmpty()) {
            return null;
        }
        List<R> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(map.apply(v));
        }
        return out;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
