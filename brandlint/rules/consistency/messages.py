"""The words for people of the campaign rules (BL6xx): English source strings, translated
through the gettext catalogue (`make messages`). {odd}: the words of the message that
disagrees; {ref}: the words of the message it is compared with; {ref_id}: that message's
id; {source}: where the reference value comes from."""

from __future__ import annotations

from brandlint.i18n import N_

COMMON = {
    "majority": N_("most messages ({count} of {total})"),
    "profile": N_("the profile's commitment"),
    "original": N_("the original"),
    "first": N_("the first message that states it"),
    "less": N_("says less than"),
    "more": N_("says more than"),
    "kinds": {
        "price": N_("the figure"),
        "date": N_("the date"),
        "code": N_("the code"),
        "promise": N_("the promise"),
        "condition": N_("the condition"),
        "gift": N_("the free item"),
        "product": N_("the name"),
        "channel": N_("the place of sale"),
    },
    "services": {
        "delivery": N_("delivery"),
        "refund": N_("refund"),
        "response": N_("response"),
        "repair": N_("repair"),
        "exchange": N_("exchange"),
        "callback": N_("callback"),
        "availability": N_("hours"),
        "availability_days": N_("opening days"),
        "availability_day": N_("hours"),  # of one exceptional day
        "returns": N_("returns"),
        "slot": N_("time slot"),
        "unnamed": N_("delay"),
    },
}

MESSAGES = {
    "BL601": {
        "message":
            N_("“{odd}” here, “{ref}” in {ref_id}: the same offer has two figures "
               "(“{ref}” in {source}); a customer who sees both feels misled and "
               "claims the better one"),
        "suggestion":
            N_("Align this message on “{ref}”, or mark it as a different offer "
               "(the `offer` column)"),
    },
    "BL602": {
        "message":
            N_("“{odd}” here ({odd_date}), “{ref}” in {ref_id} ({ref_date}): the "
               "offer ends on a different day depending on the message ({source}); "
               "a customer who comes on the last day announced may find it closed"),
        "suggestion":
            N_("Give the same end date everywhere as {source}: {ref_date}"),
    },
    "BL603": {
        "message":
            N_("code “{odd}” here, “{ref}” in {ref_id} ({source}): one of them "
               "will fail at checkout"),
        "suggestion":
            N_("Use the same code everywhere: “{ref}”"),
    },
    "BL604": {
        "message":
            N_("“{odd}” here, “{ref}” in {ref_id} ({service}): the campaign "
               "promises two delays for the same service ({source}: “{ref}”); "
               "customers remember the shorter one"),
        "message_hours":
            N_("“{odd}” here, “{ref}” in {ref_id}: the campaign gives two sets of "
               "hours for the same service ({source}: “{ref}”); a customer who "
               "calls or comes outside the real hours finds nobody there"),
        "suggestion":
            N_("Promise the delay of {source} everywhere: “{ref}”"),
    },
    "BL605": {
        "message_value":
            N_("“{odd}” here, “{ref}” in {ref_id}: the same offer comes with two "
               "different conditions (“{ref}” in {source}); a customer who only read "
               "this one is bound otherwise than they think"),
        "suggestion_value":
            N_("Give the offer the same condition everywhere: “{ref}”, or mark this "
               "one as a different offer (the `offer` column)"),
        "message":
            N_("{ref_id} attaches a condition to the offer (“{ref}”) that this "
               "message, making the same offer (“{odd}”), leaves out: a customer "
               "who only read this one finds the restriction at checkout"),
        "suggestion":
            N_("Add the condition to every message that makes the offer (an "
               "asterisk and its footnote will do in an SMS), or drop it "
               "everywhere if it does not apply"),
    },
    "BL606": {
        "message":
            N_("this version ({language}) {direction} {other_id} "
               "({other_language}): {items}; a translated version must announce "
               "the same offer"),
        "item_missing":
            N_("{kind} “{words}” is missing"),
        "item_extra":
            N_("{kind} “{words}” is only in this one"),
        "suggestion":
            N_("Carry over what the other version says (figures, dates, code, "
               "conditions, names), no more, no less"),
    },
}
