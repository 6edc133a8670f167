"""BL4xx: sincerity of service replies (channels with `service: true`)."""

from brandlint.rules.sincerity import (
    blame,
    condescension,
    doubt,
    marketing,
    no_apology,
    no_next_step,
    repeat,
    slow_next_step,
)

RULES = (blame.RULE, doubt.RULE, no_apology.RULE, condescension.RULE, repeat.RULE,
         marketing.RULE, no_next_step.RULE, slow_next_step.RULE)
