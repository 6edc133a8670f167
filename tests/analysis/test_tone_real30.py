"""Cold tone on real copy (issue 9, real-text check 30): notification mails, receipts,
status banners and explanations read as cold on their frame and their subject's words.
Each concept firing and its near miss, FR and EN, on the real models, with texts of our own:

- the courtesy that frames a letter (« Bonjour, », « Cordialement », "Kind regards",
  "Please note that") is no coldness; a bare title (« Madame, », "Dear Customer,") still is;
- a case closed is read on its subject (« la salle liée à votre demande est close »: the
  room is closed, not the request);
- a record of what was (not) done (« aucun frais n'a été prélevé », "no fee has been
  charged") closes no door; a refusal to come still does;
- a passive in the plain present said of things outside a reply describes how they are
  made or work; one on the reader's things stays cold;
- lines with no closing punctuation (a subject line, a caption, a signature) are labels,
  no clipped fragments;
- the brand's own idea word names its subject, no register."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tessame
language: fr
address: vous
central_idea:
  statement: "Suivre son dossier de location en ligne, simplement."
  lexicon: [dossier, location, simple]
channels:
  web: {tones: [reassurance, solution]}
  email: {tones: [reassurance, solution], service: true}
  after_sales: {tones: [solution, reassurance], service: true}
""",
    "en": """
brand: Tessame
language: en
address: informal
central_idea:
  statement: "Follow your rental file online, simply."
  lexicon: [file, rental, simple]
channels:
  web: {tones: [reassurance, solution]}
  email: {tones: [reassurance, solution], service: true}
  after_sales: {tones: [solution, reassurance], service: true}
""",
}


@pytest.fixture(scope="module")
def analyse(analyse_profile_texts):
    return analyse_profile_texts(PROFILES, "tessame")


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "tessame", "email")


def _cold(tone) -> list[tuple[str, str | None]]:
    return [(e.text, e.signal) for e in tone.evidence if e.tone == "coldness"]


def _codes(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if str(d.severity) in ("warning", "error")}


# -- the letter's frame ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\nLe vélo que vous avez loué vous attend au comptoir de la gare.\n"
           "Cordialement,"),
    ("en", "Hello,\nThe bike you rented is waiting for you at the station desk.\nKind regards,"),
    ("en", "Please note that the station desk opens at 7 on Sundays."),
])
def test_courtesy_framing_a_letter_is_no_coldness(analyse, lang, text):
    assert _cold(analyse(text, lang, "email").tone) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\nLe vélo que vous avez loué vous attend au comptoir de la gare."),
    ("en", "Dear Customer,\nThe bike you rented is waiting for you at the station desk."),
])
def test_a_bare_title_still_reads_cold(analyse, lang, text):
    assert ("bare_salutation" in {s for _, s in _cold(analyse(text, lang, "email").tone)})


# -- a case closed, read on its subject --------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "La salle liée à votre demande est close"),
    ("en", "The room linked to your request is closed"),
])
def test_a_thing_linked_to_the_case_closed_is_not_the_case_closed(analyse, lang, text):
    assert not [t for t, _ in _cold(analyse(text, lang, "after_sales").tone) if " " in t]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre demande a été close, sans autre suite."),
    ("en", "Your request had been closed, no further action"),
])
def test_the_case_closed_reads_cold_in_any_tense(lint_with, lang, text):
    assert "BL207" in _codes(lint_with(lang, text, "after_sales"))


# -- a record is no door closed ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce versement est un don : aucun frais n'a été prélevé par Tessame."),
    ("en", "This payment is a gift: no fee has been charged by Tessame."),
])
def test_a_record_of_what_was_not_done_closes_no_door(analyse, lang, text):
    assert "door_closed" not in {s for _, s in _cold(analyse(text, lang, "email").tone)}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucune prolongation ne sera accordée."),
    ("en", "No further extension will be granted."),
])
def test_a_refusal_to_come_still_closes_the_door(analyse, lang, text):
    assert "door_closed" in {s for _, s in _cold(analyse(text, lang, "email").tone)}


# -- a present passive that describes things ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos vélos sont assemblés à Nantes et les pneus sont gonflés à l'azote."),
    ("en", "Our bikes are assembled in Nantes and the tyres are filled with nitrogen."),
])
def test_a_present_passive_describing_things_is_no_coldness(analyse, lang, text):
    assert "passive" not in {s for _, s in _cold(analyse(text, lang, "web").tone)}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre location est annulée."),
    ("en", "Your booking is cancelled."),
    ("en", "Our bikes have been recalled to the depot."),
])
def test_a_passive_on_the_readers_things_or_an_event_stays_cold(analyse, lang, text):
    assert "passive" in {s for _, s in _cold(analyse(text, lang, "web").tone)}


# -- label lines are no clipped fragments ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Confirmez votre adresse sur Tessame\n\nCréation du compte\n\nL'équipe Tessame"),
    ("en", "Confirm your address on Tessame\n\nAccount creation\n\nThe Tessame team"),
])
def test_label_lines_are_no_clipped_reply(analyse, lang, text):
    assert "clipped_reply" not in {s for _, s in _cold(analyse(text, lang, "email").tone)}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Numéro de location ? Vélo rendu mardi. Délai standard. Au revoir."),
    ("en", "Rental number? Bike returned Tuesday. Standard delay. Goodbye."),
])
def test_spoken_fragments_still_read_clipped(analyse, lang, text):
    assert "clipped_reply" in {s for _, s in _cold(analyse(text, lang, "after_sales").tone)}


# -- the brand's own subject -------------------------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Vous pouvez suivre votre dossier depuis l'application.", "dossier"),
])
def test_the_brands_idea_word_is_no_coldness(analyse, lang, text, word):
    assert word not in {t.lower() for t, _ in _cold(analyse(text, lang, "email").tone)}


def test_a_cold_word_outside_the_idea_still_counts(analyse):
    tone = analyse("Vous pouvez suivre votre réclamation depuis l'application.", "fr",
                   "email").tone
    assert "réclamation" in {t.lower() for t, _ in _cold(tone)}
