"""BL3xx: overpromise."""

RULES = ()
