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
    ``context.datasets`` (``by_kind(kind)``, ``get(name)``, each dataset with
    ``rows`` and ``search(query)``).

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
