"""The words for people of the campaign rules (messages.yaml), in a message's language."""

from __future__ import annotations

import functools
from importlib import resources

import yaml


@functools.cache
def _messages() -> dict:
    text = resources.files(__package__).joinpath("messages.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def say(code: str, lang: str, key: str, **values) -> str:
    table = _messages()[code]
    return table.get(lang, table["en"])[key].format(**values)


def common(language: str, key: str):
    table = _messages()["common"]
    return table.get(language, table["en"])[key]
