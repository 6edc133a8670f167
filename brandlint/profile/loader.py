"""Load a brand profile from YAML with errors that name the file, the line and the fix."""

from __future__ import annotations

import dataclasses
import types
import typing
from pathlib import Path

from pydantic import ValidationError

from brandlint.errors import ProfileError
from brandlint.profile import safe_yaml, schema
from brandlint.profile.schema import TONE_ALIASES, TONES, Profile
from brandlint.profile.suggest import did_you_mean

# pydantic's words for an unknown key: of a model, of a dataclass (the profile's classes)
UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")


def load_profile(path: str | Path) -> Profile:
    path = Path(path)
    try:
        text = safe_yaml.read_capped(path)
    except safe_yaml.YamlProblem as exc:
        raise ProfileError(str(path), [(exc.line, exc.message)]) from None
    except FileNotFoundError:
        raise ProfileError(str(path), [(None, "file not found (pass --profile FILE "
                                        "or set `profile:` in .brandlint.yaml)")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(str(path), [(None, f"cannot read the profile: {exc}")]) from None
    return parse_profile(text, str(path))


def load_bytes(data: bytes, path: str) -> Profile:
    """`load_profile` of a file already read (at most `safe_yaml.MAX_BYTES`), as bytes."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(path, [(None, f"cannot read the profile: {exc}")]) from None
    return parse_profile(text, path)


def parse_profile(text: str, path: str = "<profile>") -> Profile:
    try:
        data, node = safe_yaml.load(text)
    except safe_yaml.YamlProblem as exc:
        raise ProfileError(path, [(exc.line, exc.message)]) from None
    lines = safe_yaml.key_lines(node)
    if not isinstance(data, dict):
        raise ProfileError(path, [(1, "a profile is a YAML mapping (brand:, language:, "
                                   "central_idea:, channels: …)")])
    try:
        profile = schema.validate(data)
    except ValidationError as exc:
        errors = _drop_missing_explained_by_typos(exc.errors())
        problems = [_describe(err, lines) for err in errors]
        raise ProfileError(path, _sorted(problems)) from None
    cross = profile.cross_check()
    if cross:
        raise ProfileError(path, _sorted([(_line(lines, loc), msg) for loc, msg in cross]))
    return profile.located(path, lines)


def _drop_missing_explained_by_typos(errors: list[dict]) -> list[dict]:
    """`centrl_idea` is reported once, as a misspelling, not also as a missing key."""
    import difflib

    unknown = {(tuple(e["loc"][:-1]), str(e["loc"][-1])) for e in errors
               if e["type"] in UNKNOWN_KEY}
    kept = []
    for e in errors:
        if e["type"] == "missing":
            parent, key = tuple(e["loc"][:-1]), str(e["loc"][-1])
            typos = [k for p, k in unknown if p == parent]
            if difflib.get_close_matches(key, typos, n=1, cutoff=0.6):
                continue
        kept.append(e)
    return kept


def _sorted(problems: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    return sorted(problems, key=lambda p: (p[0] or 0, p[1]))


def _line(lines: dict[tuple, int], loc: tuple) -> int | None:
    for n in range(len(loc), 0, -1):
        if tuple(loc[:n]) in lines:
            return lines[tuple(loc[:n])]
    return None


def _describe(err: dict, lines: dict[tuple, int]) -> tuple[int | None, str]:
    loc = tuple(err["loc"])
    where = ".".join(str(p) for p in loc)
    kind = err["type"]
    value = err.get("input")
    if kind in UNKNOWN_KEY:
        allowed = _fields_at(loc[:-1])
        hint = did_you_mean(loc[-1], allowed)
        msg = f"unknown key `{loc[-1]}`{hint}"
        if not hint and allowed:
            msg += f" (allowed here: {', '.join(allowed)})"
    elif kind == "literal_error" and ("tones" in loc or loc[:2] == ("tone", "lexicon")):
        alias = TONE_ALIASES.get(str(value).lower())
        hint = f" (did you mean `{alias}`?)" if alias else did_you_mean(value, TONES)
        msg = f"unknown tone `{value}`{hint} (tones: {', '.join(TONES)})"
    elif kind == "missing":
        msg = f"missing required key `{loc[-1]}`"
        loc = loc[:-1]
    elif kind == "value_error":
        msg = f"{where}: {err['msg'].removeprefix('Value error, ')}"
    elif kind == "literal_error":
        msg = f"{where}: {err['msg']}" + did_you_mean(value, _literal_choices(err))
    elif kind == "dataclass_type":  # a scalar or a list where a mapping belongs
        name = (err.get("ctx") or {}).get("class_name", "")
        msg = f"{where}: Input should be a valid dictionary or instance of {name} (got {value!r})"
    else:
        msg = f"{where}: {err['msg']} (got {value!r})"
    return _line(lines, loc), msg


def _literal_choices(err: dict) -> list[str]:
    expected = (err.get("ctx") or {}).get("expected", "")
    return [part.strip(" '") for part in expected.replace(" or ", ",").split(",") if part.strip()]


def _fields_at(loc: tuple) -> list[str]:
    """Names of the keys allowed at `loc` in the profile schema."""
    annotation: object = Profile
    for part in loc:
        annotation = _step(annotation, part)
        if annotation is None:
            return []
    model = _unwrap_model(annotation)
    return [f.name for f in dataclasses.fields(model)] if model else []


def _step(annotation: object, part: object) -> object:
    model = _unwrap_model(annotation)
    if model is not None:
        return typing.get_type_hints(model, vars(schema)).get(str(part))
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin is dict and len(args) == 2:
        return args[1]
    if origin is list and args:
        return args[0]
    return None


def _unwrap_model(annotation: object) -> type | None:
    """The profile class an annotation names (Channel in `dict[str, Channel]`…)."""
    if isinstance(annotation, type) and hasattr(annotation, "__pydantic_config__"):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            model = _unwrap_model(arg)
            if model:
                return model
    return None
