"""The seed article and the reference datasets that check it, shipped as package data.

Installed as ``verify_seeds``; the ``seed-datasets`` built-in plugin registers
every dataset in ``datasets/``.
"""

from pathlib import Path

SEEDS_DIR = Path(__file__).parent
DATASETS_DIR = SEEDS_DIR / "datasets"
SEED_ARTICLE = SEEDS_DIR / "000_a49a3aed5de85223.txt"
