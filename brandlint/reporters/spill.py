"""Report parts written to a temporary file as they come and copied into the report at
the end: formats whose head needs totals (JUnit) or whose body sits inside one JSON
object (SARIF) keep a 200,000-row batch on disk, not in memory."""

from __future__ import annotations

import codecs
import tempfile

_CHUNK = 1 << 16


class Spill:
    """Text appended in sections; each section copied back, in order, to a stream."""

    def __init__(self):
        self._file = tempfile.TemporaryFile()
        self._sections: list[tuple[int, int]] = []
        self._start = 0

    def write(self, text: str) -> None:
        self._file.write(text.encode("utf-8", "surrogatepass"))

    def end_section(self) -> None:
        """What was written since the last section end is one section."""
        end = self._file.tell()
        self._sections.append((self._start, end))
        self._start = end

    def copy(self, section: int, stream) -> None:
        start, end = self._sections[section]
        decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        self._file.seek(start)
        remaining = end - start
        while remaining > 0:
            data = self._file.read(min(_CHUNK, remaining))
            remaining -= len(data)
            stream.write(decoder.decode(data, final=remaining <= 0))
        self._file.seek(0, 2)

    def close(self) -> None:
        self._file.close()
