"""Extraction quality on the annotated dev sets: quotes, time expressions, hedges.

Run: python bench/eval.py [--eval-dir ../shared/eval] [--only quotes,timex,hedge]

Each set is read from the eval folder (never copied into the project) and scored with
that folder's own scorer. Without the folder, says how to get the data and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "eval"
HOW_TO_GET = """No evaluation data at {path}.
The dev sets are public annotated news corpora, converted to JSONL (see their README):
  quotes/polnear_dev.jsonl  PolNeAR (Newell et al. 2018), attributions with sources
  timex/tbaq.jsonl          TimeBank 1.2 + AQUAINT (TempEval-3 training data)
  hedge/szeged_wiki.jsonl   Szeged Uncertainty Corpus, Wikipedia part
Put them in that layout and pass --eval-dir."""

# (label, task, scorer args, regexes for the rows worth reporting)
# Quote rows are scored twice over: "named" rows on the resolved speaker ("Adrienne Watson"
# for "she"), which is what the bot answers; "strict" rows on the speaker as the article
# words it at that place ("she", "the spokesperson"), which is what the strict scorer
# compares with (the annotated source span). See speaker_as_written().
WRITTEN = "<score the speaker as written>"  # a marker in a row's args, never passed on
ROWS = {
    "quotes": [
        ("direct quotes + speaker, named e2e F1", ["--kind", "direct"], r"end-to-end named.*?(\d\.\d+)\s*$"),
        ("direct quotes + speaker, strict e2e F1", ["--kind", "direct", WRITTEN], r"end-to-end strict.*?(\d\.\d+)\s*$"),
        ("all attributions, strict e2e F1", [WRITTEN], r"end-to-end strict.*?(\d\.\d+)\s*$"),
        ("all attributions, named e2e F1", [], r"end-to-end named.*?(\d\.\d+)\s*$"),
    ],
    "timex": [
        ("time expressions, value F1", [], r"^value .*F1=(\d\.\d+)"),
        ("time expressions, strict span F1", [], r"^strict .*F1=(\d\.\d+)"),
        ("future expressions, exact-value recall", [], r"^future .*recall=(\d\.\d+)"),
    ],
    "hedge": [("hedge sentences, F1", [], r"sent_f1=(\d\.\d+)")],
}


def run(cmd: list[str]) -> str:
    """Run a command, fail loudly, return its stdout."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return done.stdout


def system_output(task: str, eval_dir: Path, tmp: Path) -> tuple[Path, Path]:
    """Produce the system file for a task; return (gold, system)."""
    if task == "hedge":
        gold, out = eval_dir / "hedge" / "szeged_wiki.jsonl", tmp / "hedge.jsonl"
        run([sys.executable, "bench/eval_hedges.py", "--gold", str(gold), "--out", str(out)])
        return gold, out
    gold = eval_dir / ("quotes/polnear_dev.jsonl" if task == "quotes" else "timex/tbaq.jsonl")
    out = tmp / f"{task}.jsonl"
    run([sys.executable, "-m", "bot", "extract", "--jsonl", str(gold), "--out", str(out)])
    return gold, out


def speaker_as_written(system: Path) -> Path:
    """Write a copy of a quotes output whose speaker is the mention, for the strict rows."""
    written = system.with_name("quotes_written.jsonl")
    with system.open(encoding="utf-8") as fin, written.open("w", encoding="utf-8") as fout:
        for line in fin:
            row = json.loads(line)
            for quote in row["quotes"]:
                quote["speaker"] = quote.get("mention") or quote["speaker"]
            fout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return written


def main() -> int:
    """Score each task and print a table of dev figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", default="quotes,timex,hedge")
    args = parser.parse_args()
    if not args.eval_dir.is_dir():
        print(HOW_TO_GET.format(path=args.eval_dir))
        return 0
    table: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for task in args.only.split(","):
            gold, system = system_output(task, args.eval_dir, Path(tmp))
            scorer = str(args.eval_dir / task / "score.py")
            written = speaker_as_written(system) if task == "quotes" else system
            for label, extra, pattern in ROWS[task]:
                scored = written if WRITTEN in extra else system
                options = [a for a in extra if a != WRITTEN]
                report = run([sys.executable, scorer, str(gold), str(scored), *options])
                found = re.search(pattern, report, re.MULTILINE)
                table.append((label, found.group(1) if found else "?"))
    width = max(len(label) for label, _ in table)
    for label, value in table:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
