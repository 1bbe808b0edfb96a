"""Ingest: read articles from files, folders, URLs and stdin, extract them and store them.

- ``readers``: ``read_source`` turns a .txt/.md (with a ``---`` header), .html, http(s) URL
  or ``-`` into a ``RawArticle``, or raises a one-line ``IngestError`` naming the source.
- ``service``: ``ingest_sources`` (CLI batches), ``ingest_text`` (chat), ``reextract_all``.
"""

from bot.ingest.article import Overrides, RawArticle

__all__ = ["Overrides", "RawArticle"]
