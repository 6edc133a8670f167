"""Tone on real copy, round 36: a service word the reader owns as a noun ("thanks for your
fantastic post", « merci pour votre super publication ») is what the reader wrote, not the
brand's service — a care team's joyful thanks for a post stays a thanks exchange, a hint
(BL205 info), not a case served off tone. Named by a case's own word ("your order"), the
reply still serves a case. Texts are ours."""

from __future__ import annotations

import pytest

PROFILES = {
    "en": """
brand: Pedalune
language: en
central_idea:
  statement: "Cargo bikes rented simply, repaired close to you."
  lexicon: [bike, cargo, rental, workshop]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance, solution], service: true}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune36t", "after_sales")


def severities(diagnostics):
    return [d.severity.name for d in diagnostics if d.code == "BL205"]


def test_a_thanks_for_the_readers_post_is_a_thanks_exchange(lint):
    text = "Happy Halloween, Joe. Thanks for your fantastic post. We hope you had an " \
           "amazing evening. ^Lea"
    assert "WARNING" not in severities(lint("en", text))


def test_a_thanks_naming_the_readers_order_serves_a_case(lint):
    text = "Happy Halloween, Joe. Thanks for your fantastic order. We hope you had an " \
           "amazing evening. ^Lea"
    assert severities(lint("en", text)) == ["WARNING"]
