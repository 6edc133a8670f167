"""BL5xx: terminology."""

from brandlint.rules.terms import forbidden_term, preferred_term

RULES = (forbidden_term.RULE, preferred_term.RULE)
