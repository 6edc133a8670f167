"""Words for people of the sincerity rules (BL4xx): what is wrong or missing in the
reply, why it matters for the brand, and the shape of the sentence that fixes it.
English msgids, translated through the catalogue; {words}: the quoted words, {brand}:
the profile's brand."""

from brandlint.i18n import N_

MESSAGES = {
    "BL401": {
        "message": N_("“{words}” makes the customer the one at fault, in {brand}'s own voice: a "
                      "customer who came with a problem feels accused and leaves"),
        "suggestion": N_("Say what happened without blame, then what you are doing: “The parcel "
                         "came back to our warehouse; we're sending it out again today.”"),
        "prevention": N_("“{words}” tells the customer how to avoid the problem next time: in "
                         "a reply to their complaint, the advice says the fault was theirs, "
                         "and {brand} fixes nothing"),
        "charged": N_("“{words}” charges the customer for fixing the problem they reported: "
                      "without a word of blame, the bill says the fault was theirs"),
        "charged_suggestion": N_("Check the fault on your side before any charge; if the fix "
                                 "is on {brand}, say so: “We're replacing the zip free of "
                                 "charge; it will be back with you on Friday.”"),
        "notice": N_("“{words}” points the customer to where they were told, while the reply "
                     "makes them bear the outcome: without a word of blame, it says the fault "
                     "was theirs"),
        "notice_suggestion": N_("Leave out where it was written; check what happened on your "
                                "side, then say what {brand} can do: “The fee applies when a "
                                "slot is missed, but we've waived it this time; you can rebook "
                                "from your account.”"),
        "prevention_suggestion": N_("Deal with this case first, in the brand's name, and "
                                    "leave out the lesson: “We're re-making the hem to the "
                                    "length you asked for; it ships on Thursday.”"),
    },
    "BL402": {
        "message": N_("“{words}” doubts the customer's good faith: their account becomes a claim, "
                      "and {brand} their opponent"),
        "suggestion": N_("Take their words as the starting point: “Your parcel hasn't arrived: "
                         "we've opened a trace with the carrier.”"),
        "proof": N_("“{words}” makes the customer prove their account on pain of refusal: "
                    "their word counts for nothing, and {brand} becomes their opponent"),
        "proof_suggestion": N_("Start from their account and check on your side first; ask "
                               "only for what you cannot see, without a threat: “We're "
                               "checking the barrier's log; if you have the receipt, it will "
                               "help us go faster.”"),
    },
    "BL403": {
        "message": N_("the reply admits the problem (“{words}”) but neither apologises for it nor "
                      "owns it{shifted}"),
        "shifted": N_(" (“{apology}” puts the fault or the feeling on the customer: that is not an"
                      " apology)"),
        "shifted_only": N_("“{apology}” answers the complaint with an apology that puts the "
                           "fault on someone else or the feeling on the customer: {brand} owns "
                           "nothing"),
        "suggestion": N_("Add an apology about the problem itself, in {brand}'s name: “We're sorry"
                         " — this one is on us.”"),
        "microcopy": N_(" (reported one level lower: in an interface's error message an apology "
                        "is optional; what the reader needs most is a way forward)"),
        "broadcast": N_(" (reported one level lower: a status notice to many customers that says "
                        "the work under way — a word of apology there is the house's style, "
                        "where a reply to one customer's complaint owes it)"),
    },
    "BL404": {
        "message": N_("“{words}” talks down to the customer: it reads as “you should have known”"),
        "suggestion": N_("Give the information as if for the first time, without a reminder or a "
                         "“just”: “You can start the return from Orders in your account.”"),
        "definition": N_("“{words}” explains an everyday thing to the customer as to a "
                         "beginner: to someone who described their problem precisely, it "
                         "reads as talking down, and it answers nothing"),
        "definition_suggestion": N_("Start from what the customer reported and say what you "
                                    "will do about it: “The hem has puckered: send it back "
                                    "with the prepaid label and we'll redo it this week.”"),
    },
    "BL405": {
        "message": N_("the reply asks again for “{words}” although the text shows the customer "
                      "already gave it"),
        "suggestion": N_("Use what they gave instead of asking again: “We have your order #… and "
                         "we're on it.”"),
        "done": N_("the reply asks the customer to check again (“{words}”) what their own "
                   "message says they already did"),
        "done_suggestion": N_("Start from what they already tried: “You've already changed the "
                              "batteries, so the next step is…”"),
    },
    "BL406": {
        "message": N_("“{words}” pushes marketing into a reply to a complaint: the customer has a "
                      "problem, not a wish to shop"),
        "suggestion": N_("Drop the offer; if a gesture is due, make it a remedy: “To make up for "
                         "it, we've refunded your delivery fee.”"),
    },
    "BL407": {
        "message": N_("the reply acknowledges the problem (“{words}”) but never says what happens "
                      "next: the customer knows neither what to expect nor when"),
        "suggestion": N_("End with the next step — who does what, and by when: “Here's what "
                         "happens next: we [action] today, and you'll [result] {commitment}.”"),
        "blamed": N_("the reply puts the problem on the customer (“{words}”) and never says "
                     "what happens next: they are left alone with it, knowing neither what to "
                     "expect nor when"),
        "vague": N_("the reply acknowledges the problem (“{words}”) but its only step, "
                    "“{step}”, says neither what will happen nor when: the customer watches "
                    "the case being passed along"),
        "status": N_("the reply acknowledges the problem (“{words}”) but its only step, "
                     "“{step}”, says work is under way without saying when the customer "
                     "will hear more: give the time of the next update or of the fix"),
        "general": N_("the reply acknowledges the problem (“{words}”) but its only step, "
                      "“{step}”, is work on the service in general, not on this customer's "
                      "case: they still don't know what happens to them, nor when"),
        "limited": N_(" (only a hint: the reply explains a limitation outside the brand's "
                      "control, “{limit}”; offer an alternative if there is one)"),
        "microcopy": N_(" (in an interface's error message the next step is how to recover: "
                        "say whether to retry, reload, or whom to contact)"),
        "sympathy": N_(" (only a hint: the apology shares the customer's feeling and names no "
                       "fault of the service; say what they can do next if there is "
                       "something)"),
    },
    "BL408": {
        "message": N_("the next step “{words}” is slower than the service's commitment ({service}:"
                      " {committed}): a customer who already has a problem waits longer than "
                      "promised"),
        "suggestion": N_("Bring the delay in line with the commitment: “… {within}”, or have the "
                         "service confirm this delay"),
        "batched": N_("the next step waits for a periodic batch (“{words}”, up to {period}): "
                      "slower than the service's commitment ({service}: {committed}) — the "
                      "customer's case waits for everyone else's"),
        "ranged": N_("the next step “{words}” takes {period} at the least: slower than the "
                     "service's commitment ({service}: {committed}) — a customer who already "
                     "has a problem waits longer than promised"),
        "absence": N_("the next step waits for one person's return (“{words}”, a week or "
                      "more): slower than the service's commitment ({service}: {committed})"
                      " — the case should not wait for one person"),
        "batched_suggestion": N_("Take the case out of the batch and give a date within the "
                                 "commitment: “We're sending your refund today, on its own: "
                                 "it will reach you within {within}.”"),
    },
}

COMMON = {
    "commitment_default": N_("within the time we commit to"),
    "within": N_("within {}"),
}
