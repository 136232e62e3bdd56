package org.onecsync.generate.internal;

import java.util.List;

/**
 * The templates product and offer properties are drawn from. Each seed takes a subset of them in its own
 * order; the dictionary values get seed-derived GUIDs in {@link ReferenceData}.
 */
final class PropertyCatalog {

    /** How a property's values are written. */
    enum Type {
        /** {@code Справочник} with {@code ВариантыЗначений}: values are value ids. */
        DICTIONARY,
        /** {@code Справочник} without variants: values are the literals {@code true}/{@code false}. */
        FLAG,
        /** {@code Число}: plain decimals, sometimes the sentinel. */
        NUMBER,
        /** {@code Строка}: free text. */
        STRING
    }

    /**
     * One property template.
     *
     * @param name the property's {@code Наименование}
     * @param type how values are written
     * @param values the dictionary values (DICTIONARY only)
     * @param max the largest number, unscaled (NUMBER only)
     * @param scale the number of decimals (NUMBER only)
     */
    record Template(String name, Type type, List<String> values, long max, int scale) {
    }

    /** The name (and id) of the property 1C writes with a non-GUID id. */
    static final String BRAND = "Бренд";

    static final List<Template> GOODS = List.of(
            dictionary("Цвет", Vocabulary.COLORS),
            dictionary("Материал", "неопрен", "резина", "сталь", "алюминий", "полиэстер", "нейлон", "хлопок",
                    "ПВХ", "ЭВА", "пластик", "дерево", "искусственная кожа"),
            dictionary("Возраст", "дети", "подростки", "взрослые", "универсальный"),
            dictionary("Пол", "мужской", "женский", "унисекс"),
            dictionary("Сезон", "лето", "зима", "всесезонный", "демисезон"),
            dictionary("Уровень подготовки", "начальный", "любительский", "профессиональный"),
            dictionary("Вид спорта", "фитнес", "бокс", "футбол", "баскетбол", "волейбол", "хоккей",
                    "плавание", "йога", "туризм", "бег", "единоборства"),
            dictionary("Страна бренда", "Россия", "Германия", "Италия", "США", "Китай", "Финляндия"),
            dictionary("Тип упаковки", "коробка", "пакет", "блистер", "без упаковки"),
            dictionary("Жёсткость", "мягкий", "средний", "жёсткий"),
            dictionary("Форма", "круглая", "гексагональная", "прямоугольная", "овальная"),
            dictionary("Назначение", "для дома", "для зала", "для улицы", "для соревнований"),
            dictionary("Гарантия", "6 месяцев", "12 месяцев", "24 месяца", "без гарантии"),
            dictionary("Тип застёжки", "липучка", "шнуровка", "молния", "кнопки", "без застёжки"),
            dictionary("Комплектация", "в сборе", "требует сборки"),
            dictionary("Коллекция", "2022", "2023", "2024", "2025"),
            dictionary("Сертификация", "ЕАС", "не требуется", "добровольная"),
            dictionary("Покрытие", "неопрен", "винил", "хром", "порошковая краска", "без покрытия"),
            dictionary("Тип хвата", "прямой", "изогнутый", "эргономичный"),
            dictionary("Размер мяча", "1", "3", "4", "5", "6", "7"),
            dictionary("Класс", "тренировочный", "игровой", "матчевый"),
            dictionary("Поверхность", "трава", "паркет", "асфальт", "песок", "лёд", "снег"),
            dictionary("Наполнитель", "песок", "опилки", "резиновая крошка", "вода", "воздух"),
            dictionary("Ростовка", "детская", "подростковая", "взрослая"),
            dictionary("Тип товара", "основной", "комплектующий", "расходный"),
            dictionary("Сложность сборки", "простая", "средняя", "сложная"),
            dictionary("Вес (категория)", "до 1 кг", "1-5 кг", "5-10 кг", "свыше 10 кг"),
            dictionary("Ширина коврика", "60 см", "61 см", "80 см", "100 см"),
            dictionary("Тип тренажёра", "силовой", "кардио", "функциональный"),
            dictionary("Дизайн", "однотонный", "принт", "камуфляж", "градиент"),
            dictionary("Линейка", "Basic", "Pro", "Elite", "Kids", "Start"),
            dictionary("Федерация", "одобрено", "не одобрено"),
            dictionary("Цвет", "Белый", "Чёрный", "Красный", "Синий", "Серый"),
            dictionary("Упаковка для маркетплейса", "короб", "пакет с замком", "стрейч-плёнка"),
            dictionary("Производство", "собственное", "контрактное", "импорт"),
            dictionary("Сегмент", "эконом", "средний", "премиум"),
            dictionary("Температурный режим", "до -10", "до -20", "до -30", "не ограничен"),
            dictionary("Водонепроницаемость", "нет", "брызгозащита", "полная"),
            dictionary(BRAND, Vocabulary.BRANDS),
            number("Вес (кг)", 500, 1), number("Длина (см)", 2000, 1), number("Ширина (см)", 1000, 1),
            number("Высота (см)", 1000, 1), number("Вес коробки (кг)", 300, 1),
            number("Длина коробки (см)", 120, 0), number("Ширина коробки (см)", 80, 0),
            number("Высота коробки (см)", 80, 0), number("Вес индивидуальной упаковки (кг)", 2000, 2),
            number("Длина индивидуальной упаковки (см)", 900, 1),
            number("Ширина индивидуальной упаковки (см)", 600, 1),
            number("Высота индивидуальной упаковки (см)", 600, 1), number("Кратность", 50, 0),
            number("Количество в упаковке", 24, 0), number("Максимальная нагрузка (кг)", 3000, 0),
            number("Диаметр (см)", 1200, 1), number("Объём (л)", 600, 2), number("Толщина (мм)", 250, 1),
            number("Рост пользователя от (см)", 200, 0), number("Количество мест", 8, 0),
            text("Название на английском"), text("Ссылка на документ качества"), text("Ссылка на видео"),
            text("Особенности"), text("Состав"), text("Рекомендации по уходу"), text("Код ТН ВЭД"),
            text("Артикул поставщика"), text("Модель"), text("Размерная сетка"), text("Комментарий"),
            text("Ключевые слова"),
            flag("Новинка"), flag("Хит продаж"), flag("Выгружать на маркетплейсы"), flag("Распродажа"),
            flag("Под заказ"), flag("Есть в шоуруме"), flag("Подарочная упаковка"),
            flag("Маркировка Честный знак"), flag("Тяжёлый груз"), flag("Не выгружать на сайт"));

