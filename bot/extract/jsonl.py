"""Run the extractor over a JSONL corpus without storing it (quality checks, data-desk exports)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from bot.errors import DateError
from bot.extract.hedges import is_uncertain, uncertainty_cues
from bot.extract.model import Extraction
from bot.extract.pipeline import Pipeline


def parse_published(raw: object, fallback: date) -> date:
    """Return the date of an input line's ``published``/``dct`` value, or the fallback."""
    if raw in (None, ""):
        return fallback
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise DateError(f"Malformed date {raw!r}", hint="use YYYY-MM-DD") from None


def extraction_to_json(doc_id: object, ex: Extraction) -> dict[str, Any]:
    """Return one output line: quotes, claims, events, timexes, hedges with text offsets."""
    return {
        "id": doc_id,
        "quotes": [
            {
                "quote": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker.name if q.speaker else None,
                # The words the article uses at this place ("she", "the spokesperson").
                "mention": q.speaker.mention or q.speaker.name if q.speaker else None,
                "speaker_kind": q.speaker.kind.value if q.speaker else None,
                "role": q.speaker.role if q.speaker else None,
                "via": q.speaker.via if q.speaker else None,
                "kind": q.kind,
                "cue": q.cue,
            }
            for q in ex.quotes
        ],
        "claims": [
            {
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "status": c.status.value,
                "reasons": list(c.reasons),
                "cues": list(c.cues),
                "source_kind": c.source_kind.value,
                "speaker": c.speaker.describe() if c.speaker else None,
            }
            for c in ex.claims
        ],
        "events": [
            {
                "text": e.text,
                "start": e.start,
                "end": e.end,
                "trigger": e.trigger,
                "certainty": e.certainty.value,
                "participants": list(e.participants),
                "place": e.place,
                "when": e.when.text if e.when else None,
                "value": e.when.value if e.when else None,
                "earliest": e.earliest.isoformat() if e.earliest else None,
                "latest": e.latest.isoformat() if e.latest else None,
            }
            for e in ex.events
        ],
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in ex.timexes
        ],
        "hedges": [
            {"start": h.start, "end": h.end, "text": h.text, "category": h.category}
            for h in ex.hedges
        ],
        # Plain predictions ("will") are hedges for claims but not uncertainty cues.
        "uncertain": is_uncertain(ex.hedges),
        "cues": [
            {"start": h.start, "end": h.end, "text": h.text} for h in uncertainty_cues(ex.hedges)
        ],
    }


def read_corpus(lines: Iterable[str], *, fallback: date) -> Iterator[tuple[object, str, date]]:
    """Yield (id, text, published) from JSONL lines; `dct` or `date` stand for `published`."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ValueError(f"line {number}: expected an object with a 'text' string")
        raw = next((row[k] for k in ("published", "dct", "date") if row.get(k)), None)
        published = parse_published(raw, fallback)
        yield row.get("id", number), row["text"], published


def extract_corpus(
    pipeline: Pipeline, lines: Iterable[str], *, fallback: date
) -> Iterator[dict[str, Any]]:
    """Yield one output object per input line."""
    rows = list(read_corpus(lines, fallback=fallback))
    extractions = pipeline.extract_many((text, published) for _, text, published in rows)
    for (doc_id, _, _), ex in zip(rows, extractions, strict=True):
        yield extraction_to_json(doc_id, ex)


def main(argv: list[str] | None = None) -> int:
    """Developer entry point: ``python -m bot.extract.jsonl IN OUT``."""
    import sys

    from bot.nlp import load_model

    args = sys.argv[1:] if argv is None else argv
    src, dst = args[0], args[1]
    pipeline = Pipeline(load_model())
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for obj in extract_corpus(pipeline, fin, fallback=date(2000, 1, 1)):
            fout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
