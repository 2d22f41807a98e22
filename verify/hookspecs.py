"""The hooks a verify plugin can implement.

Every docstring here is the reference documentation of its hook
(docs/plugins.md is generated from them). Implement a hook by decorating a
function of the same name with ``verify.hookimpl``::

    import verify

    @verify.hookimpl
    def register_checkers(register):
        register(MyChecker())
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("verify")
hookimpl = pluggy.HookimplMarker("verify")


@hookspec
def register_checkers(register: Callable[[Any], None]) -> None:
    """Register checkers: objects that give a verdict on claims of some kinds.

    Call ``register(checker)`` once per checker. A checker is any object with:

    - ``name`` (str): unique across all plugins; shown in the verdict log.
    - ``kinds`` (set of str): the claim kinds it handles, e.g.
      ``{"quantity"}``. Built-in kinds are ``duration``, ``temporal``,
      ``quantity``, ``quote``, ``role`` and ``event``.
    - ``check(claim, context)``: returns a ``verify.Verdict`` or ``None``
      for "no opinion".

    ``claim`` is a ``verify.Claim`` (``kind``, ``text``, ``sentence``,
    ``start``, ``end``, ``slots``, ``checkworthiness``). ``context`` is a
    ``verify.CheckContext``: ``context.article`` (the ``verify.Article``),
    ``context.published`` (a ``datetime.date`` or ``None``) and
    ``context.datasets`` (``by_kind(kind)``, ``get(name)``). Look rows up
    through a dataset's index rather than scanning ``rows``:
    ``match_name(name, column)`` and ``rows_named(name, column)`` (fuzzy
    names and aliases, scored against the dataset's ``threshold()``),
    ``rows_naming(text, column)`` (rows whose names appear in a text),
    ``rows_between(date_column, start, end)`` and ``search(query)``; see
    docs/datasets.md.

    A verdict is ``verify.Verdict(label, confidence, explanation, evidence)``
    with ``label`` one of ``SUPPORTED``, ``REFUTED``, ``NOT_ENOUGH_INFO``,
    ``confidence`` in [0, 1], a one-sentence explanation and a list of
    ``verify.Evidence(dataset, record, matched, score, source)``. Refute only
    on positive contradiction by a matched record; a claim no record covers is
    ``NOT_ENOUGH_INFO``.

    A checker that raises, or returns something other than a ``Verdict`` or
    ``None``, gets an ``ERROR`` verdict for that claim only; the run goes on.

    :param register: call it with each checker object.
    """


@hookspec
def register_datasets(register: Callable[[Any], None]) -> None:
    """Register reference datasets that checkers can reach through the context.

    Call ``register(dataset)`` with a ``verify.datasets.Dataset``, usually
    built by ``verify.datasets.load_dataset(path_to_csv_or_manifest)``. A
    dataset's manifest names its ``kind`` (``events``, ``office_holders``,
    ``occurrences``, ``quotes``, or your own), its key column, the columns to
    fuzzy-match, its date and alias columns, version, license and source.
    Dataset names are unique; the name, version and content hash of every
    dataset are recorded with each run.

    :param register: call it with each ``Dataset``.
    """


@hookspec
def register_extractors(register: Callable[[Any], None]) -> None:
    """Register claim extractors: they find claims of new kinds (or more claims of old ones).

    Call ``register(extractor)`` once per extractor. An extractor is any object with:

    - ``name`` (str): unique; shown by ``verify plugins``.
    - ``kinds`` (set of str): the claim kinds it produces, e.g. ``{"percentage"}``.
    - ``extract(sentence)``: returns an iterable of ``verify.Claim``.
    - ``prior`` (float, optional, default 0.3): how check-worthy its claims
      are on their own; the claim's score is ``1 - (1 - s) * (1 - prior)``
      where ``s`` is the sentence's check-worthiness.

    ``sentence`` is a ``verify.Sentence``: ``text``, ``start`` and ``end``
    (character offsets into the article), ``span`` (the spaCy ``Span``, with
    tokens, entities and the parse), ``article``, ``published`` (a
    ``datetime.date`` or ``None``), ``dates`` (time expressions resolved
    against the publication date, or "two days earlier" against the last day
    the article told of, each with ``start``, ``end``, ``expression``),
    ``people`` (full names mentioned; pronouns and "the two leaders"
    resolved) and ``office_words`` (the head words of titles, with those of
    the offices the datasets record). Build claims with ``sentence.claim(kind, start, end, slots)``,
    offsets relative to the sentence text; use
    ``verify.timeexpr.parse_number`` and friends to normalize values.

    Claims of a new kind are checked by every checker registered for that
    kind (see ``register_checkers``). An extractor that raises is skipped for
    that sentence with a warning; the run goes on.

    :param register: call it with each extractor object.
    """


@hookspec
def register_formats(register: Callable[[str, Callable[[dict[str, Any]], str]], None]) -> None:
    """Register output formats for ``verify check --format NAME``.

    Call ``register(name, render)`` where ``render(document)`` returns the
    text to print. ``document`` is the JSON document of the run, exactly as
    ``--format json`` prints it: ``{"run": {...}, "article": {...},
    "claims": [{"id", "kind", "text", "sentence", "start", "end",
    "checkworthiness", "slots", "verdict": {...}, "verdicts": [...]}]}``.

    ``table`` and ``json`` are built in; ``jsonl`` and ``markdown`` come from
    the built-in ``formats`` plugin.

    :param register: call it with a format name and its render function.
    """


@hookspec
def register_commands(cli: Any) -> None:
    """Add commands to the ``verify`` command line.

    ``cli`` is the top-level ``click.Group``; add commands with
    ``@cli.command()`` or ``cli.add_command(command)``. Import heavy modules
    inside the command function, not at module level, so ``verify --help``
    stays fast. Plugin commands are loaded from installed plugins and from
    ``VERIFY_PLUGINS_DIR``.

    :param cli: the ``verify`` click group.
    """
