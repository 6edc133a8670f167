from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.consistency._compare import CampaignFinding, OfferGroup, disagreements
from brandlint.rules.consistency.examples import campaign_csv


def judge(group: OfferGroup) -> Iterator[CampaignFinding]:
    return disagreements(group, "price", RULE.code)


RULE = Rule(
    "BL601", "campaign-price-mismatch", Severity.ERROR,
    "Messages of one campaign give the same offer different figures (discount, amount, "
    "price, threshold).",
    RuleDoc(
        what="Across the messages of one campaign (its `campaign` column or front matter, "
             "a folder, or --campaign), compares the figures each one gives the offer: the "
             "discount in percent, the amount off, a product's price, the minimum basket or "
             "free-shipping threshold. The same figure written differently (« -30 % », "
             "« 30 % de remise », \"30% off\"; « 1 299,90 € », \"€1,299.90\") agrees; a "
             "message whose figure no other message states beside the majority's fires, "
             "pointing at both. A message marked with its own `offer` is never compared with "
             "the main offer; a second tier that other messages state too (« -50 % sur le "
             "2e ») is not a disagreement."
             " A figure that measures something else is compared only with its like: a"
             " deposit (« acompte 25 % », \"a 25% deposit\"), the total for a group (« 1"
             " 378 € pour deux », \"€1,378 for the two of you\"), one instalment (« 10"
             " fois 45 € »), a monthly equivalent; a figure another message of the"
             " offer states too (the price after an early-booking deadline) is never"
             " the odd one. A fee beside the price (« frais d'inscription », \"sign-up"
             " fee\") compares waived (« offerts », « 0 € de frais », \"no sign-up fee\")"
             " with charged (« les frais d'inscription, 30 € »); a figure of another"
             " offer of the campaign, in a message that names it (« l'abonnement vous"
             " ferait économiser 10 % »), is that offer's.",
        why="The email says -30 %, the SMS -40 %: the customer holds the brand to the better "
            "figure, at the till or in a complaint, and the brand looks careless or "
            "misleading (French Consumer Code L121-2; CAP Code 3.1).",
        fires=(Example(campaign_csv("fr", ("-30 % sur tout le rayon jeux !",
                                           "Jeux de société : 30 % de remise cette semaine.",
                                           "Profitez de -40 % sur les jeux !")),
                       file="campagne.csv"),
               Example(campaign_csv("en", ("30% off all board games!",
                                           "Board games: save 30% this week.",
                                           "Grab 40% off board games!")),
                       lang="en", file="campaign.csv")),
        does_not_fire=(Example(campaign_csv("fr", ("-30 % sur tout le rayon jeux !",
                                                   "Jeux de société : 30 % de remise.",
                                                   "Offre membres : -40 % sur les puzzles."),
                                            offers=("", "", "exclu-membres")),
                               file="campagne.csv"),
                       Example(campaign_csv("en", ("30% off all board games!",
                                                   "Board games: save 30% this week.",
                                                   "30 % off every game, this week only.")),
                               lang="en", file="campaign.csv")),
        fix="Give every message of the offer the same figure, or mark a deliberately "
            "different offer in the `offer` column.",
    ),
)
