"""Built-in plugin: the reference datasets shipped in ``seeds/datasets``."""

from __future__ import annotations

from verify_seeds import DATASETS_DIR

import verify
from verify.datasets import load_directory


@verify.hookimpl
def register_datasets(register):
    for dataset in load_directory(DATASETS_DIR):
        register(dataset)
