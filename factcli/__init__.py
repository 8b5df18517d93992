"""factcli: look up and fact-check numbers and dates against a curated, sourced fact store."""

# Not `from typing import ...` (~5 ms), nor `from __future__ import annotations` (a module
# to find and load): this runs before the console script can take over Ctrl-C (type
# checkers know this name).
TYPE_CHECKING = False

__version__ = "0.1.0"

__all__ = ["Fact", "Store", "__version__", "load_store", "search"]

if TYPE_CHECKING:
    from typing import Any

    from factcli.find.search import search
    from factcli.store.loader import Store, load_store
    from factcli.store.model import Fact


def __getattr__(name: str) -> "Any":
    # Lazy re-exports keep `import factcli` cheap for the CLI's start-up.
    if name == "Fact":
        from factcli.store.model import Fact

        return Fact
    if name in ("Store", "load_store"):
        from factcli.store import loader as store

        return getattr(store, name)
    if name == "search":
        from factcli.find.search import search

        return search
    raise AttributeError(name)
