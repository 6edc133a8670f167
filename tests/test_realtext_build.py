"""scripts/realtext/build.py: the Liberapay and DuckDuckGo builders (issue 7).

Each test builds a tiny bare git repository shaped like the real one (texts written
here, not taken from the sites) and reads back the JSONL rows the builder writes."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("realtext_build",
                                                  ROOT / "scripts" / "realtext" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_mirror(tmp_path: Path, files: dict[str, str]) -> Path:
    """A bare repository whose HEAD holds `files`, as `fetch` brings a snapshot."""
    work = tmp_path / "work"
    for path, text in files.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text, encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(work)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "snapshot"], check=True)
    return work / ".git"


def rows(out: Path, name: str) -> dict[str, dict]:
    lines = (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, lines)}


# ----------------------------------------------------------------- Liberapay
LP_PAGE = '''title = _("Our little guide")
[---] text/html
% extends "templates/layouts/about.html"
% block content
    <img alt="{{ _('A drawing of a lighthouse keeper at work') }}" />
    <h3>{{ _("What do we do?") }}</h3>
    <p>{{ _(
        "We keep the lighthouse lit every single night, and {0}our logbook{1} "
        "is open to every sailor who asks.",
        '<a href="/logbook">'|safe, '</a>'|safe
    ) }}</p>
    <p>{{ _("The lamp was cleaned by {name} on {date}.", name=keeper, date=today) }}</p>
    <p>{{ _("A reminder of your visit was sent to %s.") % visitor.email }}</p>
    % include "templates/pitch.html"
    <h3>{{ _("Who started it?") }}</h3>
    <p>{{ _("The project was started in the harbour of Brest by {0} and friends of the sea.",
            '<a href="/ana">Ana</a>'|safe) }}</p>
% endblock
'''
LP_PITCH = '''<p>{{ _("Sailors who pass by at night need a steady light to find their "
          "way home.") }}</p>
'''
LP_FAQ = '''[---] text/html
% macro dt(title, id)<dt id="{{ id }}">{{ title }}</dt>% endmacro
{{ dt(_("Can I visit the lighthouse on a stormy day?"), 'storm') }}
<dd>{{ _("No, the stairs are closed whenever the wind is stronger than a gale, "
         "for your safety.") }}</dd>
{{ dt(_('Is the {abbr_}UV{_abbr} lamp safe?',
        abbr_='<abbr title="%s">'|safe % _("Ultraviolet light used for cleaning"),
        _abbr='</abbr>'|safe), 'uv') }}
<dd>{{ _("Yes, the cleaning lamp is switched off long before any visitor climbs the tower.") }}</dd>
'''
LP_MAIL = '''[---] -/subject
{{ _("Your visit to the lighthouse is confirmed") }}
[---] text/html
<p>{{ _("We look forward to welcoming you at the foot of the tower, rain or shine.") }}</p>
<p>{{ ngettext("", "You booked {n} seats for the evening climb.", n) }}</p>
<p>{{ ngettext("Please bring a warm coat for the top of the stairs.",
               "Please bring warm coats for the top of the stairs.", n) }}</p>
[---] text/plain
{{ _("We look forward to welcoming you at the foot of the tower, rain or shine.") }}
'''
LP_APP = '''[---] text/html
<h3>{{ _("Your visits") }}</h3>
<p>{{ _("You can cancel a booked visit from this page until the evening before it.") }}</p>
'''
LP_PO = '''
msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"

msgid "What do we do?"
msgstr "Que faisons-nous ?"

msgid ""
"We keep the lighthouse lit every single night, and {0}our logbook{1} is open to "
"every sailor who asks."
msgstr ""
"Nous gardons le phare allumé chaque nuit, et {0}notre journal de bord{1} est "
"ouvert à tous les marins qui le demandent."

msgid "Sailors who pass by at night need a steady light to find their way home."
msgstr "Les marins qui passent la nuit ont besoin d'une lumière fixe pour rentrer chez eux."

#, fuzzy
msgid "Who started it?"
msgstr "Qui a commencé ?"

msgid "The project was started in the harbour of Brest by {0} and friends of the sea."
msgstr "Le projet est né dans le port de Brest, lancé par {0} et des amis de la mer."

msgid "Your visit to the lighthouse is confirmed"
msgstr "Votre visite du phare est confirmée"

msgid "We look forward to welcoming you at the foot of the tower, rain or shine."
msgstr "Nous avons hâte de vous accueillir au pied de la tour, qu'il pleuve ou qu'il vente."

msgid "Please bring a warm coat for the top of the stairs."
msgid_plural "Please bring warm coats for the top of the stairs."
msgstr[0] "Pensez à prendre un manteau chaud pour le haut de l'escalier."
msgstr[1] "Pensez à prendre des manteaux chauds pour le haut de l'escalier."
'''


@pytest.fixture()
def liberapay(build, tmp_path, monkeypatch):
    mirror = make_mirror(tmp_path, {
        "www/index.html.spt": LP_PAGE,
        "templates/pitch.html": LP_PITCH,
        "www/about/faq.spt": LP_FAQ,
        "emails/visit_confirmed.spt": LP_MAIL,
        "emails/base.spt": '[---] text/html\n{{ _("Greetings from the whole crew of the '
                           'lighthouse, see you soon.") }}\n',
        "www/%username/visits.spt": LP_APP,
        "www/admin/keepers.spt": '[---] text/html\n<p>{{ _("Only the head keeper may see '
                                 'the whole list of keepers here.") }}</p>\n',
        "i18n/core/fr.po": LP_PO,
    })
    out = tmp_path / "out"
    monkeypatch.setattr(build, "OUT_DIR", out)
    build.build_liberapay(mirror, dry=False)
    return rows(out, "liberapay-en"), rows(out, "liberapay-fr")


def test_liberapay_page_sections_keep_the_copy_in_order(liberapay):
    en, _ = liberapay
    assert en["lp-en-home-1"]["channel"] == "web"
    assert en["lp-en-home-1"]["text"] == (
        "What do we do?\n\n"
        "We keep the lighthouse lit every single night, and our logbook is open to every "
        "sailor who asks.\n\n"
        "Sailors who pass by at night need a steady light to find their way home.")


def test_liberapay_link_markup_goes_and_a_whole_link_keeps_its_words(liberapay):
    en, _ = liberapay
    assert "by Ana and friends of the sea" in en["lp-en-home-2"]["text"]
    assert "<a" not in "".join(row["text"] for row in en.values())


def test_liberapay_strings_with_a_variable_or_in_an_attribute_are_left_out(liberapay):
    en, _ = liberapay
    text = "\n".join(row["text"] for row in en.values())
    assert "The lamp was cleaned" not in text          # {name}, {date}: data
    assert "A reminder of your visit" not in text      # %s: data
    assert "A drawing of a lighthouse keeper" not in text  # alt text
    assert "You booked" not in text                    # ngettext with {n}


def test_liberapay_faq_gives_one_help_document_per_question(liberapay):
    en, _ = liberapay
    assert en["lp-en-faq-1"]["channel"] == "help"
    assert en["lp-en-faq-1"]["text"] == (
        "Can I visit the lighthouse on a stormy day?\n\n"
        "No, the stairs are closed whenever the wind is stronger than a gale, for your safety.")
    # the abbreviation's tooltip is nested in the question's arguments: not read as text
    assert "Ultraviolet" not in en["lp-en-faq-2"]["text"]
    assert en["lp-en-faq-2"]["text"].startswith("Is the UV lamp safe?")


def test_liberapay_email_is_one_document_without_its_plain_text_copy(liberapay):
    en, _ = liberapay
    mail = en["lp-en-mail-visit_confirmed"]
    assert mail["channel"] == "email"
    assert mail["text"] == ("Your visit to the lighthouse is confirmed\n\n"
                            "We look forward to welcoming you at the foot of the tower, rain or "
                            "shine.\n\nPlease bring a warm coat for the top of the stairs.")
    assert "lp-en-mail-base" not in en  # the shared greeting and footer


def test_liberapay_signed_in_pages_are_app_and_admin_pages_left_out(liberapay):
    en, _ = liberapay
    assert en["lp-en-app-username-visits-1"]["channel"] == "app"
    assert not any("head keeper" in row["text"] for row in en.values())


def test_liberapay_french_uses_the_catalogue_and_skips_fuzzy_entries(liberapay):
    _, fr = liberapay
    assert fr["lp-fr-home-1"]["text"].startswith(
        "Que faisons-nous ?\n\nNous gardons le phare allumé chaque nuit, et notre journal "
        "de bord est ouvert")
    assert fr["lp-fr-home-1"]["lang"] == "fr"
    assert "Who started it?" not in fr["lp-fr-home-2"]["text"]  # fuzzy: not translated
    assert "Qui a commencé" not in fr["lp-fr-home-2"]["text"]
    assert fr["lp-fr-mail-visit_confirmed"]["text"].endswith(
        "Pensez à prendre un manteau chaud pour le haut de l'escalier.")
    # untranslated strings are not copied in English into the French corpus
    assert "lp-fr-faq-1" not in fr


def test_call_args_skips_strings_and_nested_calls(build):
    src = '_("a, b (c)", x=f(1, 2), y=\'<a href="%s">\'|safe % url) + rest'
    args, end = build.call_args(src, len("_("))
    assert args == ['"a, b (c)"', "x=f(1, 2)", 'y=\'<a href="%s">\'|safe % url']
    assert src[end:] == " + rest"


# ----------------------------------------------------------------- DuckDuckGo
DDG_ABOUT = '''---
title: About the Lamp Company
description: The Lamp Company makes small lamps that never phone home.
category: About
---

We think a lamp should light your room and nothing else,
so our lamps send no data anywhere at all.
Available on {% include platforms.md %}.

## How we make money

We sell lamps. That's it: no subscriptions hidden in the fine print,
no data sold to anyone{:target="\\_blank"}, ever.

{% include category-footer-nav.md %}
'''
DDG_HELP = '''---
title: How do I reset my lamp?
description: Hold the button.
---

Hold the [power button]({{ site.baseurl }}/buttons/) for ten seconds
until the light blinks twice, then release it. Our servers answer from:

-   192.0.2.10
-   192.0.2.11

## Short
Too short.
'''


@pytest.fixture()
def duckduckgo(build, tmp_path, monkeypatch):
    mirror = make_mirror(tmp_path, {
        "_docs/company/about.md": DDG_ABOUT,
        "_docs/lamps/reset.md": DDG_HELP,
        "_docs/r-legal/terms.md": "---\ntitle: Terms\n---\n\n" + "These terms apply. " * 10,
        "_docs/translated/about-fr_FR.md": "---\ntitle: A propos\n---\n\n" + "Texte traduit. " * 10,
        "_docs/resources/other-site.md": "---\ntitle: Opt out\n---\n\n" + "Click the button. " * 10,
        "_includes/platforms.md": "[Mac]({{ site.baseurl }}/mac) and "
                                  "[Linux]({{site.baseurl}}/linux)\n",
        "_includes/category-footer-nav.md": "Browse all the articles of this category here.\n",
    })
    out = tmp_path / "out"
    monkeypatch.setattr(build, "OUT_DIR", out)
    build.build_duckduckgo(mirror, dry=False)
    return rows(out, "duckduckgo-en")


def test_duckduckgo_company_pages_are_web_sections_with_includes_inlined(duckduckgo):
    first = duckduckgo["ddg-company.about-0"]
    assert first["channel"] == "web"
    assert first["text"] == (
        "About the Lamp Company\nThe Lamp Company makes small lamps that never phone home."
        "\nWe think a lamp should light your room and nothing else, so our lamps send no "
        "data anywhere at all. Available on Mac and Linux.")
    assert duckduckgo["ddg-company.about-1"]["text"] == (
        "How we make money\nWe sell lamps. That's it: no subscriptions hidden in the fine "
        "print, no data sold to anyone, ever.")


def test_duckduckgo_help_articles_are_help_and_short_sections_dropped(duckduckgo):
    assert duckduckgo["ddg-lamps.reset-0"]["channel"] == "help"
    assert "{{" not in duckduckgo["ddg-lamps.reset-0"]["text"]
    assert duckduckgo["ddg-lamps.reset-0"]["text"].endswith("Our servers answer from:")
    assert "ddg-lamps.reset-1" not in duckduckgo  # under 20 words


def test_duckduckgo_legal_translated_and_third_party_guides_left_out(duckduckgo):
    assert set(duckduckgo) == {"ddg-company.about-0", "ddg-company.about-1",
                               "ddg-lamps.reset-0"}


# ----------------------------------------------------------------- CoopCycle
CC_MAILS_FR = '''registration.email.subject: |
  Confirmation d'adresse
registration.email.message: |
  <h2>Bienvenue sur {{brand_name}}, {{username}}</h2>
  Vous venez d'ouvrir un compte chez les coursiers du quartier.
registration.email.textMessage: |
  Bienvenue sur {{brand_name}},\\n\\n copie en texte brut du message ci-dessus.
order.picnic.accepted.delivery: "Votre panier sera livré à vélo à l'heure suivante :"
order.picnic.accepted.delivery.disclaimer: Nous vous appellerons au {{phone_number}} si
  nous ne trouvons pas votre porte.
order.picnic.accepted.with_fee: |
  <p>Votre panier pique-nique partira de l'atelier dans une caisse consignée (frais {{amount}}).</p>
order.late.subject: Votre panier {{order_number}} aura du retard
order.late.body.intro: "Bonjour,\\n<br>\\nVotre panier arrivera avec {{delay}} minutes de\\
  \\ retard, le coursier a crevé."
shift_week.published.cta: "Les créneaux de la semaine du %date% sont ouverts aux coursiers."
'''
CC_MAILS_EN = '''order.late.subject: Your basket {{order_number}} is running late
order.late.body.intro: "Hello,\\n<br>\\nYour basket will arrive {{delay}} minutes late,\\
  \\ the rider had a flat tyre."
'''
CC_APP_FR = '''basics.save: Enregistrer
form.basket.help: Le client choisit la taille de son panier, <strong>petit ou grand</strong>,
  avant de payer.
form.basket.count: "Votre panier contient %count% produits de saison du marché\\
  \\ couvert|Votre panier contient %count% produits"
adminDashboard.export.help: Exporte toutes les courses du mois au format tableur pour la
  comptabilité.
rfm.segment.help: Segment des clients qui commandent souvent et beaucoup depuis six mois.
'''
CC_APP_EN = '''form.basket.help: The customer picks the size of their basket, <strong>small or
  large</strong>, before paying.
'''
CC_HOME_FR = '''- id: headline
  translation: >
    Nous livrons les paniers à vélo
- id: crew.title
  translation: L'équipe
- id: crew.content
  translation: >
    Une poignée de coursiers associés qui livrent les paniers du marché à vélo cargo, par
    tous les temps, et décident ensemble de tout.
- id: cookieDismiss
  translation: "J'ai compris !"
'''
CC_PAGE_FR = '''+++
title = "La coopérative"
description = "Qui sommes-nous"
+++

<h3 class="h3">Ce que nous partageons</h3>
<p>Les vélos cargo, l'atelier de réparation et le local du marché sont à tous les associés,
et chacun y a une voix égale à celle des autres pour décider.</p>
<a id="more" class="know-more" href="#more">+ Voir plus de services</a>
<h4>Court</h4>
<p>Trop court pour compter.</p>
'''


@pytest.fixture()
def coopcycle(build, tmp_path, monkeypatch):
    app = make_mirror(tmp_path / "app", {
        "translations/emails.fr.yml": CC_MAILS_FR,
        "translations/emails.en.yml": CC_MAILS_EN,
        "translations/messages.fr.yml": CC_APP_FR,
        "translations/messages.en.yml": CC_APP_EN,
    })
    web = make_mirror(tmp_path / "web", {
        "i18n/fr.yaml": CC_HOME_FR,
        "i18n/en.yaml": "- id: headline\n  translation: We deliver baskets by bike\n",
        "content/federation.fr.md": CC_PAGE_FR,
        "content/legal.fr.md": "+++\ntitle = \"Mentions\"\n+++\n" + "Texte légal. " * 30,
    })
    out = tmp_path / "out"
    monkeypatch.setattr(build, "OUT_DIR", out)
    build.build_coopcycle(app, dry=False, web=web)
    return rows(out, "coopcycle-fr"), rows(out, "coopcycle-en")


def test_coopcycle_email_is_subject_and_body_with_placeholders_filled(coopcycle):
    fr, en = coopcycle
    late = fr["cc-fr-email-order-late"]
    assert late["channel"] == "email"
    assert late["text"] == ("Votre panier AB123 aura du retard\nBonjour,\nVotre panier arrivera "
                            "avec 15 minutes de retard, le coursier a crevé.")
    assert en["cc-en-email-order-late"]["text"].startswith("Your basket AB123 is running late\n")
    welcome = fr["cc-fr-email-registration-email"]["text"]
    assert welcome.startswith("Confirmation d'adresse\nBienvenue sur CoopCycle, camille\n")
    assert "texte brut" not in welcome  # the plain-text copy is left out
    assert "%date%" not in fr["cc-fr-email-shift-week-published"]["text"]


def test_coopcycle_email_piece_joins_its_mail_but_a_variant_stays_apart(coopcycle):
    fr, _ = coopcycle
    delivery = fr["cc-fr-email-order-picnic-accepted-delivery"]["text"]
    assert delivery.endswith("Nous vous appellerons au 02 40 00 00 00 si nous ne trouvons pas "
                             "votre porte.")
    assert "caisse consignée (frais 2,00 €)" in fr["cc-fr-email-order-picnic-accepted-with-fee"][
        "text"]


def test_coopcycle_app_strings_skip_staff_keys_variables_and_short_labels(coopcycle):
    fr, en = coopcycle
    app = {k for k, r in fr.items() if r["channel"] == "app"}
    assert app == {"cc-fr-app-form-basket-help"}
    assert fr["cc-fr-app-form-basket-help"]["text"] == (
        "Le client choisit la taille de son panier, petit ou grand, avant de payer.")
    assert "cc-en-app-form-basket-help" in en


def test_coopcycle_site_home_blocks_and_page_sections_are_web(coopcycle):
    fr, en = coopcycle
    crew = fr["cc-fr-web-home-crew"]
    assert crew["text"].startswith("L'équipe\nUne poignée de coursiers associés")
    section = next(r for k, r in fr.items() if k.startswith("cc-fr-web-federation-"))
    assert section["text"].startswith("La coopérative\nQui sommes-nous\nCe que nous partageons")
    assert "Voir plus" not in section["text"]
    assert not any("legal" in k or "Trop court" in r["text"] for k, r in fr.items())
    assert not any(r["channel"] == "web" for r in en.values())  # headline alone: too short
