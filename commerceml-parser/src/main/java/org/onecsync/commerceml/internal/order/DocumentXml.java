package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * One order {@code Документ}, elements in the order of 1C's own sample ({@code orders.xml} of CommerceML 2.04):
 * {@code Время} right after {@code Дата}, {@code Комментарий} after the counterparties as Bitrix writes it.
 * {@code null} fields are left out.
 */
@XmlRootElement(name = "Документ")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"id", "number", "date", "time", "operation", "role", "currency", "rate", "total",
        "deleted", "counterparties", "comment", "lines", "requisites"})
final class DocumentXml {

    @XmlElement(name = "Ид")
    String id;
    @XmlElement(name = "Номер")
    String number;
    @XmlElement(name = "Дата")
    String date;
    @XmlElement(name = "Время")
    String time;
    @XmlElement(name = "ХозОперация")
    String operation;
    @XmlElement(name = "Роль")
    String role;
    @XmlElement(name = "Валюта")
    String currency;
    @XmlElement(name = "Курс")
    String rate;
    @XmlElement(name = "Сумма")
    String total;
    @XmlElement(name = "ПометкаУдаления")
    String deleted;
    @XmlElementWrapper(name = "Контрагенты")
    @XmlElement(name = "Контрагент")
    List<PartyXml> counterparties;
    @XmlElement(name = "Комментарий")
    String comment;
    @XmlElementWrapper(name = "Товары")
    @XmlElement(name = "Товар")
    List<LineXml> lines;
    @XmlElementWrapper(name = "ЗначенияРеквизитов")
    @XmlElement(name = "ЗначениеРеквизита")
    List<RequisiteXml> requisites;

    /** 3.0 and later: each order's documents inside a {@code Контейнер} (1C sees nothing without it). */
    @XmlRootElement(name = "Контейнер")
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ContainerXml {
        @XmlElement(name = "Документ")
        List<DocumentXml> documents;
    }
}
