"""BL2xx: tone and channel fit (this release: channel limits and readability)."""

from brandlint.rules.tone import readability, too_long

RULES = (too_long.CHARS, too_long.WORDS, readability.RULE)
