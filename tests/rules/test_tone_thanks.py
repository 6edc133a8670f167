"""A thank-you exchange on a service channel (BL205): the service tones are for a case,
and a reply that thanks the customer and answers no complaint has none — its joy is a
hint at most; a reply to praise (the customer's good experience said back) may be joyful,
where the same joy with no case and no praise is a clear miss of the targets."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engines():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, name in (("en", "real-amazonhelp.yaml"), ("fr", "real-free.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def off_target(engines, lang, text):
    from brandlint.sources import Document, SourceMap

    document = Document(path="reply.txt", text=text, source_map=SourceMap(text),
                        channel="after_sales")
    result = next(iter(engines[lang].run([document])))
    return [d.severity.name.lower() for d in result.diagnostics if d.code == "BL205"]


def test_joy_with_no_case_and_no_praise_is_a_clear_miss(engines):
    # (a reply to praise — "so happy to hear you love it!" — may be joyful: its function,
    # analysis/function.py; tests/analysis/test_tone_function.py)
    assert off_target(engines, "en", "Woohoo, what a wonderful, joyful day! 😊 We're so happy "
                                     "and excited, enjoy every minute!") == ["warning"]


def test_a_reply_to_praise_may_be_joyful(engines):
    assert off_target(engines, "en", "Aww, we're so happy to hear you love it! 😊 Enjoy every "
                                     "minute!") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Aww, thanks for sharing this with us! We're so happy to hear you love it! 😊"),
    ("fr", "Merci pour ce joli message ! Nous sommes ravis que la box vous plaise 😊"),
])
def test_a_thank_you_exchange_is_at_most_a_hint(engines, lang, text):
    assert "warning" not in off_target(engines, lang, text)
