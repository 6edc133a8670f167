from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.consistency._compare import CampaignFinding, OfferGroup, disagreements
from brandlint.rules.consistency.examples import campaign_csv


def judge(group: OfferGroup) -> Iterator[CampaignFinding]:
    return disagreements(group, "date", RULE.code)


RULE = Rule(
    "BL602", "campaign-date-mismatch", Severity.ERROR,
    "Messages of one campaign give the same offer different start or end dates.",
    RuleDoc(
        what="Compares the start and end dates (and order-by dates for delivery) that the "
             "messages of one campaign give the offer, after reading every format (« 24/12 », "
             "« 24 décembre », \"Dec 24th\", \"12/24\") and resolving relative dates against "
             "each row's `send_date` (« jusqu'à dimanche », « jusqu'à minuit », \"this "
             "weekend\", \"for 3 days\", « lundi 22 », « 18.08 → 06.09 », \"28 Nov – 1 Dec\"); "
             "a holiday before a noun (\"the Christmas rush\") is no date, nor is a day the "
             "brand recommends (« astuce : passez avant le 20 juin ») or one a purpose "
             "names (« pour être tranquille avant Noël »). Whole months and their middle read "
             "too (« fin septembre », « tout le mois de novembre », \"mid-November\"), as "
             "does "
             "« avant le 31/01 inclus ». A count of days may count the day of sending or "
             "not (« encore 10 jours »), \"next Friday\" may be this week's or the next: "
             "either reading agrees. A list of days runs from the first to the last (« les "
             "mardis 2, 9, 16, 23 et 30 juin »), and « ce soir seulement... et mardi "
             "prochain » lists days without ending the offer; a closing wish (« Belle fin "
             "de semaine », \"have a lovely weekend\") is no date. A message whose "
             "date no other message gives fires, "
             "pointing at the message with the majority's date."
             " « Avant le 31 juillet » may count the 31st in or not: either reading"
             " agrees. « J-3 » is three days after sending; « derniers départs samedi »"
             " ends the offer that Saturday; « départ du 13/02 » is a departure's day,"
             " not the offer's start; an ordering time before what arrives (\"order by"
             " 2pm today and it lands tomorrow\") is the day's delivery cutoff. A start"
             " word in a sentence that names no offer, figure or date of it (\"the new"
             " area opens on Saturday\") is no start of the offer, unless it is the day"
             " of sending.",
        why="An offer that ends on the 24th on social media and the 31st on the web makes "
            "customers come too late, or holds the brand to the later date.",
        fires=(Example(campaign_csv("fr", ("-20 % jusqu'au 24/12 !",
                                           "Offre valable jusqu'au 24 décembre.",
                                           "Vite, -20 % jusqu'au 31 décembre !")),
                       file="campagne.csv"),
               Example(campaign_csv("en", ("20% off until Dec 24!",
                                           "Offer ends 24 December.",
                                           "Hurry, 20% off until December 31!")),
                       lang="en", file="campaign.csv")),
        does_not_fire=(Example(campaign_csv("fr", ("-20 % jusqu'au 24/12 !",
                                                   "Offre valable jusqu'au 24 décembre.",
                                                   "-20 % jusqu'à jeudi !"),
                                            send_dates=("2026-12-18", "2026-12-18",
                                                        "2026-12-21")),
                               file="campagne.csv"),
                       Example(campaign_csv("en", ("20% off until Dec 24!",
                                                   "Offer ends 24 December.",
                                                   "20% off, ends Thursday!"),
                                            send_dates=("2026-12-18", "2026-12-18",
                                                        "2026-12-21")),
                               lang="en", file="campaign.csv")),
        fix="Give every message the same dates; write relative dates (« dimanche », "
            "\"tonight\") only where the send date makes them land on the same day.",
    ),
)
