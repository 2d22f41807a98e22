"""The plugin manager: built-ins and third-party plugins load the same way.

Plugins come from the ``verify`` entry-point group (our own ``plugins/``
folder is installed as ``verify_plugins`` and listed there too) and from
loose ``.py`` files in ``--plugins-dir`` / ``VERIFY_PLUGINS_DIR``. The
manager is built by a function, never at import time, so every test can
have a fresh one.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from verify import hookspecs
from verify.datasets import Dataset, DatasetRegistry
from verify.errors import UserError

ENTRY_POINT_GROUP = "verify"


def get_plugin_manager(
    plugins_dirs: Iterable[str | os.PathLike[str]] = (),
    disabled: Iterable[str] = (),
    load_entry_points: bool = True,
) -> pluggy.PluginManager:
    """A new manager with every installed plugin and those in ``plugins_dirs``."""
    pm = pluggy.PluginManager("verify")
    pm.add_hookspecs(hookspecs)
    disabled = set(disabled) | {
        name.strip() for name in os.environ.get("VERIFY_DISABLE_PLUGINS", "").split(",") if name.strip()
    }
    for name in disabled:
        pm.set_blocked(name)
    if load_entry_points:
        try:
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        except Exception as error:  # a broken third-party plugin must not hide which one it is
            raise UserError(f"could not load a plugin from the {ENTRY_POINT_GROUP!r} entry points: {error}") from error
    for directory in plugins_dirs:
        load_plugins_dir(pm, Path(directory))
    check_hooks(pm)
    return pm


def check_hooks(pm: pluggy.PluginManager) -> None:
    """Fail loudly, in one line, when a plugin implements a hook that does not exist."""
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        raise UserError(f"plugin {pm.get_name(error.plugin)!r}: {error}") from None


def load_plugins_dir(pm: pluggy.PluginManager, directory: Path) -> None:
    """Register each ``*.py`` file in ``directory`` as a plugin named after the file."""
    if not directory.is_dir():
        raise UserError(f"{directory}: plugins directory not found")
    for path in sorted(directory.glob("*.py")):
        name = path.stem
        if pm.is_blocked(name) or pm.has_plugin(name):
            continue
        module_name = f"verify_dir_plugin_{abs(hash(path.resolve()))}_{name}"
        spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None:
            raise UserError(f"{path}: cannot be imported as a plugin")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as error:
            del sys.modules[module_name]
            raise UserError(f"{path}: plugin failed to import: {type(error).__name__}: {error}") from error
        pm.register(module, name=name)


@dataclass
class RegisteredChecker:
    checker: Any
    plugin: str

    @property
    def name(self) -> str:
        return str(self.checker.name)

    @property
    def kinds(self) -> set[str]:
        return set(self.checker.kinds)


@dataclass
class Registry:
    """What the loaded plugins provide for one run."""

    checkers: list[RegisteredChecker] = field(default_factory=list)
    datasets: DatasetRegistry = field(default_factory=DatasetRegistry)
    extractors: list[Any] = field(default_factory=list)

    def checkers_for(self, kind: str) -> list[RegisteredChecker]:
        return [c for c in self.checkers if kind in c.kinds]


def plugin_name(pm: pluggy.PluginManager, plugin: object) -> str:
    return pm.get_name(plugin) or getattr(plugin, "__name__", repr(plugin))


def collect_checkers(pm: pluggy.PluginManager) -> list[RegisteredChecker]:
    found: list[RegisteredChecker] = []
    seen: dict[str, str] = {}
    for impl in pm.hook.register_checkers.get_hookimpls():
        owner = plugin_name(pm, impl.plugin)

        def register(checker: Any, owner: str = owner) -> None:
            for attribute in ("name", "kinds", "check"):
                if not hasattr(checker, attribute):
                    raise UserError(f"plugin {owner!r} registered a checker without {attribute!r}: {checker!r}")
            if isinstance(checker.kinds, str):
                raise UserError(f"plugin {owner!r}: checker {checker.name!r} kinds must be a set, not a string")
            if checker.name in seen:
                raise UserError(
                    f"checker name {checker.name!r} is registered twice (plugins {seen[checker.name]!r} and {owner!r})"
                )
            seen[checker.name] = owner
            found.append(RegisteredChecker(checker, owner))

        impl.function(register=register)
    return found


def collect_datasets(pm: pluggy.PluginManager) -> DatasetRegistry:
    registry = DatasetRegistry()

    def register(dataset: Dataset) -> None:
        registry.add(dataset)

    pm.hook.register_datasets(register=register)
    return registry


def collect_extractors(pm: pluggy.PluginManager) -> list[tuple[Any, str]]:
    """(extractor, plugin name) for every registered claim extractor."""
    found: list[tuple[Any, str]] = []
    for impl in pm.hook.register_extractors.get_hookimpls():
        owner = plugin_name(pm, impl.plugin)

        def register(extractor: Any, owner: str = owner) -> None:
            for attribute in ("name", "kinds", "extract"):
                if not hasattr(extractor, attribute):
                    raise UserError(f"plugin {owner!r} registered an extractor without {attribute!r}: {extractor!r}")
            found.append((extractor, owner))

        impl.function(register=register)
    return found


def collect_formats(pm: pluggy.PluginManager) -> dict[str, tuple[Any, str]]:
    """Output format name -> (render function, plugin name)."""
    found: dict[str, tuple[Any, str]] = {}
    for impl in pm.hook.register_formats.get_hookimpls():
        owner = plugin_name(pm, impl.plugin)

        def register(name: str, render: Any, owner: str = owner) -> None:
            if name in found or name in ("table", "json"):
                raise UserError(f"output format {name!r} is registered twice (plugin {owner!r})")
            found[name] = (render, owner)

        impl.function(register=register)
    return found


def build_registry(pm: pluggy.PluginManager) -> Registry:
    return Registry(
        checkers=collect_checkers(pm),
        datasets=collect_datasets(pm),
        extractors=[extractor for extractor, _ in collect_extractors(pm)],
    )


def describe_plugins(pm: pluggy.PluginManager) -> list[dict[str, Any]]:
    """Name, version, hooks, checkers, extractors and formats of every loaded plugin, by name."""
    distributions = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
    checkers_by_plugin: dict[str, list[RegisteredChecker]] = {}
    for registered in collect_checkers(pm):
        checkers_by_plugin.setdefault(registered.plugin, []).append(registered)
    extractors_by_plugin: dict[str, list[dict[str, Any]]] = {}
    for extractor, owner in collect_extractors(pm):
        extractors_by_plugin.setdefault(owner, []).append({"name": extractor.name, "kinds": sorted(extractor.kinds)})
    formats_by_plugin: dict[str, list[str]] = {}
    for format_name, (_, owner) in collect_formats(pm).items():
        formats_by_plugin.setdefault(owner, []).append(format_name)
    described = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        dist = distributions.get(id(plugin))
        hooks = sorted(caller.name for caller in pm.get_hookcallers(plugin) or [])
        described.append(
            {
                "name": name,
                "version": dist.version if dist else None,
                "package": dist.project_name if dist else None,
                "hooks": hooks,
                "checkers": [{"name": c.name, "kinds": sorted(c.kinds)} for c in checkers_by_plugin.get(name, [])],
                "extractors": extractors_by_plugin.get(name, []),
                "formats": sorted(formats_by_plugin.get(name, [])),
            }
        )
    return sorted(described, key=lambda d: d["name"])


def add_imported_datasets(registry: Registry, db: Any) -> None:
    """Add the datasets imported into the log ``db`` (``verify datasets import``) to a run's registry."""
    from verify.dataset_store import imported_datasets

    for dataset in imported_datasets(db):
        registry.datasets.add(dataset)
