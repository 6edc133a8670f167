"""Campaign consistency (BL6xx) on the real models: facts read from FR and EN copy, the
campaign rules firing on planted disagreements and silent on near-misses, grouping,
variants, reports and the cache."""

from __future__ import annotations

import json

import pytest

from brandlint.rules.consistency.examples import campaign_csv


def findings(reports) -> list[tuple[str, str]]:
    return [(d.code, d.id) for r in reports for d in r.diagnostics]


def variant_pair(lang: str, original: str, variant: str) -> str:
    """A campaign of two rows: an original in `lang` and its variant in the other."""
    other = "en" if lang == "fr" else "fr"
    return campaign_csv(lang, (original, variant), ids=(f"p-{lang}", f"p-{other}"),
                        languages=(lang, other), variant_of=("", f"p-{lang}"))


def facts_of(reports, message_id: str, kind: str) -> set[tuple[str, str]]:
    for report in reports:
        for message in report.messages:
            if message.id == message_id:
                return {(f.key, f.value) for f in message.facts if f.kind == kind}
    raise AssertionError(message_id)


# -- facts -------------------------------------------------------------------------------


def test_discounts_in_french_and_english_formats_read_as_one_value(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-30 % sur tout le rayon", "30 % de remise sur le rayon", "Économisez 30% !"),
        languages=("fr", "fr", "fr")))
    for i in (1, 2, 3):
        assert ("discount_pct", "30%") in facts_of(reports, f"m{i}", "price")
    _, reports = campaign_run(campaign_csv("en", (
        "30% off everything", "Save 30 per cent today", "Everything -30%")), "en")
    for i in (1, 2, 3):
        assert ("discount_pct", "30%") in facts_of(reports, f"m{i}", "price")


def test_composition_percentages_are_not_offers(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", ("Un pull 100 % laine mérinos.",
                                                  "95 % des clients nous recommandent.")))
    assert facts_of(reports, "m1", "price") == set()
    assert facts_of(reports, "m2", "price") == set()


def test_amounts_thresholds_and_old_prices(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "10 € offerts dès 50 € d'achat.",
        "Livraison offerte dès 49 €.",
        "Le coffret Aurore à 1 299,90 € au lieu de 1 499 €.")))
    assert facts_of(reports, "m1", "price") == {("amount_off", "10 EUR"),
                                                ("min_basket", "50 EUR")}
    assert facts_of(reports, "m2", "price") == {("shipping_threshold", "49 EUR")}
    # (the two prices say the discount, 13 %: compared with the stated ones)
    assert facts_of(reports, "m3", "price") - {("implied_pct", "13%")} == {
        ("price", "1299.9 EUR")}
    _, reports = campaign_run(campaign_csv("en", (
        "Spend £75, save £10.", "Free delivery on orders over £50.",
        "The Ridge tent is now £149 (was £199).")), "en")
    assert facts_of(reports, "m1", "price") == {("min_basket", "75 GBP"),
                                                ("amount_off", "10 GBP")}
    assert facts_of(reports, "m2", "price") == {("shipping_threshold", "50 GBP")}
    assert facts_of(reports, "m3", "price") == {("price", "149 GBP"), ("implied_pct", "25%")}


def test_dates_in_every_format_resolve_to_the_same_day(campaign_run):
    texts = ("-20 % jusqu'au 24/12.", "Offre valable jusqu'au 24 décembre.",
             "-20 % jusqu'à jeudi !", "-20 % jusqu'au 24 seulement.",
             "Dernier jour : -20 % jusqu'à ce soir minuit !")
    sent = ("2026-12-18", "2026-12-18", "2026-12-21", "2026-12-18", "2026-12-24")
    _, reports = campaign_run(campaign_csv("fr", texts, send_dates=sent))
    for i in range(1, 6):
        assert ("end", "2026-12-24") in facts_of(reports, f"m{i}", "date"), i


