from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.consistency._compare import CampaignFinding, OfferGroup, disagreements
from brandlint.rules.consistency.examples import campaign_csv


def judge(group: OfferGroup) -> Iterator[CampaignFinding]:
    return disagreements(group, "promise", RULE.code)


RULE = Rule(
    "BL604", "campaign-promise-mismatch", Severity.ERROR,
    "Messages of one campaign promise the same service on different terms (delivery, "
    "refund, returns, response, opening hours).",
    RuleDoc(
        what="Reads each message's service promises with the delay analysis of BL302 (the "
             "delay or opening hours, and the service word they bind: delivery, refund, "
             "returns, response, repair, availability) and compares them between the "
             "messages of one campaign. The profile's commitment is the reference when a "
             "message states it, else the majority; a message promising otherwise fires. "
             "Opening hours and opening days are two promises, compared apart (« tous les "
             "jours de 10 h à 18 h » is \"open daily 10am–6pm\"; « du lundi au samedi » "
             "is not « 7j/7 »): a message giving the hours alone says nothing against the "
             "days. A trial period is the returns window (\"60 days to run them in\", "
             "« 30 jours pour les tester »); a day said by its name dates its own clause "
             "(« Demain, le coup d'envoi (et la livraison offerte) » promises no delivery "
             "tomorrow)."
             " How often something comes (« toutes les 4 semaines », \"6 trips a day\")"
             " is no delay; a delay tied to no service compares only with the delays of"
             " the same word (« prêt sous 5 jours » / « prêt en 24 h »). Hours right"
             " after an event (« qualifs de 10 h à 16 h », \"qualifiers from 10am to"
             " 4pm\") say when it takes place, no opening hours. The hours orders are"
             " taken (« Commandez jusqu'à minuit, 7 jours sur 7 », \"order until"
             " midnight, every day\") are opening hours, no end of the offer. A person of"
             " the brand coming to the customer (« un technicien est chez vous sous 24 h »,"
             " \"a technician is with you within 24 hours\") is the profile's visit, the"
             " service its terms name by a visit or an intervention, no delivery.",
        why="The English version promises delivery in 48 h where the French says 3 days: "
            "customers remember the shorter one and call when it is not kept.",
        fires=(Example(campaign_csv("fr", ("Livraison sous 3 jours.",
                                           "Commandez, livraison sous 3 jours.",
                                           "Livraison en 24 h !")),
                       file="campagne.csv"),
               Example(campaign_csv("en", ("Delivery within 3 days.",
                                           "Order now, delivered within 3 days.",
                                           "Delivery in 24 hours!")),
                       lang="en", file="campaign.csv")),
        does_not_fire=(Example(campaign_csv("fr", ("Livraison sous 3 jours.",
                                                   "Commandez, livraison en 72 h.",
                                                   "Retours gratuits sous 30 jours.")),
                               file="campagne.csv"),
                       Example(campaign_csv("en", ("Delivery within 3 days.",
                                                   "Order now, delivered within 72 hours.",
                                                   "Free returns within 30 days.")),
                               lang="en", file="campaign.csv")),
        fix="Promise each service on the same terms everywhere, the profile's if it has one.",
    ),
)
