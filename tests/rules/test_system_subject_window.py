"""On a technical page, an absolute said of one of the system's parts is how the system
works (claims.system_at_work). Where the small French model loses the clause's subject —
« La variable d'environnement PATH contiendra désormais toujours… » parsed with the name
heading the clause and the verb as its copula — the clause's first noun before its verb is
read as its subject (real-text check 50 and 51: alwaysdata's migration notes, judged wrong
twice). The brand's own team said the same way still fires. On the real models."""

from __future__ import annotations

import pytest

from brandlint.api import Checker

PAGE = {
    "fr": ("## Migration de l'architecture logicielle\n\n"
           "Voici ce qui change pour votre compte lors de la migration :\n"
           "- Les variables d'environnement HTTPD_PORT et HTTPD_IP ne sont plus disponibles, "
           "vous devrez utiliser PORT et IP.\n"
           "- {line}, par exemple ~/.local/bin ou ~/npm-packages/bin, y compris en connexion "
           "SSH non interactive.\n"
           "- Le fichier ~/.bash_profile n'est plus lu par les processus lancés par le "
           "serveur web."),
    "en": ("## Software architecture migration\n\n"
           "Here is what changes for your account during the migration:\n"
           "- The HTTPD_PORT and HTTPD_IP environment variables are no longer available; use "
           "PORT and IP instead.\n"
           "- {line}, for example ~/.local/bin or ~/npm-packages/bin, including in "
           "non-interactive SSH sessions.\n"
           "- The ~/.bash_profile file is no longer read by processes started by the web "
           "server."),
}
PROFILE = {"fr": "profiles/real-alwaysdata-fr.yaml", "en": "profiles/real-alwaysdata-en.yaml"}


def bl301(lang: str, line: str) -> list[str]:
    text = PAGE[lang].format(line=line)
    return [d["code"] for d in Checker(PROFILE[lang]).check_texts([text], channel="help")
            if d["code"] == "BL301" and d["severity"] != "info"]


@pytest.mark.parametrize("lang,line", [
    ("fr", "La variable d'environnement PATH contiendra désormais toujours les chemins "
           "locaux des différents langages"),
    ("en", "The PATH environment variable will now always contain the local paths of the "
           "different languages"),
])
def test_a_system_part_always_doing_something_does_not_fire(lang, line):
    assert bl301(lang, line) == []


@pytest.mark.parametrize("lang,line", [
    ("fr", "Notre équipe répondra désormais toujours à vos tickets"),
    ("en", "Our support team will now always answer your tickets"),
])
def test_the_brands_team_always_doing_something_fires(lang, line):
    assert bl301(lang, line) == ["BL301"]