def test_english_dates_and_relative_dates(campaign_run):
    texts = ("20% off until Dec 24th.", "Offer ends 24 December.",
             "20% off, ends Thursday!", "Ends midnight Thursday.", "20% off until 12/24.")
    sent = ("2026-12-18", "2026-12-18", "2026-12-21", "2026-12-22", "2026-12-18")
    _, reports = campaign_run(campaign_csv("en", texts, send_dates=sent), "en")
    for i in range(1, 6):
        assert ("end", "2026-12-24") in facts_of(reports, f"m{i}", "date"), i


def test_a_date_that_is_not_the_offers_end_is_not_compared(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Rendez-vous le 24 décembre en boutique pour l'atelier.",
        "Commandez avant le 20/12 pour être livré avant Noël.")))
    assert facts_of(reports, "m1", "date") == set()
    # « avant le 20/12 »: the 19th is the last day to order; « livré avant Noël »: when
    # the parcel arrives, apart
    assert facts_of(reports, "m2", "date") == {("delivery_by", "2026-12-19"),
                                               ("arrival", "2026-12-24")}


def test_codes_and_upper_case_words_that_are_not_codes(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Avec le code promo : noel-30, -30 %.", "SOLDES : -30 % avec NOEL30 !",
        "SOLDES D'HIVER en boutique.")))
    assert facts_of(reports, "m1", "code") == {("code", "NOEL-30")}
    assert facts_of(reports, "m2", "code") == {("code", "NOEL30")}
    assert facts_of(reports, "m3", "code") == set()


def test_conditions_asterisk_footnote_and_phrases(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-30 %* sur les manteaux.\n*Dans la limite des stocks disponibles.",
        "-30 %* sur les manteaux.\n*Voir conditions en magasin.",
        "-30 % sur une sélection d'articles, réservé aux membres du club.")))
    assert facts_of(reports, "m1", "condition") == {("stock", "stock")}
    assert facts_of(reports, "m2", "condition") == {("terms", "terms")}
    assert {k for k, _ in facts_of(reports, "m3", "condition")} == {"selection", "members"}


def test_service_promises_read_with_the_delay_analysis(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "Delivered within 3 days.", "Free returns within 30 days.",
        "We reply in under 2 hours.")), "en")
    assert facts_of(reports, "m1", "promise") == {("delivery", "72h")}
    assert facts_of(reports, "m2", "promise") == {("returns", "720h")}
    assert facts_of(reports, "m3", "promise") == {("response", "2h")}


def test_an_english_row_in_a_french_run_is_read_in_english(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-25 % jusqu'au 24 décembre, livraison sous 3 jours.",
        "25% off until December 24, delivered within 3 days."),
        languages=("fr", "en"), ids=("a-fr", "a-en")))
    assert facts_of(reports, "a-en", "price") == {("discount_pct", "25%")}
    assert facts_of(reports, "a-en", "date") == {("end", "2026-12-24")}
    assert facts_of(reports, "a-en", "promise") == {("delivery", "72h")}
    assert findings(reports) == []


# -- rules -------------------------------------------------------------------------------


def test_differing_discount_fires_on_the_odd_message_pointing_at_the_majority(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-30 % sur les jeux.", "Jeux : 30 % de remise.", "-40 % sur les jeux !",
        "Les jeux à -30 % !")))
    [diagnostic] = reports[0].diagnostics
    assert (diagnostic.code, diagnostic.id, diagnostic.text) == ("BL601", "m3", "-40 %")
    assert diagnostic.extra["related"][0]["id"] == "m1"
    assert "« -30 % »" in diagnostic.message and "majorité" in diagnostic.message


def test_a_second_tier_stated_beside_the_main_figure_is_not_a_disagreement(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-20 % sur tout, et -50 % sur le 2e article.",
        "-20 % sur tout le magasin et -50 % sur le deuxième.", "Jusqu'à -50 % !")))
    assert findings(reports) == []


