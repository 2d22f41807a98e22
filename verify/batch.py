"""Batch: many articles, parsed in ``nlp.pipe`` streams by workers, recorded by one writer.

The parent process reads each article (``verify.ingest``), skips those a
complete run with the same fingerprint already checked (``verify.record.
fingerprint``: plugins, datasets, model, threshold), and sends the rest in
chunks to workers: the parent itself (``jobs=1``), worker processes, or a
Dask cluster. A worker loads the spaCy model and the plugins once, parses a
chunk with one ``nlp.pipe`` stream (``nlp.parse_many``) and checks each
article (``pipeline.verify_article``). Results come back as plain
dataclasses; only the parent writes to SQLite (``record.record_runs``, one
transaction per chunk, each run whole or absent), so a killed batch loses at
most the chunks in flight, and running it again picks up where it stopped.

A bad article (missing, empty, binary, not UTF-8, too large, a JSONL line
without text) is reported on one line and counted as failed; the batch goes on.
"""

from __future__ import annotations

import concurrent.futures as cf
import glob
import importlib
import json
import os
import pickle
import resource
import sys
import time
import types
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verify.errors import UserError
from verify.ingest import FORMATS, article_from_text, decode, max_bytes, read_article

if TYPE_CHECKING:
    import sqlite_utils

    from verify.models import Article
    from verify.pipeline import RunResult

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_CHUNK = 16
CHUNK_CHARS = 1_000_000  # a chunk also ends at this much text, so a worker's docs stay small in memory
_GLOB_CHARS = set("*?[")


# --- inputs -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """Where one article comes from: a file, or one line of a JSONL file."""

    path: str
    line: int | None = None  # 1-based line number in a JSONL file
    offset: int | None = None  # byte offset of that line

    @property
    def label(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


def expand(inputs: Iterable[str]) -> list[Source]:
    """Files, folders (recursively: .txt, .md, .html), globs and JSONL files, in order, without repeats.

    A path that does not exist (and matches nothing as a glob) is kept, so it is reported as a failed article.
    """
    found: list[Source] = []
    seen: set[str] = set()

    def add_file(path: Path) -> None:
        key = str(path.resolve())
        if key in seen:
            return
        seen.add(key)
        if path.suffix.lower() in JSONL_SUFFIXES:
            found.extend(_jsonl_sources(path))
        else:
            found.append(Source(str(path)))

    def add(path: Path) -> None:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative):
                    continue
                if child.is_file() and child.suffix.lower() in FORMATS:
                    add_file(child)
        else:
            add_file(path)

    for item in inputs:
        path = Path(item)
        if path.exists():
            add(path)
        elif _GLOB_CHARS & set(item) and (matches := sorted(glob.glob(item, recursive=True))):
            for match in matches:
                add(Path(match))
        else:
            found.append(Source(item))
    return found


def _jsonl_sources(path: Path) -> Iterator[Source]:
    try:
        with open(path, "rb") as handle:
            offset = 0
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield Source(str(path), number, offset)
                offset += len(line)
    except OSError:
        yield Source(str(path), 0, None)  # reported as failed when loaded


def load(source: Source) -> Article:
    """The article at ``source``; a ``UserError`` (one line) when it cannot be used."""
    if source.line is None:
        return read_article(source.path)
    if source.offset is None:
        raise UserError(f"{source.path}: cannot read this JSONL file")
    try:
        with open(source.path, "rb") as handle:
            handle.seek(source.offset)
            raw = handle.readline(max_bytes() + 2)
    except OSError as error:
        raise UserError(f"{source.path}: cannot read: {error.strerror or error}") from None
    return article_from_json(raw, source.label)


