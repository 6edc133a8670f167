"""BL1xx: central idea."""

from brandlint.rules.idea import anti_idea, idea_contradicted, idea_missing

RULES = (idea_missing.RULE, anti_idea.RULE, idea_contradicted.RULE)
