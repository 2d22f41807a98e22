"""verify: a fact-claim verification workbench.

The public API for plugin authors is re-exported here::

    import verify

    @verify.hookimpl
    def register_checkers(register): ...
"""

from verify.context import CheckContext
from verify.hookspecs import hookimpl
from verify.models import (
    ERROR,
    LABELS,
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    Article,
    CheckedClaim,
    Claim,
    Evidence,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "ERROR",
    "LABELS",
    "NOT_ENOUGH_INFO",
    "REFUTED",
    "SUPPORTED",
    "Article",
    "CheckContext",
    "CheckedClaim",
    "Claim",
    "Evidence",
    "Verdict",
    "__version__",
    "hookimpl",
]
