"""Benchmarks: ingest throughput beside bare spaCy, extractor overhead, query latency, memory.

Run: python bench/bench.py [--corpus FILE.jsonl] [--limit N] [--repeat N]
The corpus defaults to ../shared/eval/quotes/polnear_dev.jsonl when present (read, never
copied), else the articles in seeds/. Figures go to stdout as a table and to bench/out/.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"


def load_texts(corpus: Path | None, limit: int) -> list[tuple[str, date]]:
    """Return (text, published) pairs from a JSONL corpus or from seeds/."""
    if corpus and corpus.is_file():
        from bot.extract.jsonl import read_corpus

        lines = corpus.read_text(encoding="utf-8").splitlines()
        rows = read_corpus(lines, fallback=date(2023, 9, 6))
        return [(text, published) for _, text, published in rows][:limit]
    from bot.clock import FixedClock
    from bot.config import Settings
    from bot.ingest.article import Overrides
    from bot.ingest.readers import expand_sources, read_source

    clock = FixedClock(datetime(2023, 9, 6, tzinfo=UTC))
    articles = [
        read_source(path, settings=Settings(), clock=clock, overrides=Overrides())
        for path in expand_sources([str(ROOT / "seeds")])
    ]
    texts = [(a.text, a.published) for a in articles]
    return (texts * (limit // max(len(texts), 1) + 1))[:limit]


def timed(func, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Return the best wall time and the best CPU time of `repeat` runs (seconds).

    CPU time (this process only) is steadier than wall time on a shared machine.
    """
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def time_stages(pipeline: Any, texts: list[tuple[str, date]]) -> dict[str, float]:
    """Return the seconds each stage takes over the corpus (after one shared parse)."""
    from bot.extract.pipeline import Work

    docs = list(pipeline.nlp.pipe((t for t, _ in texts), batch_size=16))
    totals: dict[str, float] = {stage.name: 0.0 for stage in pipeline.stages}
    for (text, published), doc in zip(texts, docs, strict=True):
        work = Work(text=text, published=published, doc=doc)
        for stage in pipeline.stages:
            start = time.perf_counter()
            stage.func(work)
            totals[stage.name] += time.perf_counter() - start
    return totals


def main() -> int:
    """Run every benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    from bot.bootstrap import bootstrap
    from bot.clock import FixedClock
    from bot.commands.types import Request
    from bot.config import load_settings
    from bot.extract.pipeline import Pipeline
    from bot.ingest.article import RawArticle
    from bot.nlp import load_model
    from bot.store.writes import save_article

    texts = load_texts(args.corpus, args.limit)
    words = sum(len(t.split()) for t, _ in texts)
    nlp = load_model()
    pipeline = Pipeline(nlp)
    list(nlp.pipe(t for t, _ in texts[:4]))  # warm up

    # Alternate the two runs so that a machine speeding up or slowing down between them
    # does not show as extractor cost; keep the best of each.
    bare = bare_cpu = extract = extract_cpu = float("inf")
    for _ in range(args.repeat):
        wall, cpu = timed(lambda: list(nlp.pipe((t for t, _ in texts), batch_size=16)), 1)
        bare, bare_cpu = min(bare, wall), min(bare_cpu, cpu)
        wall, cpu = timed(lambda: list(pipeline.extract_many(texts)), 1)
        extract, extract_cpu = min(extract, wall), min(extract_cpu, cpu)
    stage_times = time_stages(pipeline, texts)

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings({"NEWSROOM_DATABASE_URL": f"sqlite:///{tmp}/bench.db"}, dotenv_path=None)
        clock = FixedClock(datetime(2023, 9, 6, tzinfo=UTC))
        services = bootstrap(settings, clock=clock)
        start = time.perf_counter()
        for i, ex in enumerate(pipeline.extract_many(texts)):
            text, published = texts[i]
            raw = RawArticle(
                text=f"{text}\n\n[bench copy {i}]", title=f"Bench {i}", source="bench", author=None,
                url=None, published=published, published_estimated=False, date_note=None, origin=f"bench:{i}",
            )
            save_article(services.engine, raw, ex, now=clock.now())
        ingest = time.perf_counter() - start

        latencies: dict[str, list[float]] = {}
        probes = {
            "whosaid person": Request(command="whosaid", args="Trump"),
            "whosaid topic": Request(command="whosaid", args="emails"),
            "claims": Request(command="claims"),
            "next": Request(command="next", options={"as_of": "2016-10-15"}),
            "ask": Request(command="ask", args="what did Clinton say?"),
        }
        for name, request in probes.items():
            samples = latencies.setdefault(name, [])
            for _ in range(args.queries):
                start = time.perf_counter()
                services.handler.handle(request)
                samples.append((time.perf_counter() - start) * 1000)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(texts)
    lines = [
        f"corpus: {args.corpus if args.corpus and args.corpus.is_file() else 'seeds/'} "
        f"({n} articles, {words} words)",
        f"bare spaCy nlp.pipe:      {n / bare:8.1f} articles/s {words / bare:9.0f} words/s",
        f"extract (full pipeline):  {n / extract:8.1f} articles/s {words / extract:9.0f} words/s"
        f"   ratio to bare spaCy: {extract / bare:.2f}x wall, {extract_cpu / bare_cpu:.2f}x CPU",
        f"ingest (extract + SQLite): {n / ingest:7.1f} articles/s {words / ingest:9.0f} words/s"
        f"   ratio to bare spaCy: {ingest / bare:.2f}x",
    ]
    lines.append("stages after the parse: " + ", ".join(
        f"{name} {secs * 1000 / n:.1f} ms/article" for name, secs in stage_times.items()
    ))
    for name, samples in latencies.items():
        samples.sort()
        p95 = samples[int(len(samples) * 0.95) - 1]
        lines.append(f"query {name:15s} median {statistics.median(samples):6.2f} ms  p95 {p95:6.2f} ms")
    lines.append(f"peak memory (RSS): {peak_mb:.0f} MB")
    print("\n".join(lines))
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "latest.txt").write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
