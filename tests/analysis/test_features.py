"""Shared features read by several rule families: negation scope, quotes and reported
speech, hedges, conditions, delay normalisation."""

from __future__ import annotations

import pytest


def token(analysis, text):
    return next(t for t in analysis.doc if t.text == text)


def test_french_ne_pas_negates_the_verb_and_its_object(analyse):
    a = analyse("Nous ne pouvons pas garantir une livraison en 24 h.")
    assert a.is_negated(token(a, "garantir"))
    assert a.is_negated(token(a, "livraison"))


def test_english_negation_stops_at_the_clause(analyse):
    a = analyse("Refunds within the hour, no questions asked.", "en")
    assert not a.is_negated(token(a, "Refunds"))
    assert a.is_negated(token(a, "questions"))


def test_french_plus_alone_is_not_a_negation(analyse):
    a = analyse("Encore plus de briques pour construire.")
    assert not a.is_negated(token(a, "construire"))


@pytest.mark.parametrize("text,word", [
    ("Vous nous écrivez : « mon colis devait arriver le jour même ».", "jour"),
    ("Vous nous écrivez que votre colis devait arriver le jour même.", "jour"),
    ("Si je comprends bien, on vous avait annoncé un remboursement immédiat ?", "immédiat"),
])
def test_quoted_and_reported_customer_words_are_marked(analyse, text, word):
    a = analyse(text, channel="after_sales")
    assert a.is_quoted(token(a, word))


@pytest.mark.parametrize("text,word", [
    ("You wrote: \"it never arrived\".", "never"),
    ("'He never puts his bricks down!' one dad told us.", "never"),
    ("You said the parcel was promised for the next day.", "next"),
])
def test_english_quotes_and_reported_speech(analyse, text, word):
    a = analyse(text, "en", channel="after_sales")
    assert a.is_quoted(token(a, word))


def test_brand_words_after_quoted_words_are_not_quoted(analyse):
    a = analyse("Vous nous écrivez « jamais reçu ». Nous vous remboursons immédiatement.",
                channel="after_sales")
    assert not a.is_quoted(token(a, "immédiatement"))


@pytest.mark.parametrize("lang,text,word,hedged", [
    ("fr", "Vos colis sont généralement livrés en 24 h.", "livrés", True),
    ("fr", "Jusqu'à 3 jours de délai en décembre.", "délai", True),
    ("fr", "Vos colis sont livrés en 24 h.", "livrés", False),
    ("en", "Orders usually arrive the next day.", "arrive", True),
    ("en", "Jackets that stand up to anything.", "stand", False),
    ("en", "Deliveries take up to 5 days.", "take", True),
])
def test_hedges_soften_only_real_hedges(analyse, lang, text, word, hedged):
    a = analyse(text, lang)
    assert a.is_hedged(token(a, word)) is hedged


def test_asterisk_and_condition_words_make_a_claim_conditional(analyse):
    a = analyse("Livraison en 24 h* pour les abonnés. *Voir conditions.")
    assert a.is_conditional(token(a, "Livraison"))
    b = analyse("Livraison en 24 h pour tous.")
    assert not b.is_conditional(token(b, "Livraison"))


@pytest.mark.parametrize("lang,text,hours", [
    ("fr", "livré en 24 h", 24), ("fr", "livré en 24h", 24), ("fr", "sous 48 heures", 48),
    ("fr", "sous 3 jours", 72), ("fr", "en deux semaines", 336), ("fr", "dès demain", 24),
    ("fr", "dans l'heure", 1), ("fr", "le jour même", 24), ("fr", "immédiatement", 0),
    ("fr", "en 30 min", 0.5), ("fr", "en 2 jours ouvrés", 67.2),
    ("en", "within 10 working days", 336),
    ("en", "within 48 hours", 48), ("en", "in 3 days", 72), ("en", "within 2 weeks", 336),
    ("en", "next-day", 24), ("en", "within the hour", 1), ("en", "in 5 hrs", 5),
    ("en", "in two days", 48),
])
def test_delays_are_normalised_to_hours(engines, lang, text, hours):
    from brandlint.analysis.promises import find_mentions

    doc = engines[lang].analyser.nlp(text)
    (mention,) = find_mentions(doc, lang)
    assert mention.hours == pytest.approx(hours, abs=0.01)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ouvert dès 10 h, atelier à 14h30."),
    ("fr", "Garantie 2 ans sur toutes les pièces."),
    ("fr", "Pour les enfants de 6 ans et plus."),
    ("en", "Doors open at 10 am and the workshop starts at 2 pm."),
    ("en", "For ages 6 and up."),
])
def test_clock_times_and_ages_are_not_delays(engines, lang, text):
    from brandlint.analysis.promises import find_mentions

    doc = engines[lang].analyser.nlp(text)
    assert [m for m in find_mentions(doc, lang) if m.kind == "delay"] == []


