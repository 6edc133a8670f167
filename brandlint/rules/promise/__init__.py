"""BL3xx: overpromise."""

from brandlint.rules.promise import (
    absolute_claim,
    exceeds_commitment,
    superlative,
    undeclared_service,
)

RULES = (absolute_claim.RULE, exceeds_commitment.RULE, superlative.RULE, undeclared_service.RULE)
