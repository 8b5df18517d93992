"""factcli: look up and fact-check numbers and dates against a curated, sourced fact store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Fact", "Store", "__version__", "load_store", "search"]

if TYPE_CHECKING:
    from factcli.model import Fact
    from factcli.search import search
    from factcli.store import Store, load_store


def __getattr__(name: str) -> Any:
    # Lazy re-exports keep `import factcli` cheap for the CLI's start-up.
    if name == "Fact":
        from factcli.model import Fact

        return Fact
    if name in ("Store", "load_store"):
        from factcli import store

        return getattr(store, name)
    if name == "search":
        from factcli.search import search

        return search
    raise AttributeError(name)
