"""BL1xx: central idea."""

RULES = ()