def test_a_message_marked_with_its_own_offer_is_not_compared(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "30% off all games.", "All games 30% off.", "Members: 40% off puzzles."),
        offers=("", "", "members")), "en")
    assert findings(reports) == []


def test_amounts_in_another_currency_are_another_markets_figures(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "£10 off when you spend £50.", "Spend £50, save £10!", "£10 off a £50 basket.",
        "10 € de remise dès 50 € d'achat.", "-10 € dès 50 € d'achat !"),
        languages=("en", "en", "en", "fr", "fr")), "en")
    assert findings(reports) == []


def test_differing_threshold_fires_as_a_price(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Livraison offerte dès 49 €.", "Livraison gratuite à partir de 49 € d'achat.",
        "Livraison offerte dès 59 € !")))
    assert findings(reports) == [("BL601", "m3")]


def test_promise_against_the_profiles_commitment(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "Delivery in 24 hours!", "Delivered within 3 days.")), "en")
    [diagnostic] = reports[0].diagnostics
    assert (diagnostic.code, diagnostic.id) == ("BL604", "m1")
    assert "profile's commitment" in diagnostic.message


def test_missing_condition_fires_only_where_most_messages_state_it(campaign_run):
    stated = "-30 % sur les manteaux, dans la limite des stocks."
    _, reports = campaign_run(campaign_csv("fr", (stated, stated, "-30 % sur les manteaux !")))
    assert findings(reports) == [("BL605", "m3")]
    _, reports = campaign_run(campaign_csv("fr", (
        "-30 % sur les manteaux.", "-30 % sur les manteaux !", stated)))
    assert findings(reports) == []


def test_a_minimum_basket_only_counts_for_the_figure_it_conditions(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "25% off base layers, plus a free gift when you spend £60.",
        "25% off base layers + free gift over £60.",
        "25% OFF ALL BASE LAYERS")), "en")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv("fr", (
        "-20 % dès 80 € d'achat.", "-20 % sur tout dès 80 € d'achats !", "-20 % sur tout !")))
    assert findings(reports) == [("BL605", "m3")]


def test_a_negated_condition_is_the_same_condition(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-15 % sur les puzzles, offre non cumulable.", "-15 % sur les puzzles (non cumulable).",
        "-15 % sur les puzzles ; l'offre n'est pas cumulable avec d'autres promotions.")))
    assert findings(reports) == []


def test_variant_paired_by_id_stem_says_less(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-25 % avec le code AURORE25 jusqu'au 24/12.", "25% off until Dec 24."),
        languages=("fr", "en"), ids=("noel-02-fr", "noel-02-en")))
    [diagnostic] = reports[0].diagnostics
    assert (diagnostic.code, diagnostic.id) == ("BL606", "noel-02-en")
    # one language per report: the profile's (French), even on the English variant
    assert "AURORE25" in diagnostic.message and "dit moins" in diagnostic.message


def test_variant_that_says_the_same_in_other_words_is_silent(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "25% off the Aurore set until Dec 24, while stocks last.",
        "-25 % sur le coffret Aurore jusqu'au 24 décembre, dans la limite des stocks."),
        languages=("en", "fr"), ids=("x-en", "x-fr"), variant_of=("", "x-en")), "en")
    assert findings(reports) == []


def test_messages_are_in_the_reports_language(campaign_run):
    """One language per report (issue 11): the profile's, even on an English row."""
    _, reports = campaign_run(campaign_csv("fr", (
        "-15 % avec le code HIVER15.", "Code HIVER15 : -15 %.", "15% off with code WINTR15."),
        languages=("fr", "fr", "en")))
    [diagnostic] = reports[0].diagnostics
    assert diagnostic.code == "BL603" and diagnostic.message.startswith("le code « WINTR15 » ici")


# -- the check run: grouping, reports, cache ---------------------------------------------


