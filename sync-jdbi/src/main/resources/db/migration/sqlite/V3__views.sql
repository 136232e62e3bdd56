-- The views: the SQL contract a shop relies on across versions (tables may change, these columns stay).
-- The same names and columns on PostgreSQL and SQLite; '' key parts (no variant, a stock total) read as NULL.
-- Amounts and quantities are numbers (CAST of the stored exact decimal text); flags are 0/1.
-- The PostgreSQL and SQLite files are written line for line alike: change them together.

CREATE VIEW onecsync_product_v AS
SELECT p.id AS product_id, p.sku, p.name, p.description, p.category_id, p.unit_code, p.unit_name AS unit,
       p.barcode, p.country, p.version, p.active, p.session_id, p.updated_at
FROM onecsync_product p;

-- Every sellable item: each offer row, and each product without an offer row of its own (no offer of its
-- id, and no offer whose key text is its id: 2.x lists variants as products 'p#v'). An offer is active when its
-- row is, and every stored parent product too: the product of its product id, and the product whose id is its
-- key text. A product's own item is active when the product is, and the product before its id's first '#'
-- (when stored) too, so that prices and stock agree with this view.
CREATE VIEW onecsync_offer_v AS
SELECT o.product_id || CASE WHEN o.variant_id = '' THEN '' ELSE '#' || o.variant_id END AS offer_key,
       o.product_id, NULLIF(o.variant_id, '') AS variant_id, o.sku, o.name, o.barcode,
       o.active AND COALESCE(pp.active, TRUE) AND COALESCE(pv.active, TRUE) AS active
FROM onecsync_offer o
LEFT JOIN onecsync_product pp ON pp.id = o.product_id
LEFT JOIN onecsync_product pv ON o.variant_id <> '' AND pv.id = o.product_id || '#' || o.variant_id
UNION ALL
SELECT p.id, p.id, NULL, p.sku, p.name, p.barcode, p.active AND COALESCE(pb.active, TRUE)
FROM onecsync_product p
LEFT JOIN onecsync_product pb ON instr(p.id, '#') > 0 AND pb.id = substr(p.id, 1, instr(p.id, '#') - 1)
WHERE NOT EXISTS (SELECT 1 FROM onecsync_offer o WHERE o.product_id = p.id)
  AND NOT (instr(p.id, '#') > 0 AND EXISTS (SELECT 1 FROM onecsync_offer o
                                 WHERE o.product_id = substr(p.id, 1, instr(p.id, '#') - 1)
                                   AND o.variant_id = substr(p.id, instr(p.id, '#') + 1) AND o.variant_id <> ''));

-- active: the price's row, its offer row (when stored) and every stored parent product (as in onecsync_offer_v).
CREATE VIEW onecsync_price_v AS
SELECT x.product_id || CASE WHEN x.variant_id = '' THEN '' ELSE '#' || x.variant_id END AS offer_key,
       x.product_id, NULLIF(x.variant_id, '') AS variant_id, x.price_type_id, t.name AS price_type_name,
       CAST(x.amount AS NUMERIC) AS amount, x.currency,
       x.active AND COALESCE(o.active, TRUE) AND COALESCE(pp.active, TRUE) AND COALESCE(pv.active, TRUE) AS active
FROM onecsync_price x
LEFT JOIN onecsync_price_type t ON t.id = x.price_type_id
LEFT JOIN onecsync_offer o ON o.product_id = x.product_id AND o.variant_id = x.variant_id
LEFT JOIN onecsync_product pp ON pp.id = x.product_id
LEFT JOIN onecsync_product pv ON x.variant_id <> '' AND pv.id = x.product_id || '#' || x.variant_id;

-- warehouse_id is NULL for the offer's total; active as in onecsync_price_v.
CREATE VIEW onecsync_stock_v AS
SELECT x.product_id || CASE WHEN x.variant_id = '' THEN '' ELSE '#' || x.variant_id END AS offer_key,
       x.product_id, NULLIF(x.variant_id, '') AS variant_id, NULLIF(x.warehouse_id, '') AS warehouse_id,
       w.name AS warehouse_name, CAST(x.quantity AS NUMERIC) AS quantity,
       x.active AND COALESCE(o.active, TRUE) AND COALESCE(pp.active, TRUE) AND COALESCE(pv.active, TRUE) AS active