    static final List<Template> OFFERS = List.of(
            dictionary("Размер", Vocabulary.SIZES),
            dictionary("Цвет", "Белый принт", "Чёрный принт", "Красный", "Синий", "Зелёный", "Серый меланж"),
            dictionary("Детский размер", "98-104", "110-116", "122-128", "134-140", "146-152"),
            number("Длина коробки (см)", 120, 0), number("Вес индивидуальной упаковки БРУТТО (кг)", 500, 2),
            number("Вес коробки (кг)", 300, 1), number("Длина индивидуальной упаковки (см)", 900, 1),
            number("Вес индивидуальной упаковки (кг)", 500, 2), number("Высота коробки (см)", 80, 0),
            text("РазмерTD"), number("Кратность", 20, 0), number("Ширина индивидуальной упаковки (см)", 600, 1),
            number("Ширина коробки (см)", 80, 0), number("Вес коробки БРУТТО (кг)", 3000, 1),
            number("Высота индивидуальной упаковки (см)", 600, 1), number("Вес (кг)", 99999, 1),
            text("TDCode"));

    private PropertyCatalog() {
    }

    private static Template dictionary(String name, String... values) {
        return new Template(name, Type.DICTIONARY, List.of(values), 0, 0);
    }

    private static Template number(String name, long max, int scale) {
        return new Template(name, Type.NUMBER, List.of(), max, scale);
    }

    private static Template text(String name) {
        return new Template(name, Type.STRING, List.of(), 0, 0);
    }

    private static Template flag(String name) {
        return new Template(name, Type.FLAG, List.of(), 0, 0);
    }
}
