"""Writing a CI report file: checked before the run, written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.errors import RenderError

__all__ = ["check_writable", "write_atomic"]


def check_writable(path: Path, option: str) -> None:
    """Fail early, with one line, when ``path`` cannot be written; nothing is created."""
    shown = str(path)
    if path.is_dir():
        raise RenderError(f"{option} names a directory", shown, hint="give a file name")
    if path.exists() and not os.access(path, os.W_OK):
        raise RenderError(f"{option}: permission denied", shown, hint="choose another path")
    folder = path.absolute().parent
    while not folder.exists():  # the folders missing on the way are created when writing
        folder = folder.parent
    if not folder.is_dir():
        hint = "the path goes through a file; choose another path"
        raise RenderError(f"{option}: {folder} is not a directory", shown, hint=hint)
    if not os.access(folder, os.W_OK | os.X_OK):
        hint = "choose a folder you can write to"
        raise RenderError(f"{option}: cannot write in {folder}", shown, hint=hint)


def write_atomic(path: Path, text: str) -> Path:
    """Write ``text`` beside ``path`` and move it into place: a reader never sees half."""
    shown = str(path)
    try:
        path.absolute().parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise RenderError(f"cannot write the file ({e.strerror or e})", shown) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is for everyone
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"cannot write the file ({e.strerror or e})", shown) from None
    return path
