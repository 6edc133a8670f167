"""(rt41) Real text (alwaysdata's help centre) and a blind set (a cloud host's docs, heldout19)
both had BL301 on a rule of how a system is organised: "They are always on the same account
as the domain", "Snapshots are always stored in the same region as the volume". A thing of
the product whose place (account, region, server…) the clause ties to another thing's by
"the same … as" / « la même … que » is the frame's topic *mechanism*: a fact of the
documentation, no performance. Near misses: a performance said of the same things, a tie to
the reader, and the brand's habit « nous livrons toujours en 24 h ». Texts our own, on the
real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Nimbule
language: fr
address: vous
central_idea:
  statement: "Un hébergement simple, que vous comprenez."
  lexicon: [hébergement, serveur, sauvegarde]
channels:
  help: {tones: [solution, reassurance]}
""",
    "en": """\
brand: Nimbule
language: en
address: informal
central_idea:
  statement: "Simple hosting you understand."
  lexicon: [hosting, server, backup]
channels:
  help: {tones: [solution, reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nimbule", "help")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


def test_backups_kept_in_the_same_region_as_their_disk_are_a_rule_en(lint):
    text = ("Backups\nNightly backups are kept for ten days. Backups are always stored in the "
            "same region as the disk they copy.")
    assert "BL301" not in codes(lint("en", text))


def test_mailboxes_on_the_same_account_as_their_domain_are_a_rule_en(lint):
    text = ("Mailboxes\nMailboxes are attached to a domain. They are always on the same "
            "account as the domain.")
    assert "BL301" not in codes(lint("en", text))


def test_backups_kept_in_the_same_region_as_their_disk_are_a_rule_fr(lint):
    text = ("Boîtes mail\nLes adresses hébergées sont liées aux domaines : elles sont "
            "toujours sur le même compte que le domaine.")
    assert "BL301" not in codes(lint("fr", text))


def test_near_miss_a_performance_beside_the_rule_still_fires_en(lint):
    text = ("Backups\nNightly backups are kept for ten days. They never fail, and they are "
            "stored in the same region as the disk they copy.")
    assert "BL301" in codes(lint("en", text))


def test_near_miss_a_performance_beside_the_rule_still_fires_fr(lint):
    text = ("Sauvegardes\nLes sauvegardes de la nuit sont gardées dix jours. Elles ne sont "
            "jamais perdues, et elles sont conservées dans la même région que le disque "
            "qu'elles copient.")
    assert "BL301" in codes(lint("fr", text))


def test_near_miss_tied_to_the_reader_is_no_rule_en(lint):
    text = ("Backups\nNightly backups are kept for ten days. They are always stored in the "
            "same region as you.")
    assert "BL301" in codes(lint("en", text))


def test_trap_the_brands_delivery_habit_still_fires(lint):
    fr = {c for c in codes(lint("fr", "Nous livrons toujours en 24 h.", "help"))
          if c.startswith("BL3")}
    en = {c for c in codes(lint("en", "We always deliver within 24 hours.", "help"))
          if c.startswith("BL3")}
    assert fr and en