def article_from_json(raw: bytes, label: str) -> Article:
    """One JSONL record: ``text`` and optional ``title``, ``published``, ``source``, ``id``/``path``, ``format``."""
    if len(raw) > max_bytes():
        raise UserError(f"{label}: larger than the {max_bytes():,}-byte limit (VERIFY_MAX_BYTES)")
    try:
        record = json.loads(decode(raw, label))
    except ValueError as error:
        raise UserError(f"{label}: not a JSON object: {str(error).splitlines()[0]}") from None
    if not isinstance(record, dict):
        raise UserError(f"{label}: each line must be a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise UserError(f"{label}: no 'text' string in this record")
    text = decode(text.encode("utf-8", errors="replace"), label)
    fmt = str(record.get("format") or "txt").lower()
    return article_from_text(
        text,
        "md" if fmt == "markdown" else fmt,
        label,
        overrides={k: record.get(k) for k in ("title", "published", "source")},
        path=_text_or_none(record.get("path") or record.get("id")) or label,
    )


def _text_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


# --- workers ------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to rebuild the parent's plugins and model; picklable."""

    model: str | None
    threshold: float
    fingerprint: str
    plugins_dirs: tuple[str, ...] = ()
    disabled: tuple[str, ...] = ()
    inline: tuple[tuple[Any, str], ...] = ()  # (plugin object or ("module", dotted name), name)


@dataclass
class Outcome:
    """What a worker made of one article: a result, or a one-line error."""

    index: int
    result: RunResult | None = None
    error: str | None = None
    tokens: int = 0


@dataclass
class ChunkResult:
    outcomes: list[Outcome]
    peak_rss_mb: float
    pid: int


def portable_plugins(plugins: Iterable[tuple[Any, str]]) -> tuple[tuple[Any, str], ...]:
    """Inline plugins as workers can receive them: modules by name, other objects as they are."""
    return tuple(
        (("module", plugin.__name__) if isinstance(plugin, types.ModuleType) else plugin, name)
        for plugin, name in plugins
    )


_STATE: dict[str, Any] = {}


def _state(settings: Settings, local: tuple[Any, Any, list[dict[str, Any]]] | None = None) -> tuple[Any, Any, Any]:
    """(plugin manager, registry, plugin descriptions), built once per process for these settings."""
    key = repr((settings.fingerprint, settings.plugins_dirs, settings.disabled, [n for _, n in settings.inline]))
    if local is not None:
        _STATE.update(key=key, value=local)
    if _STATE.get("key") != key:
        from verify.plugins import build_registry, check_hooks, describe_plugins, get_plugin_manager

        pm = get_plugin_manager(settings.plugins_dirs, disabled=settings.disabled)
        for plugin, name in settings.inline:
            if isinstance(plugin, tuple) and plugin[:1] == ("module",):
                plugin = importlib.import_module(plugin[1])
            if not pm.is_registered(plugin):
                pm.register(plugin, name=name)
        check_hooks(pm)
        _STATE.update(key=key, value=(pm, build_registry(pm), describe_plugins(pm)))
    return _STATE["value"]


def warm_up(settings: Settings) -> int:
    """Load the plugins, datasets and spaCy model of a worker before its first chunk arrives."""
    from verify import nlp

    try:
        _state(settings)
        nlp.load(settings.model)
    except UserError:
        pass  # reported per article by check_chunk
    return os.getpid()


def init_worker() -> None:
    """Worker-process start: one thread for the numeric libraries (one process per core does the parallelism)."""
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


def check_chunk(settings: Settings, chunk: list[tuple[int, Article]]) -> ChunkResult:
    """Parse a chunk of articles in one ``nlp.pipe`` stream and check each; never raises for one bad article."""
    from verify import nlp
    from verify.pipeline import verify_article

    outcomes: list[Outcome] = []
    try:
        _, registry, described = _state(settings)
        try:
            parsed = nlp.parse_many([article.text for _, article in chunk], settings.model)
        except UserError:
            raise
        except Exception:  # one article broke the stream: parse them one by one to find it
            parsed = [None] * len(chunk)
        for (index, article), paragraphs in zip(chunk, parsed, strict=True):
            try:
                if paragraphs is None:
                    paragraphs = nlp.parse(article.text, settings.model)
                result = verify_article(
                    article,
                    registry,
                    model=settings.model,
                    threshold=settings.threshold,
                    plugins=described,
                    paragraphs=paragraphs,
                )
                result.config["fingerprint"] = settings.fingerprint
                tokens = sum(len(p.doc) for p in paragraphs)
                outcomes.append(Outcome(index, result=result, tokens=tokens))
            except UserError as error:
                outcomes.append(Outcome(index, error=one_line(str(error))))
            except Exception as error:
                outcomes.append(Outcome(index, error=one_line(f"{type(error).__name__}: {error}")))
    except UserError as error:  # the model or the plugins cannot load: every article fails the same way
        done = {o.index for o in outcomes}
        outcomes.extend(Outcome(i, error=one_line(str(error))) for i, _ in chunk if i not in done)
    return ChunkResult(outcomes, peak_rss_mb(), os.getpid())


def one_line(message: str) -> str:
    return " ".join(message.split()) or "unknown error"


def peak_rss_mb() -> float:
    """Peak resident memory of this process (``getrusage``; kilobytes on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# --- executors ----------------------------------------------------------------


class InlineExecutor:
    """``jobs=1``: chunks run in this process, one after the other."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future:
        future: cf.Future = cf.Future()
        try:
            future.set_result(fn(*args))
        except BaseException as error:
            future.set_exception(error)
        return future

    def wait(self, futures: set) -> tuple[set, set]:
        return set(futures), set()

    def shutdown(self) -> None:
        pass


class ProcessExecutor:
    """``jobs=N``: N spawned worker processes (each loads the model and plugins once)."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing

        self.jobs = jobs
        self.pool = cf.ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=init_worker
        )

    def warm(self, settings: Settings) -> None:
        """Start every worker now, loading its model while the parent reads the first articles."""
        for _ in range(self.jobs):
            self.pool.submit(warm_up, settings)

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future:
        try:
            return self.pool.submit(fn, *args)
        except cf.process.BrokenProcessPool:  # a worker died (killed, out of memory): start afresh
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.__init__(self.jobs)  # type: ignore[misc]
            return self.pool.submit(fn, *args)

    def wait(self, futures: set) -> tuple[set, set]:
        done, pending = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return done, pending

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """A Dask distributed cluster: workers parse and check, this process writes the log."""

    def __init__(self, scheduler: str | None, jobs: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UserError("--executor dask needs Dask: pip install 'verify[dask]'") from None
        self.cluster = None
        self.jobs = jobs
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError, ValueError) as error:
            raise UserError(f"cannot connect to the Dask scheduler {scheduler!r}: {one_line(str(error))}") from None
        self.jobs = max(jobs, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def wait(self, futures: set) -> tuple[set, set]:
        from distributed import wait

        done, pending = wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    def shutdown(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(kind: str, jobs: int, scheduler: str | None = None) -> Any:
    if kind == "dask":
        return DaskExecutor(scheduler, jobs)
    if jobs <= 1:
        return InlineExecutor()
    return ProcessExecutor(jobs)


# --- the batch ----------------------------------------------------------------


@dataclass
class Summary:
    total: int = 0
    checked: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    labels: Counter = field(default_factory=Counter)
    tokens: int = 0
    seconds: float = 0.0
    peak_worker_mb: float = 0.0
    peak_parent_mb: float = 0.0

    @property
    def articles_per_s(self) -> float:
        return self.checked / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.total,
            "checked": self.checked,
            "skipped": self.skipped,
            "failed": self.failed,
            "claims": self.claims,
            "labels": dict(sorted(self.labels.items())),
            "tokens": self.tokens,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(self.articles_per_s, 2),
            "tokens_per_s": round(self.tokens / self.seconds, 1) if self.seconds else 0.0,
            "peak_worker_mb": self.peak_worker_mb,
            "peak_parent_mb": self.peak_parent_mb,
        }


def settings_for(
    pm: Any,
    model: str | None,
    threshold: float,
    plugins_dirs: Iterable[str] = (),
    disabled: Iterable[str] = (),
    inline: Iterable[tuple[Any, str]] = (),
) -> tuple[Settings, tuple[Any, Any, list[dict[str, Any]]]]:
    """The workers' settings (with the run fingerprint) and the parent's own (pm, registry, descriptions)."""
    import verify
    from verify import nlp
    from verify.plugins import build_registry, describe_plugins
    from verify.record import fingerprint

    registry = build_registry(pm)
    described = describe_plugins(pm)
    datasets = [d.info() for d in registry.datasets]
    settings = Settings(
        model=model,
        threshold=threshold,
        fingerprint=fingerprint(described, datasets, nlp.model_name(model), threshold, verify.__version__),
        plugins_dirs=tuple(str(d) for d in plugins_dirs),
        disabled=tuple(disabled),
        inline=portable_plugins(inline),
    )
    return settings, (pm, registry, described)


def run_batch(
    sources: list[Source],
    settings: Settings,
    db: sqlite_utils.Database,
    executor: Any,
    local_state: tuple[Any, Any, list[dict[str, Any]]] | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    in_flight: int = 2,
    on_failure: Callable[[str], None] = lambda message: None,
    on_progress: Callable[[int], None] = lambda n: None,
) -> Summary:
    """Check ``sources``; record every result in ``db``; return the counts.

    ``in_flight`` chunks per worker are queued at most, so memory stays
    bounded however many articles there are.
    """
    from verify.record import already_checked, record_runs

    if isinstance(executor, InlineExecutor):
        if local_state is not None:
            _state(settings, local_state)  # the parent's own plugins: nothing to rebuild
    else:
        try:
            pickle.dumps(settings)
        except Exception as error:
            executor.shutdown()
            raise UserError(
                f"plugins registered in code cannot be sent to worker processes ({one_line(str(error))}); "
                "register them from an importable module, or use --jobs 1"
            ) from None
        if hasattr(executor, "warm"):
            executor.warm(settings)
    started = time.perf_counter()
    summary = Summary(total=len(sources))
    pending: set = set()
    chunks: dict[Any, list[tuple[int, Article]]] = {}
    in_flight_keys: set[tuple[str, str | None]] = set()  # articles sent but not yet recorded (duplicates)
    limit = max(1, in_flight * getattr(executor, "jobs", 1))

    def fail(message: str) -> None:
        summary.failed += 1
        on_failure(one_line(message))
        on_progress(1)

    def collect(done: set) -> None:
        for future in done:
            chunk = chunks.pop(future)
            in_flight_keys.difference_update(_key(article) for _, article in chunk)
            try:
                chunk_result: ChunkResult = future.result()
            except Exception as error:  # the worker itself died: its articles failed, the batch goes on
                for index, _ in chunk:
                    fail(f"{sources[index].label}: worker failed: {type(error).__name__}: {error}")
                continue
            summary.peak_worker_mb = max(summary.peak_worker_mb, chunk_result.peak_rss_mb)
            results = []
            for outcome in sorted(chunk_result.outcomes, key=lambda o: o.index):
                if outcome.result is None:
                    message = outcome.error or "unknown error"
                    label = sources[outcome.index].label
                    fail(message if message.startswith(label) else f"{label}: {message}")
                    continue
                results.append(outcome.result)
                summary.tokens += outcome.tokens
            if results:
                try:
                    record_runs(db, results)
                except UserError:  # find the run the log refuses; record the others
                    kept = []
                    for result in results:
                        try:
                            record_runs(db, [result])
                            kept.append(result)
                        except UserError as error:
                            label = result.article.path or result.article.content_hash[:12]
                            fail(f"{label}: {error}")
                    results = kept
            for result in results:
                summary.checked += 1
                summary.claims += len(result.claims)
                summary.labels.update(c.final.label for c in result.claims)
            on_progress(len(results))

    def submit(chunk: list[tuple[int, Article]]) -> None:
        nonlocal pending
        while len(pending) >= limit:
            done, pending = executor.wait(pending)
            collect(done)
        future = executor.submit(check_chunk, settings, chunk)
        chunks[future] = chunk
        pending.add(future)
        if isinstance(executor, InlineExecutor):
            done, pending = executor.wait(pending)
            collect(done)

    chunk: list[tuple[int, Article]] = []
    chunk_chars = 0
    try:
        for index, source in enumerate(sources):
            try:
                article = load(source)
            except UserError as error:
                message = str(error)
                fail(message if message.startswith(source.label) else f"{source.label}: {message}")
                continue
            except Exception as error:  # never let one file stop the batch
                fail(f"{source.label}: {type(error).__name__}: {error}")
                continue
            key = _key(article)
            if key in in_flight_keys or already_checked(db, *key, settings.fingerprint):
                summary.skipped += 1
                on_progress(1)
                continue
            in_flight_keys.add(key)
            chunk.append((index, article))
            chunk_chars += len(article.text)
            if len(chunk) >= chunk_size or chunk_chars >= CHUNK_CHARS:
                submit(chunk)
                chunk, chunk_chars = [], 0
        if chunk:
            submit(chunk)
        while pending:
            done, pending = executor.wait(pending)
            collect(done)
    finally:
        executor.shutdown()
    summary.seconds = time.perf_counter() - started
    summary.peak_parent_mb = peak_rss_mb()
    if isinstance(executor, InlineExecutor):
        summary.peak_worker_mb = summary.peak_parent_mb
    return summary


def _key(article: Article) -> tuple[str, str | None]:
    """What makes two articles the same question: their text and publication date."""
    return article.content_hash, article.published.isoformat() if article.published else None
