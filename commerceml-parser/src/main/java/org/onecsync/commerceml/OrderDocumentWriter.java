package org.onecsync.commerceml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.onecsync.commerceml.internal.order.OrderShape;
import org.onecsync.commerceml.internal.order.OrderXmlWriter;
import org.onecsync.commerceml.internal.order.ReferenceXml;
import org.onecsync.model.Order;

/**
 * Writes the shop's orders as the CommerceML document 1C fetches with {@code type=sale&mode=query}: a root
 * {@code <КоммерческаяИнформация ВерсияСхемы=… ДатаФормирования=…>} with one {@code Документ} per order (from 3.0
 * inside a {@code Контейнер}), or an empty root when there are none. The document model is JAXB's; orders are
 * marshalled one at a time, so any number can be streamed.
 *
 * <p>Each order is written with every field of {@link Order} in the version's shape (see
 * {@link CommerceMlVersion}); {@code ХозОперация} defaults to {@code Заказ товара}, the document's {@code Роль}
 * to {@code Продавец} and a counterparty's {@code Роль} to {@code Покупатель} when the record leaves them
 * {@code null}. Above 2.05 a line with a unit gets {@code Коэффициент} 1 unless it has its own. From 2.10 the
 * requisite {@code Доставка разрешена} is dropped. Reading the bytes back with {@link CommerceMlParser} gives the
 * same orders (dates to the second). The delivery line and the requisite names are in {@link OrderDocuments}.
 *
 * <p>Instances are immutable and thread-safe.
 * <pre>{@code
 * OrderDocumentWriter writer = OrderDocumentWriter.builder().version(CommerceMlVersion.of("3.1")).build();
 * response.setContentType(writer.contentType());
 * writer.write(orders, out);
 * }</pre>
 */
public final class OrderDocumentWriter {

    /** {@code windows-1251}, the other charset 1C reads. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final CommerceMlVersion version;
    private final Charset charset;
    private final Clock clock;
    private final OrderXmlWriter xml;

    private OrderDocumentWriter(Builder b) {
        this.version = b.version;
        this.charset = b.charset;
        this.clock = b.clock;
        OrderShape shape = new OrderShape(version.label(), version.unitWithCoefficient(), version.dateWithTime(),
                version.containers());
        this.xml = new OrderXmlWriter(shape, charset, b.byteOrderMark && charset.equals(StandardCharsets.UTF_8));
    }

    /**
     * A builder: version 2.05, UTF-8 with a byte-order mark, the system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the document: the orders in the order given, read one at a time, their bytes passed on to
     * {@code out} as they are made. {@code out} is left open and not flushed: to send a {@code Content-Length}
     * (1C 8.x speaks HTTP/1.0, no chunked replies), write into a buffer or a file first.
     *
     * @param orders the orders (a {@code List}, or any iterable that streams them)
     * @param out where the bytes go
     * @throws IOException if writing to {@code out} fails
     */
    public void write(Iterable<Order> orders, OutputStream out) throws IOException {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(out, "out");
        xml.write(orders, out, now());
    }

    /**
     * Writes the shop's reference data as 1C asks for it with {@code type=sale&mode=info}: a {@code Справочник}
     * with the order statuses ({@code Статусы}), payment systems ({@code ПлатежныеСистемы}) and delivery services
     * ({@code СлужбыДоставки}), each an {@code Элемент} whose {@code Ид} and {@code Название} are the name given; in
     * this writer's version, charset and byte-order mark, {@code out} left open and not flushed.
     *
     * @param statuses the order statuses
     * @param paymentSystems the payment systems
     * @param deliveryServices the delivery services
     * @param out where the bytes go
     * @throws IOException if writing to {@code out} fails
     */
    public void writeReferences(List<String> statuses, List<String> paymentSystems, List<String> deliveryServices,
                                OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        xml.write(new ReferenceXml(statuses, paymentSystems, deliveryServices), out, now());
    }

    /** {@code ДатаФормирования}: the clock's time to the second, as the document writes it. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The {@code Content-Type} to send the document with, naming its charset.
     *
     * @return {@code application/xml; charset=utf-8} or {@code application/xml; charset=windows-1251}
     */
    public String contentType() {
        return "application/xml; charset=" + charset.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The version written.
     *
     * @return the version
     */
    public CommerceMlVersion version() {
        return version;
    }

    /**
     * The charset of the bytes.
     *
     * @return UTF-8 or windows-1251
     */
    public Charset charset() {
        return charset;
    }

    /** Options of an {@link OrderDocumentWriter}. */
    public static final class Builder {

        private CommerceMlVersion version = CommerceMlVersion.V2_05;
        private Charset charset = StandardCharsets.UTF_8;
        private boolean byteOrderMark = true;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * The version 1C asked for in {@code init} (default 2.05, for a 1C that sent none).
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(CommerceMlVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * The charset: UTF-8 (the default) or {@link #WINDOWS_1251}; the XML declaration names it.
         *
         * @param charset UTF-8 or windows-1251
         * @return this builder
         * @throws IllegalArgumentException for any other charset (1C reads only these two)
         */
        public Builder charset(Charset charset) {
            Objects.requireNonNull(charset, "charset");
            if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(WINDOWS_1251)) {
                throw new IllegalArgumentException("1C reads orders in UTF-8 or windows-1251, not " + charset);
            }
            this.charset = charset;
            return this;
        }

        /**
         * Whether UTF-8 bytes start with a byte-order mark (default {@code true}: 1C 8.3 fails to parse BOM-less
         * UTF-8 orders in some configurations). Ignored for windows-1251.
         *
         * @param byteOrderMark whether to write the mark
         * @return this builder
         */
        public Builder byteOrderMark(boolean byteOrderMark) {
            this.byteOrderMark = byteOrderMark;
            return this;
        }

        /**
         * The clock {@code ДатаФормирования} is read from, in its zone (default: the system's).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The writer.
         *
         * @return a writer with these options
         */
        public OrderDocumentWriter build() {
            return new OrderDocumentWriter(this);
        }
    }
}
