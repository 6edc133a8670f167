"""Project configuration: `.brandlint.yaml` or `[tool.brandlint]`, found upward from the
working directory. Command-line flags win over it.

The search climbs from the working directory and stops at the repository root (a folder
holding `.git`, checked last), and never looks in the user's home folder, the system's
temporary folder or `/` unless the run starts there: a stray configuration in those
shared places must not steer unrelated runs.
"""

from __future__ import annotations

import fnmatch
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from brandlint.errors import ConfigError
from brandlint.profile.suggest import did_you_mean

KEYS = ("profile", "channels", "exclude", "fail_on", "select", "ignore", "force_exclude",
        "respect_gitignore")
BOOLEAN_KEYS = ("force_exclude", "respect_gitignore")
FAIL_ON = ("info", "warning", "error", "never")
CONFIG_FILE = ".brandlint.yaml"


@dataclass
class Config:
    path: Path | None = None
    profile: str | None = None
    channels: dict[str, str] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    fail_on: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    force_exclude: bool = False  # `exclude` also drops files named on the command line
    respect_gitignore: bool = True  # folder walks leave out what git ignores
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def channel_for(self, path: str) -> str | None:
        """First `channels` glob matching the path (relative to the config's folder)."""
        candidates = {Path(path).as_posix()}
        try:
            candidates.add(Path(path).resolve().relative_to(self.root.resolve()).as_posix())
        except (ValueError, OSError, RuntimeError):
            pass
        for pattern, channel in self.channels.items():
            if any(fnmatch.fnmatch(c, pattern) for c in candidates):
                return channel
        return None

    def resolve(self, relative: str) -> str:
        return str(self.root / relative) if self.path else relative

    def profile_file(self) -> str | None:
        """The configured profile, resolved; a missing one is this file's error."""
        if not self.profile:
            return None
        resolved = self.resolve(self.profile)
        if self.path is not None and not Path(resolved).exists():
            raise ConfigError(str(self.path), [(self.lines.get("profile"), (
                f"`profile: {self.profile}`: no such file ({resolved}); the path is "
                "relative to this configuration's folder"))])
        return resolved


def load_file(path: str | Path) -> Config:
    """The configuration `--config FILE` names: a `.brandlint.yaml`-style YAML file, or a
    `pyproject.toml` whose `[tool.brandlint]` section is read."""
    file = Path(path)
    if not file.is_file():
        raise ConfigError(str(file), [(None, "no such configuration file (--config)")])
    if file.suffix == ".toml":
        section = _tool_section(file)
        if section is None:
            raise ConfigError(str(file), [(None, "no [tool.brandlint] section in this file")])
        return _build(section, file, _toml_lines(file))
    return _from_yaml(file)


def discover(start: Path | None = None) -> Config:
    for folder in search_folders(start or Path.cwd()):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return _from_yaml(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            section = _tool_section(pyproject)
            if section is not None:
                return _build(section, pyproject, _toml_lines(pyproject))
    return Config()


def search_folders(start: Path) -> list[Path]:
    """The folders a configuration is looked for in, nearest first."""
    here = start.resolve()
    shared = _shared_folders()
    folders = []
    for folder in (here, *here.parents):
        if folder != here and (folder in shared or folder == folder.parent):
            break
        folders.append(folder)
        if (folder / ".git").exists():
            break
    return folders


def _shared_folders() -> set[Path]:
    shared = {Path(tempfile.gettempdir()).resolve()}
    try:
        shared.add(Path.home().resolve())
    except (RuntimeError, KeyError, OSError):  # no home folder (some CI containers)
        pass
    return shared


def _from_yaml(path: Path) -> Config:
    from brandlint.profile import safe_yaml  # PyYAML: only when there is a file to read

    try:
        data, node = safe_yaml.load(safe_yaml.read_capped(path))
    except safe_yaml.YamlProblem as exc:
        raise ConfigError(str(path), [(exc.line, exc.message)]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [(None, f"cannot read the configuration: {exc}")]) from None
    lines = {key[0]: line for key, line in safe_yaml.key_lines(node).items() if len(key) == 1}
    return _build({} if data is None else data, path, lines)


def _tool_section(path: Path) -> dict | None:
    from brandlint.profile import safe_yaml

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(safe_yaml.read_capped(path, limit=5_000_000))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), [(None, f"invalid TOML: {exc}")]) from None
    except (OSError, UnicodeDecodeError, safe_yaml.YamlProblem) as exc:
        raise ConfigError(str(path), [(None, f"cannot read the file: {exc}")]) from None
    tool = data.get("tool")
    return tool.get("brandlint") if isinstance(tool, dict) else None


