"""Storage: SQLModel tables and the queries the commands need; the only SQL in the bot.

- ``db``: ``make_engine(url)`` (SQLite with WAL and foreign keys, or PostgreSQL) and ``init_db``.
- ``writes``: ``save_article``, ``replace_extraction``, ``add_flag``, ``record_delivery``;
  each one transaction, all or nothing.
- ``queries``: ``find_quotes``, ``find_claims``, ``find_events``, ``list_articles``... returning
  frozen views (``views``); ``search`` for topics (``fulltext``: FTS5 or tsvector).
"""
