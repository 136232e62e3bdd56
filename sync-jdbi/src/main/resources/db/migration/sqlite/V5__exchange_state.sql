-- Version 5 keeps the catalog exchange's state in PostgreSQL so that several servers share it. SQLite has one
-- writer at a time, held by an import for its whole transaction, so the exchange's progress and log could not be
-- written while it runs: with SQLite an exchange's state stays in the one server that answers it, and this
-- version changes nothing here. It exists so that both databases share version numbers.
SELECT 1;
