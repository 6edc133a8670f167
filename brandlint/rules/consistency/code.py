from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.consistency._compare import CampaignFinding, OfferGroup, disagreements
from brandlint.rules.consistency.examples import campaign_csv


def judge(group: OfferGroup) -> Iterator[CampaignFinding]:
    return disagreements(group, "code", RULE.code)


RULE = Rule(
    "BL603", "campaign-code-mismatch", Severity.ERROR,
    "Messages of one campaign give the same offer different promo codes.",
    RuleDoc(
        what="Compares the promo codes the messages of one campaign give (an upper-case "
             "word with digits, or any word right after « code » / \"code\"); a code that no "
             "other message gives fires, pointing at the message with the majority's code.",
        why="One of the two codes fails at checkout: the customer who typed it calls the "
            "service, or abandons the basket.",
        fires=(Example(campaign_csv("fr", ("-15 % avec le code HIVER15.",
                                           "Code HIVER15 : -15 % sur tout.",
                                           "-15 % avec le code HIVERS15 !")),
                       file="campagne.csv"),
               Example(campaign_csv("en", ("15% off with code WINTER15.",
                                           "Use WINTER15 for 15% off.",
                                           "15% off with code WINTR15!")),
                       lang="en", file="campaign.csv")),
        does_not_fire=(Example(campaign_csv("fr", ("-15 % avec le code HIVER15.",
                                                   "Code hiver15 : -15 % sur tout.",
                                                   "-15 % avec le code HIVER15 !")),
                               file="campagne.csv"),
                       Example(campaign_csv("en", ("15% off with code WINTER15.",
                                                   "Use WINTER15 for 15% off.",
                                                   "Members: code VIP20 for 20% off."),
                                            offers=("", "", "members")),
                               lang="en", file="campaign.csv")),
        fix="Use one code for the offer in every message.",
    ),
)
