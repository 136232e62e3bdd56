package org.onecsync.commerceml.internal.order;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.List;

/**
 * One {@code Товар} of an order, in the element order of 1C's sample: the unit, the requisites, then the
 * amounts; the discounts last.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"id", "name", "baseUnit", "unit", "coefficient", "requisites", "price", "quantity", "sum",
        "discounts"})
final class LineXml {

    @XmlElement(name = "Ид")
    String id;
    @XmlElement(name = "Наименование")
    String name;
    /** 2.05: the unit described inline. */
    @XmlElement(name = "БазоваяЕдиница")
    BaseUnitXml baseUnit;
    /** Above 2.05: the unit as child elements, with its {@code Коэффициент}. */
    @XmlElement(name = "Единица")
    UnitXml unit;
    @XmlElement(name = "Коэффициент")
    String coefficient;
    @XmlElementWrapper(name = "ЗначенияРеквизитов")
    @XmlElement(name = "ЗначениеРеквизита")
    List<RequisiteXml> requisites;
    @XmlElement(name = "ЦенаЗаЕдиницу")
    String price;
    @XmlElement(name = "Количество")
    String quantity;
    @XmlElement(name = "Сумма")
    String sum;
    @XmlElementWrapper(name = "Скидки")
    @XmlElement(name = "Скидка")
    List<DiscountXml> discounts;

    /** {@code <БазоваяЕдиница Код="796" НаименованиеПолное="Штука" МеждународноеСокращение="PCE">шт</…>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class BaseUnitXml {
        @XmlAttribute(name = "Код")
        String code;
        @XmlAttribute(name = "НаименованиеПолное")
        String fullName;
        @XmlAttribute(name = "МеждународноеСокращение")
        String internationalAbbreviation;
        @XmlValue
        String name;
    }

    /** {@code <Единица><Код>796</Код><НаименованиеКраткое>шт</НаименованиеКраткое>…</Единица>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"code", "name", "fullName", "internationalAbbreviation"})
    static final class UnitXml {
        @XmlElement(name = "Код")
        String code;
        @XmlElement(name = "НаименованиеКраткое")
        String name;
        @XmlElement(name = "НаименованиеПолное")
        String fullName;
        @XmlElement(name = "МеждународноеСокращение")
        String internationalAbbreviation;
    }

    /** A {@code Скидка}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"name", "sum", "percent", "includedInSum"})
    static final class DiscountXml {
        @XmlElement(name = "Наименование")
        String name;
        @XmlElement(name = "Сумма")
        String sum;
        @XmlElement(name = "Процент")
        String percent;
        @XmlElement(name = "УчтеноВСумме")
        String includedInSum;
    }
}