def run_cli(args, monkeypatch, tmp_path):
    from click.testing import CliRunner

    from brandlint.cli import cli

    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(cli, args, catch_exceptions=False)


CAMPAIGN = campaign_csv("fr", ("-30 % sur les jeux jusqu'au 24/12.",
                               "Jeux de société : 30 % de remise jusqu'au 24 décembre.",
                               "-40 % sur les jeux jusqu'au 24/12 !"))


def test_json_report_lists_documents_once_and_the_campaign_table(tmp_path, monkeypatch):
    from tests.conftest import PROFILES

    (tmp_path / "noel.csv").write_text(CAMPAIGN, encoding="utf-8")
    result = run_cli(["check", "noel.csv", "--profile", str(PROFILES["fr"]), "--format",
                      "json", "--no-cache", "--select", "BL6"], monkeypatch, tmp_path)
    report = json.loads(result.output)
    assert [d["id"] for d in report["documents"]] == ["m1", "m2", "m3"]
    [campaign] = report["campaigns"]
    assert [m["id"] for m in campaign["messages"]] == ["m1", "m2", "m3"]
    assert campaign["messages"][1]["facts"]["price"][0]["value"] == "30%"
    [disagreement] = campaign["disagreements"]
    assert disagreement["kind"] == "price" and disagreement["odd"]["id"] == "m3"
    [diagnostic] = campaign["diagnostics"]
    assert diagnostic["related_locations"][0]["id"] == "m1"
    assert report["summary"]["diagnostics"] == 1 and report["summary"]["campaigns"] == 1
    assert result.exit_code == 1


