package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/**
 * The {@code Справочник} of a {@code type=sale&mode=info} reply, as Bitrix writes it and 1C reads it: the shop's
 * order statuses, payment systems and delivery services, each an {@code Элемент} with {@code Ид} and
 * {@code Название}.
 */
@XmlRootElement(name = "Справочник")
@XmlAccessorType(XmlAccessType.FIELD)
public final class ReferenceXml {

    @XmlElementWrapper(name = "Статусы")
    @XmlElement(name = "Элемент")
    List<ItemXml> statuses;

    @XmlElementWrapper(name = "ПлатежныеСистемы")
    @XmlElement(name = "Элемент")
    List<ItemXml> paymentSystems;

    @XmlElementWrapper(name = "СлужбыДоставки")
    @XmlElement(name = "Элемент")
    List<ItemXml> deliveryServices;

    /** For JAXB. */
    ReferenceXml() {
    }

    /**
     * @param statuses the order statuses' names
     * @param paymentSystems the payment systems' names
     * @param deliveryServices the delivery services' names
     */
    public ReferenceXml(List<String> statuses, List<String> paymentSystems, List<String> deliveryServices) {
        this.statuses = items(statuses);
        this.paymentSystems = items(paymentSystems);
        this.deliveryServices = items(deliveryServices);
    }

    private static List<ItemXml> items(List<String> names) {
        return names.stream().map(name -> {
            ItemXml item = new ItemXml();
            item.id = name;
            item.name = name;
            return item;
        }).toList();
    }

    /** One entry: its id is its name, which is what the shop's orders carry. */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ItemXml {
        @XmlElement(name = "Ид")
        String id;
        @XmlElement(name = "Название")
        String name;
    }
}
