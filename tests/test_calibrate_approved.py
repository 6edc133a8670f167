"""`brandlint calibrate --approved`: thresholds from approved copy, no labels.

The figures are worked out by hand from the rule "k = ⌊max_share·n⌋ drafts may fall
below; the threshold is the (k+1)-th lowest score, floored to 0.01". The fixture folder
is built so that those figures do not depend on the exact idea formula: drafts with no
idea word score 0, drafts full of it score well above the default 0.2.
"""

from __future__ import annotations

import doctest
import json
import math

import pytest

from brandlint.approved import IdeaRow, propose
from brandlint.approved import thresholds as thresholds_module
from brandlint.approved.candidates import CandidateCounter
from brandlint.approved.report import profile_yaml
from brandlint.approved.thresholds import count_below, strictest_threshold
from brandlint.cli import main
from tests.conftest import PROFILES

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

IDEA_RICH = [
    "Construisez le sapin de vos rêves à l'atelier de Noël : chaque enfant imagine, "
    "invente et crée sa propre décoration en briques.",
    "À l'atelier du samedi, les enfants imaginent une ville entière et construisent "
    "chaque maison brique après brique. Créativité garantie de rire !",
    "Imaginez, construisez, inventez : cet hiver, l'atelier vous attend pour créer en "
    "famille un monde qui ne ressemble qu'à vous.",
    "Un château, une fusée, un dragon ? À l'atelier, votre enfant construit ce qu'il "
    "imagine et invente l'histoire qui va avec.",
    "Créez votre village d'hiver : l'atelier propose des modèles à construire et mille "
    "idées pour imaginer la suite.",
    "Chaque boîte est une invitation à créer : construisez, démontez, inventez encore. "
    "Rendez-vous à l'atelier pour partager vos créations.",
    "Cette semaine à l'atelier, on imagine des robots : les enfants construisent, "
    "inventent et présentent leur création à toute la famille.",
    "Dessinez votre idée, puis construisez-la : l'atelier de Noël aide chaque enfant à "
    "donner vie à son imagination.",
    "Votre enfant rêve d'un bateau pirate ? Qu'il l'imagine, le construise et invente "
    "son équipage à l'atelier ce week-end.",
    "L'atelier créatif rouvre : venez construire, imaginer et inventer en famille, "
    "briques et idées fournies.",
    "Inventez un monde à votre image : l'atelier vous prête les briques, vous apportez "
    "l'imagination et l'envie de construire.",
]
NO_IDEA = [
    "Votre commande est en préparation. Le colis part du dépôt demain matin.",
    "Nos horaires changent : le magasin ouvre désormais à 10 h du lundi au samedi.",
]


def _markdown(channel: str, text: str) -> str:
    return f"---\nchannel: {channel}\n---\n{text}\n"