def _toml_lines(path: Path) -> dict[str, int]:
    """Line of each key of [tool.brandlint] (tomllib keeps no positions)."""
    lines: dict[str, int] = {}
    section = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([^\]]+?)\s*\]", stripped)
        if header:
            name = header.group(1).replace('"', "").replace(" ", "")
            section = name == "tool.brandlint"
            if section:
                lines[""] = number
            elif name.startswith("tool.brandlint."):
                lines.setdefault(name.removeprefix("tool.brandlint.").split(".")[0], number)
            continue
        key = re.match(r"""^["']?([\w-]+)["']?\s*=""", stripped)
        if section and key:
            lines.setdefault(key.group(1), number)
    return lines


def _build(data: object, path: Path, lines: dict[str, int]) -> Config:
    where = lines.get("")
    if not isinstance(data, dict):
        raise ConfigError(str(path), [(where or 1, "the configuration is a mapping of "
                                       f"{', '.join(KEYS)}")])
    problems = [(lines.get(str(key), where), message)
                for key, value in data.items() for message in _problems(str(key), value)]
    if problems:
        raise ConfigError(str(path), sorted(problems, key=lambda p: (p[0] or 0, p[1])))
    return Config(path=path, profile=data.get("profile"),
                  channels=dict(data.get("channels") or {}),
                  exclude=_list(data.get("exclude")), fail_on=data.get("fail_on"),
                  select=_list(data.get("select")), ignore=_list(data.get("ignore")),
                  force_exclude=_boolean(data.get("force_exclude")) is True,
                  respect_gitignore=_boolean(data.get("respect_gitignore")) is not False,
                  lines=lines)


def _problems(key: str, value: object) -> list[str]:
    if key not in KEYS:
        hint = did_you_mean(key, KEYS)
        return [f"unknown key `{key}`{hint}" + ("" if hint else f" (allowed: {', '.join(KEYS)})")]
    if value is None:
        return []
    if key == "profile" and not (isinstance(value, str) and value.strip()):
        return [f"`profile` is the path of the brand profile, e.g. `profile: "
                f"profiles/brand.yaml` (got {value!r})"]
    if key == "channels" and not (isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items())):
        return ['`channels` maps path globs to channel names, e.g. `"campaigns/sms/*": sms` '
                f"(got {value!r})"]
    if key in BOOLEAN_KEYS and _boolean(value) is None:
        return [f"`{key}` is true or false (got {value!r})"]
    if key == "fail_on" and value not in FAIL_ON:
        return [f"`fail_on` is one of {', '.join(FAIL_ON)}{did_you_mean(value, FAIL_ON)} "
                f"(got {value!r})"]
    if key in ("exclude", "select", "ignore") and not _is_list_of_text(value):
        example = '["drafts/old/*"]' if key == "exclude" else "[BL3, BL502]"
        return [f"`{key}` is a list, e.g. `{key}: {example}`, or a comma-separated string "
                f"(got {value!r})"]
    return []


def _boolean(value: object) -> bool | None:
    """YAML here keeps `true` as text (safe_yaml) and TOML gives a bool: both are read."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _is_list_of_text(value: object) -> bool:
    return isinstance(value, str) or (isinstance(value, list)
                                      and all(isinstance(v, str) for v in value))


def _list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]
