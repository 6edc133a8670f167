"""Document-controlled strings (paths, ids, channel names, quoted text) made safe for the
medium that shows them: no terminal escapes, no forged lines, no invalid XML or UTF-8."""

from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, and the bidirectional overrides and isolates
# that can make a line read differently from what it holds ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_XML = re.compile("[\ufffe\uffff]")


def no_surrogates(text: str) -> str:
    """Halves of UTF-16 pairs (a `\\ud800` escape, an undecodable file name) cannot be
    written as UTF-8: each becomes U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def visible(text: str) -> str:
    """Controls shown as escapes (`\\x1b`, `\\n`, `\\u202e`) instead of acting on the
    terminal or the log; valid as UTF-8 and as XML 1.0 text."""
    return _NOT_XML.sub("\ufffd", _CONTROL.sub(_escape, no_surrogates(text)))


def _escape(match: re.Match) -> str:
    char = match.group(0)
    named = {"\n": "\\n", "\r": "\\r"}.get(char)
    if named:
        return named
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