def _csv(rows: list[tuple[str, str, str]]) -> str:
    lines = ["id,channel,text"] + [f'{i},{c},"{t}"' for i, c, t in rows]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def approved_folder(tmp_path):
    """13 drafts on email (11 full of the idea, 2 without any) in four input formats,
    3 sms rows, exempt from the idea, and one draft on a channel the profile lacks."""
    folder = tmp_path / "approved"
    (folder / "email").mkdir(parents=True)
    for i, text in enumerate(IDEA_RICH[:6]):
        (folder / "email" / f"draft-{i}.md").write_text(_markdown("email", text),
                                                         encoding="utf-8")
    (folder / "note.txt").write_text(IDEA_RICH[6] + "\n", encoding="utf-8")  # default: email
    (folder / "unknown.md").write_text(_markdown("blog", IDEA_RICH[0]), encoding="utf-8")
    rows = [(f"r{i}", "email", t) for i, t in enumerate(IDEA_RICH[7:10])]
    (folder / "batch.jsonl").write_text(json.dumps(
        {"id": "j0", "channel": "email", "text": IDEA_RICH[10]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    rows += [("bare-1", "email", NO_IDEA[0]), ("bare-2", "email", NO_IDEA[1])]
    rows += [("sms-1", "sms", NO_IDEA[0]), ("sms-2", "sms", "Votre atelier commence demain."),
             ("sms-3", "sms", "Retrait en magasin possible dès 10 h.")]
    (folder / "batch.csv").write_text(_csv(rows), encoding="utf-8")
    return folder


def _calibrate_json(capsys, *args: str) -> dict:
    code = main(["calibrate", *args, "--profile", str(PROFILES["fr"]), "--approved",
                 "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def _check_scores(capsys, folder) -> dict[str, float]:
    main(["check", str(folder), "--profile", str(PROFILES["fr"]), "--format", "json",
          "--no-cache", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)
    return {f"{d['path']}#{d['id']}": d["scores"]["central_idea"]
            for d in report["documents"] if d["channel"] == "email"}


# -- the real model, on a fixture folder -------------------------------------------


def test_default_share_lets_no_draft_of_thirteen_fire(approved_folder, capsys):
    report = _calibrate_json(capsys, str(approved_folder))
    idea = report["idea"]
    # 17 drafts read; 13 on email; the 3 sms rows are exempt; the blog draft is reported
    assert report["documents"] == 17 and report["idea_documents"] == 13
    assert [s["document"].rsplit("/", 1)[1] for s in report["skipped"]] == ["unknown.md"]
    assert "BL904" in report["skipped"][0]["reason"]
    assert report["exempt"] == {"sms": 3} and list(idea["channels"]) == ["email"]
    # today (0.2): the two drafts without the idea fire -> 2/13
    assert idea["current_below"] == 2 and idea["current_share"] == round(2 / 13, 3)
    # 5 % of 13 = 0.65 -> k = 0: the threshold is the lowest score, 0.00; nothing fires
    assert idea["min_score"] == 0.0 and idea["below"] == 0
    assert {r["document"].rsplit("#", 1)[1] for r in idea["lowest"][:2]} == {"bare-1", "bare-2"}


def test_a_larger_share_gives_the_third_lowest_score(approved_folder, capsys):
    scores = _check_scores(capsys, approved_folder)
    assert len(scores) == 13
    report = _calibrate_json(capsys, str(approved_folder), "--max-share", "0.2")
    idea = report["idea"]
    # 20 % of 13 = 2.6 -> k = 2: the 3rd lowest score, i.e. the lowest idea-rich draft
    third = sorted(scores.values())[2]
    assert idea["min_score"] == math.floor(third * 100) / 100 > 0.2
    assert idea["below"] == 2 and idea["share"] == round(2 / 13, 3) <= 0.2
    assert report["profile_yaml"] == f"central_idea:\n  min_score: {idea['min_score']}"


def test_exempt_drafts_do_not_move_the_threshold(approved_folder, capsys, tmp_path):
    with_sms = _calibrate_json(capsys, str(approved_folder), "--max-share", "0.2")["idea"]
    batch = approved_folder / "batch.csv"
    batch.write_text("\n".join(line for line in batch.read_text(encoding="utf-8").splitlines()
                               if ",sms," not in line) + "\n", encoding="utf-8")
    without = _calibrate_json(capsys, str(approved_folder), "--max-share", "0.2")
    assert without["exempt"] == {}
    assert without["idea"]["min_score"] == with_sms["min_score"]


def test_lexicon_candidates_leave_out_the_profiles_words(approved_folder, capsys, tmp_path):
    report = _calibrate_json(capsys, str(approved_folder))
    candidates = {c["lemma"]: c for c in report["lexicon_candidates"]["candidates"]}
    assert "atelier" in candidates  # in 11 of the 13 email drafts, not in the profile
    assert candidates["atelier"]["documents"] == 11
    assert "atelier" in candidates["atelier"]["example"]["text"].lower()
    listed = {"construire", "imaginer", "inventer", "créer", "création", "brique", "enfant",
              "famille", "monde", "idée", "imagination", "rêver", "dessiner", "modèle"}
    assert not listed & set(candidates)
    # once the profile lists it, it is no longer a candidate
    profile = tmp_path / "lego-atelier.yaml"
    profile.write_text(PROFILES["fr"].read_text(encoding="utf-8").replace(
        "related: [brique,", "related: [atelier, brique,"), encoding="utf-8")
    main(["calibrate", str(approved_folder), "--profile", str(profile), "--approved",
          "--format", "json"])
    after = json.loads(capsys.readouterr().out)["lexicon_candidates"]["candidates"]
    assert "atelier" not in {c["lemma"] for c in after}


def test_text_report_speaks_to_a_copywriter(approved_folder, capsys):
    code = main(["calibrate", str(approved_folder), "--profile", str(PROFILES["fr"]),
                 "--approved", "--max-share", "0.2"])
    out = capsys.readouterr().out
    assert code == 0
    assert "today     0.20: 2 of 13 (15.4%)" in out
    assert "Not asked for the idea, so left out: sms 3." in out
    assert "Left out, could not be analysed (1):" in out and "unknown channel `blog`" in out
    assert "Paste into" in out and "central_idea:\n    min_score: " in out
    assert "atelier" in out and "Nothing compares them with everyday language" in out


# -- errors for people ---------------------------------------------------------------


def test_only_exempt_drafts_is_exit_2_with_what_to_do(tmp_path, capsys):
    (tmp_path / "sms.csv").write_text(_csv([(f"s{i}", "sms", NO_IDEA[0]) for i in range(12)]),
                                      encoding="utf-8")
    code = main(["calibrate", str(tmp_path), "--profile", str(PROFILES["fr"]), "--approved"])
    err = capsys.readouterr().err
    assert code == 2 and "carries the central idea" in err and "sms" in err
    assert "Traceback" not in err


def test_too_few_drafts_is_exit_2(tmp_path, capsys):
    (tmp_path / "few.csv").write_text(_csv([(f"e{i}", "email", t) for i, t in
                                            enumerate(IDEA_RICH[:5])]), encoding="utf-8")
    code = main(["calibrate", str(tmp_path), "--profile", str(PROFILES["fr"]), "--approved"])
    err = capsys.readouterr().err
    assert code == 2 and "only 5 approved draft(s)" in err and "at least 10" in err


def test_usage_errors_are_exit_2(approved_folder, capsys):
    profile = str(PROFILES["fr"])
    assert main(["calibrate", str(approved_folder), "--profile", profile]) == 2
    assert "add --approved" in capsys.readouterr().err
    cases = approved_folder / "cases.jsonl"
    cases.write_text("", encoding="utf-8")
    assert main(["calibrate", str(cases), "--profile", profile, "--max-share", "0.1"]) == 2
    assert "need --approved" in capsys.readouterr().err
    assert main(["calibrate", str(approved_folder), "--profile", profile, "--approved",
                 "--max-share", "1.5"]) == 2


# -- the arithmetic, by hand -------------------------------------------------------------


def test_threshold_doctests():
    assert doctest.testmod(thresholds_module).failed == 0


def test_strictest_threshold_by_hand():
    scores = [0.05, 0.12, 0.31, 0.44, 0.58, 0.61, 0.70, 0.72, 0.81, 0.93]
    assert strictest_threshold(scores, 0.05) == 0.05   # k = 0: the lowest
    assert strictest_threshold(scores, 0.10) == 0.12   # k = 1: the 2nd lowest
    assert strictest_threshold(scores, 0.25) == 0.31   # k = 2 (2.5 rounds down)
    assert strictest_threshold([0.456] * 10, 0.05) == 0.45  # floored, never rounded up


@pytest.mark.parametrize("max_share", [0.0, 0.05, 0.1, 0.2, 0.33, 0.5])
def test_max_share_is_respected_and_the_threshold_is_the_strictest(max_share):
    scores = [round((i * 37 % 101) / 100, 3) for i in range(57)]
    threshold = strictest_threshold(scores, max_share)
    assert count_below(scores, threshold) <= math.floor(max_share * len(scores))
    assert count_below(scores, threshold + 0.01) > math.floor(max_share * len(scores))


def _rows(channel: str, scores: list[float]) -> list[IdeaRow]:
    return [IdeaRow(f"{channel}-{i}", channel, s) for i, s in enumerate(scores)]


def test_a_channel_with_twenty_drafts_gets_its_own_threshold():
    email = _rows("email", [0.60 + 0.01 * i for i in range(20)])   # 0.60 … 0.79
    social = _rows("social", [0.20 + 0.01 * i for i in range(20)])  # 0.20 … 0.39
    store = _rows("store", [0.5, 0.9, 0.95])
    result = propose(email + social + store, 0.2, {}, 0.05)
    by_name = {c.channel: c for c in result.channels}
    # Over all 43 drafts, k = 2 -> 0.22. Email (20 drafts, k = 1) fits 0.61, far above:
    # its own. Social fits 0.21, below 0.22 (0.22 would flag 2 of its 20, 10 %): its own.
    # The brand-wide threshold is then fitted on store alone: k = 0 -> 0.50.
    assert by_name["email"].own and by_name["email"].proposed == 0.61
    assert by_name["social"].own and by_name["social"].proposed == 0.21
    assert not by_name["store"].own and result.min_score == 0.5
    assert [c.below for c in result.channels] == [1, 1, 0]
    assert result.below == 2 <= math.floor(0.05 * 43)
    assert profile_yaml(result) == ("central_idea:\n  min_score: 0.5\nchannels:\n"
                                    "  email: {idea_min: 0.61}\n  social: {idea_min: 0.21}")


def test_a_large_channel_close_to_the_brand_wide_threshold_shares_it():
    email = _rows("email", [0.30 + 0.01 * i for i in range(20)])   # fits 0.31
    social = _rows("social", [0.32 + 0.01 * i for i in range(20)])  # fits 0.33
    result = propose(email + social, 0.2, {}, 0.05)
    # 40 drafts, k = 2: 0.30, 0.31, 0.32 -> 0.32; email's 0.31 is lower: its own; then
    # social alone: k = 1 -> 0.33, which social fits: no idea_min for social
    by_name = {c.channel: c for c in result.channels}
    assert by_name["email"].own and not by_name["social"].own
    assert result.min_score == 0.33 and result.below == 2


def test_a_small_channel_keeps_its_own_idea_min_and_a_large_one_may_drop_it():
    rows = _rows("email", [0.3 + 0.01 * i for i in range(25)]) + _rows("web", [0.1, 0.9])
    result = propose(rows, 0.2, {"email": 0.6, "web": 0.5}, 0.05)
    by_name = {c.channel: c for c in result.channels}
    # web: 2 drafts, too few to refit: keeps its 0.5 (its 0.1 draft still fires)
    assert by_name["web"].kept and by_name["web"].proposed == 0.5 and by_name["web"].below == 1
    # email: every draft (0.30 … 0.54) is below its idea_min 0.6 today; it fits 0.31
    # (k = 1), which is the brand-wide threshold fitted on email alone: drop the idea_min
    assert by_name["email"].current == 0.6 and by_name["email"].current_below == 25
    assert by_name["email"].drop and result.min_score == 0.31 and by_name["email"].below == 1
    assert "# email: remove `idea_min: 0.6`" in profile_yaml(result)
    assert result.current_below == 26 and result.below == 2


def test_candidates_rank_by_documents_and_channel_spread():
    counter = CandidateCounter()
    counter.add("a", "email", {"atelier": "A", "sapin": "S"})
    counter.add("b", "email", {"atelier": "A2", "sapin": "S2"})
    counter.add("c", "social", {"atelier": "A3", "rare": "R"})
    counter.add("d", "shop", {"sapin": "S3"})
    top = counter.top()
    # atelier: 3 drafts on 2 of 3 channels -> 3 × (0.5 + 0.5·2/3) = 2.5; sapin the same
    # spread and count -> tie broken by name; rare: 1 draft, below the minimum of 2
    assert [(c.lemma, c.documents, c.weight) for c in top] == [("atelier", 3, 2.5),
                                                              ("sapin", 3, 2.5)]
    assert top[0].example == "A" and top[0].example_from == "a"