def test_delay_attaches_to_the_service_the_parse_names(analyse):
    a = analyse("Livraison offerte dès 50 €, expédition sous 5 jours.")
    (promise,) = a.promises
    assert promise.service == "delivery" and promise.mention.hours == 120
    assert not promise.exceeds


def test_delay_attaches_to_the_passive_subject(analyse):
    a = analyse("Votre remboursement sera effectué dans l'heure.")
    (promise,) = a.promises
    assert promise.service == "refund" and promise.exceeds


def test_readability_is_computed_per_language(analyse):
    easy = analyse("Votre colis part demain. Vous pourrez construire ce week-end.")
    hard = analyse("Conformément aux dispositions contractuelles précédemment communiquées, "
                   "l'acheminement des commandes s'effectue prioritairement.")
    assert easy.readability > hard.readability


# --- found by the fuzz suite (tests/fuzz) -------------------------------------------------

def test_paid_option_still_sees_a_price_inside_a_longer_number():
    from brandlint.analysis.features import paid_option

    assert paid_option("Option express à 1.000.000 € en supplément", "fr") == \
        paid_option("Option express à 000.000 € en supplément", "fr")
    assert paid_option("Livraison express en option (4,99 €)", "fr")


def test_a_long_run_of_digits_costs_linear_time_in_the_price_check():
    """Minimal reproducer: two 5,000-digit numbers in a draft took 37 s (the price
    pattern was retried from every digit of the run)."""
    import time

    from brandlint.analysis.features import paid_option

    line = "Votre colis arrive en " + "9" * 20_000 + " h, option payante."
    start = time.perf_counter()
    paid_option(line, "fr")
    assert time.perf_counter() - start < 0.5


# --- readability without textstat (issue 10) ----------------------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Votre colis part demain. Vous pourrez construire ce week-end.", 106.2),
    ("fr", "Conformément aux dispositions contractuelles précédemment communiquées, "
           "l'acheminement des commandes s'effectue prioritairement.", -25.0),
    ("en", "Your parcel leaves tomorrow. You can build it this weekend.", 83.3),
    ("en", "Notwithstanding the aforementioned contractual stipulations, consignments are "
           "dispatched preferentially.", -46.7),
])
def test_readability_scores_are_those_textstat_constants_gave(analyse, lang, text, expected):
    # figures computed with textstat 0.7.13's constants before it was dropped
    assert analyse(text, lang=lang).readability == expected


def test_reading_ease_uses_the_published_constants():
    from brandlint.analysis.readability import reading_ease

    # 10 words, 2 sentences, 15 syllables
    assert reading_ease("fr", 10, 2, 15) == round(207 - 1.015 * 5 - 73.6 * 1.5, 1)
    assert reading_ease("en", 10, 2, 15) == round(206.835 - 1.015 * 5 - 84.6 * 1.5, 1)
    assert reading_ease("de", 10, 2, 15) is None and reading_ease("fr", 0, 1, 0) is None


def test_syllables_come_from_the_language_hyphenation():
    from brandlint.analysis.readability import syllables

    # hyphenation points + 1 (an approximation that Flesch's constants were fitted to)
    assert syllables("imagination", "fr") == 4 and syllables("aventure", "fr") == 2
    assert syllables("wonderful", "en") == 3 and syllables("building", "en") == 2


def test_brandlint_no_longer_imports_textstat_or_nltk():
    import subprocess
    import sys

    code = ("import sys, brandlint.analysis.document, brandlint.analysis.readability as r;"
            "r.syllables('bonjour', 'fr');"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textstat', 'nltk')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# -- an earlier message forwarded or quoted under its mail header ---------------------------
@pytest.mark.parametrize("text,start", [
    ("Merci.\n\nL'équipe\n\nDe : Paul Drouet\nEnvoyé : 3 mars\nObjet : Facture\n\nBonjour",
     "De : Paul"),
    ("Thanks.\n\nThe team\n\nFrom: Ana Reyes\nSubject: Slot\n\nHi, at 10:30 please.",
     "From: Ana"),
    ("Merci.\n\nLe 29 nov., Owen Price a écrit :\nBonjour, en M svp.", "Le 29 nov."),
])
def test_a_forwarded_message_runs_from_its_header_to_the_end(text, start):
    from brandlint.analysis.features import thread_quote_ranges

    (first, last), = thread_quote_ranges(text)
    assert text[first:].startswith(start) and last == len(text)


@pytest.mark.parametrize("text", [
    "De : 9 h à 18 h, du lundi au samedi.\nNous vous rappelons.",  # opening hours, no header
    "From: our Paris workshop, with care.\nYour parcel ships today.",
    "From: Ana\nSubject: Slot\nHi",  # the whole text is the message: it is the draft
])
def test_a_line_that_only_looks_like_a_header_is_the_draft(text):
    from brandlint.analysis.features import thread_quote_ranges

    assert thread_quote_ranges(text) == []
