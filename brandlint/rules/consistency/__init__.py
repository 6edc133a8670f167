"""BL6xx: one campaign, one story. These rules judge a whole campaign (its messages'
facts, gathered by `brandlint.campaign`), not one document: they have no per-document
check, and the check run calls `JUDGES` once a campaign's messages are all read."""

from brandlint.rules.consistency import code, condition, dates, price, promise, variant

RULES = (price.RULE, dates.RULE, code.RULE, promise.RULE, condition.RULE, variant.RULE)
JUDGES = {price.RULE.code: price.judge, dates.RULE.code: dates.judge,
          code.RULE.code: code.judge, promise.RULE.code: promise.judge,
          condition.RULE.code: condition.judge, variant.RULE.code: variant.judge}
KINDS = {"BL601": "price", "BL602": "date", "BL603": "code", "BL604": "promise",
         "BL605": "condition", "BL606": "variant"}
