"""Where the commands write a file (`batch --out`, `report -o`): checked before any work, written so that
readers never see half a file, and never replacing what the user did not ask us to own.

- '-' is standard output.
- A symbolic link is written through: its target gets the new content (atomically when the target is a
  regular file or does not exist yet) and the link stays a link.
- A special file (a terminal, /dev/null, a FIFO) is written through, in place: it is never replaced.
- A directory, a missing folder, a folder or file we may not write: refused with a reason, before the work.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

# Characters that would act on a terminal rather than show: C0/C1 controls (ESC starts colour and link
# sequences, a newline would break a one-line message) and the bidirectional overrides.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """text with every control character written as an escape (\\x1b, \\n): safe on a terminal, one line."""
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Unwritable(Exception):
    """A destination that cannot be written; the message is the reason, in a few words."""


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def destination(path: str) -> tuple[Path, bool] | None:
    """(the file writing `path` will write, whether it is written in place), None for standard output.
    A symbolic link is followed to its target; a device or a FIFO is written in place (it is opened by the
    name given, so /dev/stdout is this process's standard output). Raises Unwritable when the destination
    cannot be written, before any work is done."""
    if path == "-":
        return None
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except (OSError, ValueError) as err:
        raise Unwritable(getattr(err, "strerror", None) or str(err)) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise Unwritable("is a directory")
    if mode is not None and not stat.S_ISREG(mode):
        if not os.access(path, os.W_OK):
            raise Unwritable("permission denied")
        return Path(path), True
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise Unwritable(f"no such folder {str(folder)!r}")
    if not os.access(folder, os.W_OK | os.X_OK) or (mode is not None and not os.access(target, os.W_OK)):
        raise Unwritable("permission denied")
    return target, False


def write_output(path: str, lines: Iterable[str]) -> int:
    """Write lines (each followed by a newline) to path as `destination` describes; returns their number.
    Raises Unwritable (an existing regular file is then left as it was)."""
    where = destination(path)
    try:
        if where is None:
            return _write_stream(sys.stdout, lines)
        target, in_place = where
        if in_place:
            with open(target, "w", encoding="utf-8") as fh:
                return _write_stream(fh, lines)
        return _write_atomic(target, lines)
    except OSError as err:
        if err.errno == errno.EPIPE:
            raise
        raise Unwritable(_reason(err)) from None


def _write_stream(fh: IO[str], lines: Iterable[str]) -> int:
    count = 0
    for line in lines:
        fh.write(line + "\n")
        count += 1
    fh.flush()
    return count


def _write_atomic(path: Path, lines: Iterable[str]) -> int:
    """Through a temporary file beside path, renamed over it: readers never see half a file, and a failure
    (a full disk) leaves the old file whole."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            count = _write_stream(fh, lines)
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~umask
        os.chmod(tmp, mode)  # mkstemp makes it private; the result keeps the old file's mode, or an ordinary one
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return count