def test_sarif_and_text_point_at_both_messages(tmp_path, monkeypatch):
    from tests.conftest import PROFILES

    (tmp_path / "noel.csv").write_text(CAMPAIGN, encoding="utf-8")
    result = run_cli(["check", "noel.csv", "--profile", str(PROFILES["fr"]), "--format",
                      "sarif", "--no-cache", "--select", "BL6"], monkeypatch, tmp_path)
    report = json.loads(result.output)
    from tests.adoption.test_ci_formats import validate

    validate(report)  # relatedLocations as the OASIS schema has them
    [entry] = report["runs"][0]["results"]
    assert entry["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    assert entry["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 2
    result = run_cli(["check", "noel.csv", "--profile", str(PROFILES["fr"]), "--no-cache",
                      "--select", "BL6"], monkeypatch, tmp_path)
    assert "noel.csv:4:" in result.output and "vs noel.csv:2:" in result.output


@pytest.mark.parametrize("fmt", ["github", "junit", "gitlab"])
def test_other_formats_list_campaign_findings(tmp_path, monkeypatch, fmt):
    from tests.conftest import PROFILES

    (tmp_path / "noel.csv").write_text(CAMPAIGN, encoding="utf-8")
    result = run_cli(["check", "noel.csv", "--profile", str(PROFILES["fr"]), "--format", fmt,
                      "--no-cache", "--select", "BL6"], monkeypatch, tmp_path)
    assert result.exit_code == 1 and "BL601" in result.output


def test_campaign_flag_groups_markdown_drafts_and_the_cache_keeps_the_facts(
        tmp_path, monkeypatch):
    from tests.conftest import PROFILES

    (tmp_path / "a.md").write_text("---\nchannel: email\n---\n-30 % sur tout !\n")
    (tmp_path / "b.md").write_text("---\nchannel: sms\n---\nTout à -30 %.\n")
    (tmp_path / "c.md").write_text("---\nchannel: social\n---\n-35 % sur tout !\n")
    args = ["check", "a.md", "b.md", "c.md", "--profile", str(PROFILES["fr"]),
            "--select", "BL6", "--campaign", "printemps", "--format", "json"]
    (tmp_path / ".git").mkdir()  # the cache lives next to the repository root
    first = json.loads(run_cli(args, monkeypatch, tmp_path).output)
    second = json.loads(run_cli(args, monkeypatch, tmp_path).output)
    for report in (first, second):
        [campaign] = report["campaigns"]
        assert campaign["campaign"] == "printemps"
        assert [d["path"] for d in campaign["diagnostics"]] == ["c.md"]
    without = json.loads(run_cli(args[:-4] + ["--format", "json"], monkeypatch,
                                 tmp_path).output)
    assert "campaigns" not in without


def test_documents_outside_any_campaign_keep_no_facts(engines):
    from brandlint.sources import Document, SourceMap

    text = "-30 % sur tout !"
    document = Document(path="a.txt", text=text, source_map=SourceMap(text), channel="email")
    [result] = list(engines["fr"].run([document]))
    assert result.campaign is None


# -- rule docs -----------------------------------------------------------------------------

from brandlint.rules.consistency import RULES  # noqa: E402

DOC_EXAMPLES = [(r, e, fires) for r in RULES
                for examples, fires in ((r.doc.fires, True), (r.doc.does_not_fire, False))
                for e in examples]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_campaign_rule_docs_have_examples_in_both_languages(rule):
    assert rule.doc.what and rule.doc.why and rule.doc.fix
    for examples in (rule.doc.fires, rule.doc.does_not_fire):
        assert {e.lang for e in examples} == {"fr", "en"}, rule.code
        assert all(e.file.endswith(".csv") for e in examples)


@pytest.mark.parametrize("rule,example,fires", DOC_EXAMPLES,
                         ids=lambda v: v.code if hasattr(v, "code") else None)
def test_documented_campaign_example_behaves_as_documented(campaign_run, rule, example,
                                                           fires):
    _, reports = campaign_run(example.text, example.lang, example.file)
    found = [code for code, _ in findings(reports)]
    assert (rule.code in found) is fires, (example.text, found)


def test_jsonl_rows_and_folders_make_campaigns(tmp_path, monkeypatch):
    from tests.conftest import PROFILES

    rows = [{"id": "a", "campaign": "soldes", "channel": "email", "text": "-30 % sur tout."},
            {"id": "b", "campaign": "soldes", "channel": "sms", "text": "Tout à -30 % !"},
            {"id": "c", "campaign": "soldes", "channel": "social", "text": "-40 % sur tout"}]
    (tmp_path / "soldes.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = run_cli(["check", "soldes.jsonl", "--profile", str(PROFILES["fr"]), "--format",
                      "json", "--no-cache", "--select", "BL6"], monkeypatch, tmp_path)
    [campaign] = json.loads(result.output)["campaigns"]
    assert campaign["campaign"] == "soldes"
    assert [d["id"] for d in campaign["diagnostics"]] == ["c"]
    folder = tmp_path / "hiver"
    folder.mkdir()
    for name, text in (("a.md", "-30 % sur tout !"), ("b.md", "-30 % sur tout."),
                       ("c.md", "-35 % sur tout !")):
        (folder / name).write_text(f"---\nchannel: email\n---\n{text}\n")
    result = run_cli(["check", "hiver", "--profile", str(PROFILES["fr"]), "--format", "json",
                      "--no-cache", "--select", "BL6", "--campaign-folders"], monkeypatch,
                     tmp_path)
    [campaign] = json.loads(result.output)["campaigns"]
    assert campaign["campaign"] == "hiver"
    assert [d["path"] for d in campaign["diagnostics"]] == ["hiver/c.md"]


@pytest.mark.parametrize("lang,texts", [
    ("fr", ("-30 % sur une sélection de chaussures.", "Jusqu'à -30 % sur une sélection de "
            "chaussures !", "Notre sélection de chaussures est remisée de 30 %.")),
    ("en", ("30% off selected shoes.", "Up to 30% off selected shoes!",
            "Our selection of shoes is 30% off.")),
])
def test_a_selection_named_in_other_words_is_the_same_condition(campaign_run, lang, texts):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert [c for c, _ in findings(reports) if c == "BL605"] == []
