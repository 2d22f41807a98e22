"""Options and helpers shared by every ``verify`` command module."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

Decorator = Callable[..., Any]


def debug_option(f: Decorator) -> Decorator:
    # Read by VerifyGroup.main before parsing, so even errors in parsing honour it.
    return click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        help="Show tracebacks instead of one-line errors (also VERIFY_DEBUG=1).",
    )(f)


def db_option(f: Decorator) -> Decorator:
    return click.option(
        "--db",
        "db_path",
        envvar="VERIFY_DB",
        type=click.Path(dir_okay=False),
        help="SQLite verdict log (default: ./verdicts.db, or $VERIFY_DB).",
    )(f)


def json_option(f: Decorator) -> Decorator:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(f)


def plugins_dir_option(f: Decorator) -> Decorator:
    """--plugins-dir, and --disable-plugin (kept in ctx.meta for ``plugin_manager``)."""

    def remember_disabled(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> None:
        ctx.meta["verify.disabled_plugins"] = tuple(value)

    f = click.option(
        "--disable-plugin",
        multiple=True,
        expose_value=False,
        callback=remember_disabled,
        metavar="NAME",
        help="Do not load this plugin (repeatable; also $VERIFY_DISABLE_PLUGINS, comma-separated).",
    )(f)
    return click.option(
        "--plugins-dir",
        "plugins_dirs",
        multiple=True,
        envvar="VERIFY_PLUGINS_DIR",
        type=click.Path(file_okay=False),
        help="Folder of single-file plugins (repeatable; $VERIFY_PLUGINS_DIR).",
    )(f)


def plugin_manager(plugins_dirs: tuple[str, ...] = ()):
    """A fresh manager for the current command; ``ctx.obj["plugins"]`` adds plugin objects registered in code.

    Embedding programs and tests pass ``obj={"plugins": [(module_or_object, name)]}``
    to ``cli.main`` / ``CliRunner.invoke`` to run the CLI with extra plugins.
    """
    from verify.plugins import check_hooks, get_plugin_manager

    ctx = click.get_current_context()
    pm = get_plugin_manager(plugins_dirs, disabled=ctx.meta.get("verify.disabled_plugins", ()))
    register_inline_plugins(pm, ctx)
    check_hooks(pm)
    return pm


def register_inline_plugins(pm: Any, ctx: click.Context) -> None:
    for plugin, name in (ctx.find_root().obj or {}).get("plugins", []):
        if not pm.is_registered(plugin):
            pm.register(plugin, name=name)


def model_option(f: Decorator) -> Decorator:
    return click.option("--model", envvar="VERIFY_MODEL", help="spaCy pipeline name or path ($VERIFY_MODEL).")(f)


def threshold_option(f: Decorator) -> Decorator:
    return click.option(
        "--threshold",
        type=click.FloatRange(0, 1),
        default=None,
        help="Check-worthiness threshold: claims below it are listed, not checked (default 0.5).",
    )(f)
