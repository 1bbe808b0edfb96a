"""Run only spaCy + the timex stage over the TempEval-style set and write system JSONL.

Usage: python -m bench.timex_eval GOLD.jsonl OUT.jsonl   (from the repository root, so that its
``bot`` is the one imported; parses are cached in /tmp)
Skips cleanly when the evaluation file is absent.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from spacy.tokens import DocBin

from bot.extract.timex import extract_timexes
from bot.nlp import load_model


def main() -> int:
    """Write one line of timexes per gold document."""
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    if not src.exists():
        print(f"skip: {src} not found")
        return 0
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_model()
    cache = Path("/tmp") / f"timex_docs_{src.stem}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
        DocBin(docs=docs).to_disk(cache)
    with dst.open("w", encoding="utf-8") as out:
        for row, doc in zip(rows, docs, strict=True):
            published = date.fromisoformat(str(row["dct"])[:10])
            found = extract_timexes(doc, published)
            items = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value} for t in found]
            out.write(json.dumps({"id": row["id"], "timexes": items}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