FROM onecsync_stock x
LEFT JOIN onecsync_warehouse w ON x.warehouse_id <> '' AND w.id = x.warehouse_id
LEFT JOIN onecsync_offer o ON o.product_id = x.product_id AND o.variant_id = x.variant_id
LEFT JOIN onecsync_product pp ON pp.id = x.product_id
LEFT JOIN onecsync_product pv ON x.variant_id <> '' AND pv.id = x.product_id || '#' || x.variant_id;

-- The category tree: path is the names from the root down, joined by ' / ' (a missing name counts as '');
-- depth is 0 for a root (no parent, an unknown parent, or itself as parent). Categories caught in a cycle of
-- parents have no root and are left out.
CREATE VIEW onecsync_category_v AS
WITH RECURSIVE tree (category_id, parent_id, name, path, depth, active) AS (
    SELECT c.id, c.parent_id, c.name, COALESCE(c.name, ''), 0, c.active
    FROM onecsync_category c
    WHERE c.parent_id IS NULL OR c.parent_id = c.id
       OR NOT EXISTS (SELECT 1 FROM onecsync_category up WHERE up.id = c.parent_id)
    UNION ALL
    SELECT c.id, c.parent_id, c.name, t.path || ' / ' || COALESCE(c.name, ''), t.depth + 1, c.active
    FROM onecsync_category c
    JOIN tree t ON c.parent_id = t.category_id
    WHERE c.parent_id <> c.id
)
SELECT category_id, parent_id, name, path, depth, active FROM tree;

CREATE VIEW onecsync_property_v AS
SELECT id AS property_id, name, value_type, active FROM onecsync_property;

-- Every property value of products and offers; value is the property's dictionary entry text when the
-- property has an entry whose id is the raw value, else the raw value.
CREATE VIEW onecsync_property_value_v AS
SELECT 'product' AS owner, p.id AS owner_key, p.id AS product_id,
       v.value ->> 'propertyId' AS property_id, pr.name AS property_name,
       CASE WHEN EXISTS (SELECT 1 FROM json_each(pr.dictionary) AS d WHERE d.value ->> 'id' = v.value ->> 'value')
            THEN (SELECT d.value ->> 'value' FROM json_each(pr.dictionary) AS d WHERE d.value ->> 'id' = v.value ->> 'value' LIMIT 1)
            ELSE v.value ->> 'value' END AS value,
       v.value ->> 'value' AS raw_value
FROM onecsync_product p
JOIN json_each(p.property_values) AS v
LEFT JOIN onecsync_property pr ON pr.id = v.value ->> 'propertyId'
UNION ALL
SELECT 'offer' AS owner, o.product_id || CASE WHEN o.variant_id = '' THEN '' ELSE '#' || o.variant_id END AS owner_key, o.product_id AS product_id,
       v.value ->> 'propertyId' AS property_id, pr.name AS property_name,
       CASE WHEN EXISTS (SELECT 1 FROM json_each(pr.dictionary) AS d WHERE d.value ->> 'id' = v.value ->> 'value')
            THEN (SELECT d.value ->> 'value' FROM json_each(pr.dictionary) AS d WHERE d.value ->> 'id' = v.value ->> 'value' LIMIT 1)
            ELSE v.value ->> 'value' END AS value,
       v.value ->> 'value' AS raw_value
FROM onecsync_offer o
JOIN json_each(o.property_values) AS v
LEFT JOIN onecsync_property pr ON pr.id = v.value ->> 'propertyId';

CREATE VIEW onecsync_price_type_v AS
SELECT id AS price_type_id, name, currency, tax_name, tax_included, active FROM onecsync_price_type;

CREATE VIEW onecsync_warehouse_v AS
SELECT id AS warehouse_id, name, active FROM onecsync_warehouse;

CREATE VIEW onecsync_unit_v AS
SELECT id AS unit_id, code, short_name, full_name, international_abbreviation, active FROM onecsync_unit;

CREATE VIEW onecsync_counterparty_v AS
SELECT id AS counterparty_id, name, full_name, official_name, role, inn, kpp, okpo, active
FROM onecsync_counterparty;
