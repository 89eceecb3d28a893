"""A run's articles and figures on disk, read back in order: memory does not grow with them.

A batch run reads thousands of articles; what it must keep of each (its figures, for the
brief's appendix and the ledger) is pickled to a temporary file as the workers return it,
and read back, in order, each time it is needed. Only offsets stay in memory: 16 bytes
an article. Reading back costs about what the workers' pickles cost to receive.
"""

from __future__ import annotations

import bisect
import pickle
import tempfile
import weakref
from abc import abstractmethod
from array import array
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any, overload

from factcheck.model import Article, Figure

__all__ = ["Joined", "Spool", "SpooledFigures"]

Entry = tuple[str, Article, tuple[Figure, ...]]  # (file hash, text-free article, figures)


class Spool:
    """(file hash, article, figures) entries, appended once, then read any number of times.

    The file is anonymous (``tempfile.TemporaryFile``): it has no name to clean up and
    goes when the spool does, however the run ends. Every read seeks to its entry, so
    several readers may walk the spool at once.
    """

    def __init__(self) -> None:
        # closed by close() or, at the latest, when the spool is collected
        self._file = tempfile.TemporaryFile(prefix="factcheck-spool-")  # noqa: SIM115
        self._finalizer = weakref.finalize(self, self._file.close)
        self._offsets = array("q", [0])  # where each entry starts, and where the next would
        self._ends = array("q")  # figures up to and including each entry
        self.figures = SpooledFigures(self)

    def append(self, entry: Entry) -> None:
        data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._offsets[-1])
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))
        self._ends.append((self._ends[-1] if self._ends else 0) + len(entry[2]))

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[Entry]:
        for i in range(len(self)):
            yield self.entry(i)

    def entry(self, i: int) -> Entry:
        start, end = self._offsets[i], self._offsets[i + 1]
        self._file.seek(start)
        entry: Entry = pickle.loads(self._file.read(end - start))
        return entry

    def close(self) -> None:
        self._finalizer()


class _Figures(Sequence[Figure]):
    """A read-only sequence of figures: indexing (negative, slices) on top of ``_at``."""

    @abstractmethod
    def _at(self, i: int) -> Figure:
        """The figure at ``0 <= i < len(self)``."""

    @overload
    def __getitem__(self, i: int) -> Figure: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Figure]: ...
    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._at(k) for k in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self._at(i)


class SpooledFigures(_Figures):
    """Every figure of a spool's entries, in order, as a read-only sequence."""

    def __init__(self, spool: Spool) -> None:
        self._spool = spool

    def __len__(self) -> int:
        ends = self._spool._ends
        return ends[-1] if ends else 0

    def __iter__(self) -> Iterator[Figure]:
        return chain.from_iterable(figs for _h, _a, figs in self._spool)

    def _at(self, i: int) -> Figure:
        ends = self._spool._ends
        e = bisect.bisect_right(ends, i)
        before = ends[e - 1] if e else 0
        return self._spool.entry(e)[2][i - before]


class Joined(_Figures):
    """Two sequences of figures, one after the other, without copying either."""

    def __init__(self, first: Sequence[Figure], second: Sequence[Figure]) -> None:
        self._parts = (first, second)

    def __len__(self) -> int:
        return len(self._parts[0]) + len(self._parts[1])

    def __iter__(self) -> Iterator[Figure]:
        return chain(*self._parts)

    def _at(self, i: int) -> Figure:
        first, second = self._parts
        return first[i] if i < len(first) else second[i - len(first)]
