"""Score the hedge stage on the Szeged Wikipedia set: nlp.pipe + hedges only.

    python bench/eval_hedges.py [--gold PATH] [--out PATH] [--cache DOCS.spacy]

Writes ``{"id","uncertain","cues"}`` per sentence, then runs the set's own
scorer. ``--cache`` keeps the parsed docs between runs (they take a minute on
two cores). Skips cleanly when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from bot.extract.hedges import hedges_in, is_uncertain, uncertainty_cues
from bot.nlp import load_model

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "hedge"


def main() -> int:
    """Run the hedge stage over the gold sentences and print the scorer's figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=EVAL_DIR / "szeged_wiki.jsonl")
    ap.add_argument("--out", type=Path, default=Path("/tmp/hedges_szeged_wiki.out.jsonl"))
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"skip: {args.gold} not found")
        return 0
    rows = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    nlp = load_model()
    started = time.perf_counter()
    if args.cache and args.cache.exists():
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in rows), batch_size=256))
        if args.cache:
            bin_ = DocBin()
            for doc in docs:
                bin_.add(doc)
            bin_.to_disk(args.cache)
    parsed = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as out:
        for row, doc in zip(rows, docs, strict=True):
            hedges = hedges_in(doc)
            cues = [
                {"start": h.start, "end": h.end, "text": h.text} for h in uncertainty_cues(hedges)
            ]
            line = {"id": row["id"], "uncertain": is_uncertain(hedges), "cues": cues}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    done = time.perf_counter()
    print(f"parse {parsed - started:.1f}s, hedges {done - parsed:.2f}s", file=sys.stderr)
    scorer = [sys.executable, str(args.gold.parent / "score.py"), str(args.gold), str(args.out)]
    if args.errors:
        scorer += ["--errors", str(args.errors)]
    return subprocess.call(scorer)


if __name__ == "__main__":
    raise SystemExit(main())
