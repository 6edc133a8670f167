"""BL103 on value axes read from the idea itself: a draft that says nothing of the idea
and argues one full cue of its opposite (the rush, fumes sold as quality, performance
where the idea is one's own pace, a space fixed once and for all, a fix with no one to
talk to), and the cues a draft wards off (« résiste à une tentative d'effraction »,
"burglar-proof") instead of arguing for them."""

from __future__ import annotations

import pytest

from brandlint.analysis.values import active_axes
from tests.conftest import ROOT, codes


@pytest.fixture(scope="module")
def lint_for(engines):
    """lint_for(profile_file)(text, channel) on the session's already-loaded models."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    built = {}

    def for_profile(name: str):
        if name not in built:
            profile = load_profile(ROOT / "profiles" / name)
            nlp = engines[profile.language].analyser.nlp
            built[name] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))
        engine = built[name]

        def run(text: str, channel: str = "web"):
            document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                                channel=channel)
            return next(iter(engine.run([document]))).diagnostics
        return run

    return for_profile


def _profile(brand: str, lang: str) -> str:
    return f"{brand}.yaml" if lang == "fr" else f"{brand}-en.yaml"


def _bl103(lint_for, brand, lang, text, channel="web"):
    return [d for d in lint_for(_profile(brand, lang))(text, channel) if d.code == "BL103"]


def test_a_health_idea_stands_on_the_health_axis():
    assert "health" in active_axes("fr", frozenset({"sain", "santé"}),
                                   "Peindre sainement.", "sain, santé", frozenset())
    assert "health" in active_axes("en", frozenset({"healthy", "health"}),
                                   "Paint healthily.", "healthy, health", frozenset())
    # a yoga idea that breathes is not about fumes
    assert "health" not in active_axes("en", frozenset({"breathe", "pace"}),
                                       "Move at your own pace.", "breathe, pace", frozenset())


# one cue of the opposite, in a draft that carries nothing of the idea
FIRES = [
    ("ocrelle", "fr", "Notre laque Atelier dégage une odeur forte les premiers jours : "
                      "c'est le signe de sa résistance. 0,75 L – 24,90 €", "odeur forte"),
    ("ocrelle", "en", "Our Atelier lacquer gives off a strong smell for the first days: "
                      "that is how you know it lasts. 0.75 L – €24.90", "strong smell"),
    ("halenna", "fr", "Nouveau cours du jeudi : on passe la vitesse supérieure, et on "
                      "enchaîne les séries jusqu'au bout.", "vitesse supérieure"),
    ("halenna", "en", "New Thursday class: time to level up, and we keep going until "
                      "the very last set.", "level up"),
    ("remisa", "fr", "Notre conseil : prenez un grand box une bonne fois pour toutes, "
                     "puis n'en parlons plus.", "une bonne fois pour toutes"),
    ("remisa", "en", "Our advice: take a big unit once and for all, then think no more "
                     "about it.", "once and for all"),
    ("pontelle", "fr", "Nouveau : réglez vos DNS sans jamais nous appeler, directement "
                       "depuis votre tableau de bord.", "sans jamais nous appeler"),
    ("pontelle", "en", "New: sort out your DNS without ever talking to us, straight from "
                       "your dashboard.", "without ever talking to"),
    ("trancart", "fr", "Un cambriolage toutes les 90 secondes en France : votre porte "
                       "pourrait être la suivante.", "cambriolage"),
    ("trancart", "en", "A burglary every 90 seconds in this country: your door could be "
                       "next.", "burglary"),
]


@pytest.mark.parametrize("brand,lang,text,words", FIRES)
def test_one_cue_of_the_opposite_in_a_draft_silent_on_the_idea_fires(lint_for, brand,
                                                                     lang, text, words):
    found = _bl103(lint_for, brand, lang, text)
    assert found, text
    assert words.lower() in found[0].message.lower()


# near misses: the same cue with the idea said beside it, negated, or warded off
QUIET = [
    ("ocrelle", "fr", "Notre laque en phase aqueuse ne dégage aucune odeur forte : la "
                      "chambre se respire sainement le soir même."),
    ("ocrelle", "en", "Our water-based lacquer gives off no strong smell: the bedroom "
                      "stays healthy to sleep in that same evening."),
    ("halenna", "fr", "Pas besoin de passer la vitesse supérieure : ici, chacun avance à "
                      "son rythme, en douceur."),
    ("halenna", "en", "No need to level up: here everyone moves at their own pace, "
                      "gently."),
    ("pontelle", "fr", "Notre équipe vous accompagne et vous explique chaque étape ; les "
                       "petits réglages se font aussi sans nous appeler."),
    ("pontelle", "en", "Our team supports you and explains every step; small settings "
                       "can also be changed without ever talking to us."),
    ("trancart", "fr", "Le cylindre Chifral résiste au moins dix minutes à une tentative "
                       "d'effraction, selon la norme A2P."),
    ("trancart", "en", "The Chifral cylinder withstands a break-in attempt for at least "
                       "ten minutes under the A2P standard."),
    ("trancart", "en", "Our armoured door: burglar-proof, fitted in a day, price stated "
                       "before you order."),
]


@pytest.mark.parametrize("brand,lang,text", QUIET)
def test_the_cue_said_beside_the_idea_negated_or_warded_off_does_not_fire(lint_for, brand,
                                                                          lang, text):
    assert not _bl103(lint_for, brand, lang, text), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau cours du jeudi : on passe la vitesse supérieure."),
    ("en", "New Thursday class: time to level up."),
])
def test_service_channels_are_not_asked_for_the_idea(lint_for, lang, text):
    assert "BL103" not in codes(lint_for(_profile("halenna", lang))(text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    # « éclair » the pastry, the September rush: a single word hangs on its sense
    ("fr", "Notre éclair au chocolat revient en vitrine ce week-end, avec une nouvelle "
           "crème."),
    ("en", "During the September rush, please allow an extra day for cake orders."),
])
def test_a_single_word_cue_alone_does_not_fire(lint_for, lang, text):
    assert not _bl103(lint_for, "belarbre", lang, text), text


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Buffet de desserts pour le mariage de Lina : tartes aux mirabelles du verger "
           "voisin, crème à la verveine du jardin.", False),
    ("fr", "Buffet de desserts pour le mariage de Lina : tartes et crème brûlée à "
           "volonté.", True),
    ("en", "Dessert buffet for Lina's wedding: plum tarts from our neighbour's orchard "
           "and verbena cream.", False),
    ("en", "Dessert buffet for Lina's wedding: tarts and crème brûlée, as much as you "
           "like.", True),
])
def test_the_ideas_values_in_other_words_say_it_where_it_is_required(lint_for, lang, text,
                                                                     fires):
    found = "BL101" in codes(lint_for(_profile("aubrelle", lang))(text, "social"))
    assert found is fires, text
