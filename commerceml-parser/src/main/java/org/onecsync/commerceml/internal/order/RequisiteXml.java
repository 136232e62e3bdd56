package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** A {@code ЗначениеРеквизита}: {@code Наименование} and {@code Значение} (left out when {@code null}). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "value"})
final class RequisiteXml {

    @XmlElement(name = "Наименование")
    String name;
    @XmlElement(name = "Значение")
    String value;

    RequisiteXml() {
    }

    RequisiteXml(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
