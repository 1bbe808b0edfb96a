"""Ingest: read articles from files, folders, URLs and stdin, extract them and store them."""

from bot.ingest.article import Overrides, RawArticle

__all__ = ["Overrides", "RawArticle"]
