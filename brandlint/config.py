"""Project configuration: `.brandlint.yaml` or `[tool.brandlint]`, found upward from the
working directory. Command-line flags win over it."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from brandlint.errors import BrandlintError
from brandlint.profile.suggest import did_you_mean

KEYS = ("profile", "channels", "exclude", "fail_on", "select", "ignore")


@dataclass
class Config:
    path: Path | None = None
    profile: str | None = None
    channels: dict[str, str] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    fail_on: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def channel_for(self, path: str) -> str | None:
        """First `channels` glob matching the path (relative to the config's folder)."""
        candidates = {Path(path).as_posix()}
        try:
            candidates.add(Path(path).resolve().relative_to(self.root.resolve()).as_posix())
        except ValueError:
            pass
        for pattern, channel in self.channels.items():
            if any(fnmatch.fnmatch(c, pattern) for c in candidates):
                return channel
        return None

    def resolve(self, relative: str) -> str:
        return str(self.root / relative) if self.path else relative


def discover(start: Path | None = None) -> Config:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / ".brandlint.yaml"
        if candidate.is_file():
            return _from_yaml(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            section = _tool_section(pyproject)
            if section is not None:
                return _build(section, pyproject)
    return Config()


def _from_yaml(path: Path) -> Config:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise BrandlintError(f"{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    return _build(data, path)


def _tool_section(path: Path) -> dict | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise BrandlintError(f"{path}: invalid TOML: {exc}") from None
    return data.get("tool", {}).get("brandlint")


def _build(data: object, path: Path) -> Config:
    if not isinstance(data, dict):
        raise BrandlintError(f"{path}: the configuration must be a mapping of {', '.join(KEYS)}")
    for key in data:
        if key not in KEYS:
            raise BrandlintError(f"{path}: unknown key `{key}`{did_you_mean(key, KEYS)} "
                                 f"(allowed: {', '.join(KEYS)})")
    channels = data.get("channels") or {}
    if not isinstance(channels, dict):
        raise BrandlintError(f"{path}: `channels` maps path globs to channel names")
    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in ("info", "warning", "error", "never"):
        raise BrandlintError(f"{path}: `fail_on` must be info, warning, error or never")
    return Config(path=path, profile=data.get("profile"),
                  channels={str(k): str(v) for k, v in channels.items()},
                  exclude=_list(data.get("exclude")), fail_on=fail_on,
                  select=_list(data.get("select")), ignore=_list(data.get("ignore")))


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]
