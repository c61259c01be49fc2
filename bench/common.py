"""What the benchmark scripts share: importing claimgraph from an install or from this checkout."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

REPO_SRC = Path(__file__).resolve().parents[1] / "src"


def import_claimgraph(prog: str, needs: tuple[str, ...] = ("load", "extract_many"), hint: str = "") -> ModuleType:
    """Import claimgraph (installed, else from this checkout's src/), or stop with one clear line."""
    try:
        import claimgraph
    except ImportError as first:
        sys.path.insert(0, str(REPO_SRC))
        try:
            import claimgraph
        except ImportError:
            sys.exit(f"{prog}: cannot import claimgraph ({first}){hint}")
    missing = [name for name in needs if not hasattr(claimgraph, name)]
    if missing:
        where = getattr(claimgraph, "__file__", None) or list(getattr(claimgraph, "__path__", []))
        sys.exit(f"{prog}: claimgraph ({where}) has no {', '.join(missing)}{hint}")
    return claimgraph
