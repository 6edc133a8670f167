"""BL2xx: tone and channel fit — channel limits, readability, register, and the tone
reading against the channel's target (off target, negative, cold)."""

from brandlint.rules.tone import readability, register, tone_fit, too_long

RULES = (too_long.CHARS, too_long.WORDS, readability.RULE, register.RULE,
         tone_fit.OFF_TARGET, tone_fit.NEGATIVE, tone_fit.COLD)
