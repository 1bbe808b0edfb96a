"""Build reply items from store views: one function per kind, each naming its article."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from bot.commands.types import ArticleRef, Field, Item
from bot.extract.model import describe_source
from bot.extract.speech_lexicon import is_refusal_cue


class ArticleFields(Protocol):
    """The article columns every store view carries."""

    article_id: int
    article_title: str
    article_source: str | None
    article_published: date
    article_published_estimated: bool
    article_url: str | None


def article_ref(view: ArticleFields) -> ArticleRef:
    """Return the citation for the article a view comes from."""
    return ArticleRef(
        id=view.article_id,
        title=view.article_title,
        source=view.article_source,
        published=view.article_published,
        published_estimated=view.article_published_estimated,
        url=view.article_url,
    )


def speaker_label(name: str | None, role: str | None, via: str | None) -> str:
    """Return 'Name (role), cited by Outlet' for a stored speaker."""
    return describe_source(name or "unattributed", role, via)


def quote_item(view: Any) -> Item:
    """Render a stored quote as an item; a refusal reads as what was refused, not as words."""
    if is_refusal_cue(view.cue):
        return Item(
            kind="refusal",
            title=speaker_label(view.speaker_name, view.speaker_role, view.speaker_via),
            body=f"{view.cue} {view.text}".strip(),
            fields=(Field("Kind", "refusal"),),
            article=article_ref(view),
            ref_id=view.id,
        )
    fields = [Field("Kind", view.kind)]
    if view.cue:
        fields.append(Field("Cue", view.cue))
    if view.speaker_kind and view.speaker_kind not in ("person", "none"):
        fields.append(Field("Source", view.speaker_kind))
    return Item(
        kind="quote",
        title=speaker_label(view.speaker_name, view.speaker_role, view.speaker_via),
        body=view.text,
        fields=tuple(fields),
        article=article_ref(view),
        ref_id=view.id,
    )


def claim_item(view: Any) -> Item:
    """Render a stored claim with its status and reasons."""
    fields = [Field("Status", view.status)]
    if view.reasons:
        fields.append(Field("Why", "; ".join(view.reasons)))
    if view.speaker_name:
        fields.append(Field("Source", speaker_label(view.speaker_name, None, view.speaker_via)))
    if getattr(view, "flags", 0):
        fields.append(Field("Flagged", f"{view.flags} time(s) for checking"))
    return Item(
        kind="claim",
        title=f"{view.status.capitalize()} claim #{view.id}",
        body=view.text,
        fields=tuple(fields),
        article=article_ref(view),
        ref_id=view.id,
    )


def describe_window(earliest: date | None, latest: date | None) -> str:
    """Say when something is expected: 'on 2023-09-13', 'between ... and ...', 'by ...'."""
    if earliest and latest:
        if earliest == latest:
            return f"on {latest:%a %d %b %Y}"
        return f"between {earliest:%d %b %Y} and {latest:%d %b %Y}"
    if latest:
        return f"by {latest:%d %b %Y}"
    if earliest:
        return f"from {earliest:%d %b %Y}"
    return "date not given"


def event_item(view: Any, *, as_of: date, passed: bool | None = None) -> Item:
    """Render an expected event with its window; a passed window is marked as such."""
    window = describe_window(view.earliest, view.latest)
    if passed is None:
        passed = view.latest is not None and view.latest < as_of
    when = f"{view.time_text} ({window})" if view.time_text else window
    fields = [Field("When", when), Field("Certainty", view.certainty)]
    if view.participants:
        fields.append(Field("Who", ", ".join(view.participants)))
    if view.place:
        fields.append(Field("Where", view.place))
    if view.details:
        fields.append(Field("Details", "; ".join(view.details)))
    if passed:
        fields.append(Field("Status", "window passed, not confirmed"))
    title = ("Passed: " if passed else "") + f"{view.certainty.capitalize()} {window}"
    return Item(
        kind="event",
        title=title,
        body=view.text,
        fields=tuple(fields),
        article=article_ref(view),
        ref_id=view.id,
    )


def article_item(view: Any) -> Item:
    """Render an article with what was found in it."""
    ref = ArticleRef(
        id=view.id,
        title=view.title,
        source=view.source,
        published=view.published,
        published_estimated=view.published_estimated,
        url=view.url,
    )
    counts = f"{view.quotes} quotes, {view.claims} claims, {view.events} expected events"
    published = view.published.isoformat() + (" (estimated)" if view.published_estimated else "")
    return Item(
        kind="article",
        title=f"#{view.id} {view.title}",
        body=counts,
        fields=(
            Field("Source", view.source or "unknown"),
            Field("Published", published),
            Field("Extractor", view.extractor_version),
        ),
        article=ref,
        ref_id=view.id,
    )
