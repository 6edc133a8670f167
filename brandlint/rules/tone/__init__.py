"""BL2xx: tone and channel fit (this release: channel limits, readability, register)."""

from brandlint.rules.tone import readability, register, too_long

RULES = (too_long.CHARS, too_long.WORDS, readability.RULE, register.RULE)
