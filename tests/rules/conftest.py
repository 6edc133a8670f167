"""Fixtures of the rule tests: a campaign run on the real models (BL6xx)."""

from __future__ import annotations

import pytest

from brandlint.campaign.collect import CampaignCollector
from brandlint.selection import Selection


@pytest.fixture(scope="session")
def campaign_run(engines, tmp_path_factory):
    """campaign_run(csv_text, lang) -> (document results, campaign reports)."""
    from brandlint import i18n
    from brandlint.sources import iter_documents

    folder = tmp_path_factory.mktemp("campaigns")

    def run(text: str, lang: str = "fr", name: str = "campaign.csv"):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        engine = engines[lang]
        collector = CampaignCollector(engine.profile, Selection.build(engine.profile))
        results = []
        for result in engine.run(iter_documents([str(path)])):
            collector.add(result)
            results.append(result)
        with i18n.use(engine.language):  # the report speaks the profile's language
            return results, list(collector.finish())

    return run
