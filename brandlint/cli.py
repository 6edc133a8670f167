"""Command line: parse flags, build the objects, call the engine, exit 0/1/2."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from pathlib import Path

import click

from brandlint import __version__
from brandlint.errors import BrandlintError
from brandlint.interrupts import EXIT_INTERRUPTED, Interrupted, stop_on_interrupt
from brandlint.reporters import FORMATS

FAIL_ON = click.Choice(["info", "warning", "error", "never"])
LANG = click.Choice(["fr", "en"], case_sensitive=False)


def _codes(values: tuple[str, ...]) -> list[str]:
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brandlint")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """brandlint: a brand-consistency linter for marketing and service copy."""
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--profile", "profile_path", help="Brand profile (YAML).")
@click.option("--channel", help="Channel for documents that name none.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_ON, help="Lowest severity that fails the run "
              "[default: error].")
@click.option("--select", multiple=True, help="Only these codes/families (BL3, BL301,…).")
@click.option("--ignore", multiple=True, help="Skip these codes/families.")
@click.option("--no-cache", is_flag=True, help="Analyse every file again (the cache lives "
              "in .brandlint_cache/ next to the configuration, else in "
              "$XDG_CACHE_HOME/brandlint or ~/.cache/brandlint).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="spaCy worker processes.")
@click.option("--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to FILE.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Use this configuration (.brandlint.yaml or pyproject.toml) instead of "
              "searching upward from the working directory.")
@click.option("--force-exclude", is_flag=True, default=None,
              help="Apply `exclude` to files named on the command line too (the pre-commit "
              "hook passes it: pre-commit names every staged file).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Report and fail only on findings not recorded in this baseline.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False),
              help="Record every finding of this run in FILE (then exit 0).")
@click.option("--fix", is_flag=True, help="Apply the safe replacements to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply "
              "replacements that may need the words around them changed.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff; write nothing "
              "(exit 1 when there is something to fix).")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, "
              "instead of the findings.")
@click.option("--quiet", "-q", is_flag=True, help="Print the findings and nothing else.")
@click.option("--stdin-filename", help="The path of the draft read from `-` (its format, "
              "front matter, channel mapping and exclusion follow it).")
@click.option("-v", "--verbose", is_flag=True, help="Text format: each document's tone "
              "reading and the words behind it.")
@click.option("--lang", type=LANG, help="Language of the report (messages, advice, summary) "
              "[default: BRANDLINT_LANG, else the profile's language].")
@click.option("--text-column", help="CSV batches: the column that holds the text [default: "
              "text, texte, message, contenu].")
@click.option("--id-column", help="CSV batches: the column that holds the row's id [default: "
              "id, identifiant, ref].")
@click.option("--channel-column", help="CSV batches: the column that holds the channel "
              "[default: channel, canal].")
@click.option("--campaign", help="Campaign of the documents that name none (a `campaign` "
              "column or front matter key wins): its messages are checked against each "
              "other (BL6xx).")
@click.option("--campaign-folders", is_flag=True, help="Each folder is a campaign for the "
              "documents that name none.")
def check(paths, profile_path, channel, fmt, fail_on, select, ignore, no_cache, jobs, output,
          config_file, force_exclude, baseline_file, write_baseline, fix, unsafe_fixes, diff,
          statistics, quiet, stdin_filename, verbose, lang, text_column, id_column,
          channel_column, campaign, campaign_folders):
    """Lint drafts (files, directories, `-` for stdin) against a brand profile."""
    from brandlint.checkrun import CheckOptions, run_check

    if unsafe_fixes and not (fix or diff):
        raise BrandlintError("--unsafe-fixes goes with --fix or --diff")
    if stdin_filename and "-" not in paths:
        raise BrandlintError("--stdin-filename names the draft read from `-`: add `-` to "
                             "the paths")
    sys.exit(run_check(CheckOptions(
        paths=paths, profile_path=profile_path, channel=channel, fmt=fmt, fail_on=fail_on,
        select=_codes(select), ignore=_codes(ignore), no_cache=no_cache, jobs=jobs,
        output=output, config_file=config_file, force_exclude=force_exclude,
        baseline=baseline_file, write_baseline=write_baseline, fix=fix,
        unsafe_fixes=unsafe_fixes, diff=diff, statistics=statistics, quiet=quiet,
        stdin_filename=stdin_filename, verbose=verbose, lang=lang, text_column=text_column,
        id_column=id_column, channel_column=channel_column,
        campaign=campaign, campaign_folders=campaign_folders,
        debug=click.get_current_context().find_root().obj["debug"])))


@cli.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option("--language", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language of the drafts (picks the spaCy pipeline).")
@click.option("--brand", help="The brand's name [default: the folder's name].")
def init(folder, language, brand):
    """Write a starter brand profile, .brandlint.yaml and the pre-commit hook."""
    from brandlint.init import PRE_COMMIT_FILE, pre_commit_snippet
    from brandlint.init import init as write_starter
    from brandlint.profile import load_profile

    target = Path(folder)
    name = brand or Path(target.resolve()).name or "Brand"
    written = write_starter(target, language, name)
    for item in written:
        click.echo(f"{'created' if item.created else 'kept   '} {item.path}")
    load_profile(str(written[0].path))  # what was written (or kept) is a valid profile
    if not written[2].created:
        text = written[2].path.read_text(encoding="utf-8", errors="replace")
        if "brandlint" not in text:
            click.echo(f"\nAdd the hook to your {PRE_COMMIT_FILE}:\n\n"
                       + pre_commit_snippet().removeprefix("repos:\n"))
    click.echo(f"\nNext: fill in {written[0].path} (`brandlint profile check "
               f"{written[0].path}`), then `brandlint check .` and `pre-commit install`.")


def _doc_language(lang: str | None) -> str:
    """`explain` and `rules`: --lang, BRANDLINT_LANG, the configured profile's language,
    else the locale's."""
    from brandlint import i18n

    if lang or os.environ.get("BRANDLINT_LANG"):
        return i18n.report_language(lang, None)
    try:
        from brandlint.config import discover
        from brandlint.profile import load_profile

        profile_file = discover().profile_file()
        if profile_file:
            return i18n.normalise(load_profile(profile_file).language)
    except (BrandlintError, OSError):
        pass
    return i18n.locale_language()


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text")
@click.option("--lang", type=LANG, help="Language of the summaries [default: the configured "
              "profile's, else the locale's].")
def rules(fmt, lang):
    """List every rule: code, name, family, default severity."""
    from brandlint import i18n

    with i18n.use(_doc_language(lang)):
        _list_rules(fmt)


def _list_rules(fmt: str) -> None:
    import json

    from brandlint.i18n import _
    from brandlint.rules import all_rules

    if fmt == "markdown":
        click.echo("| code | name | family | severity | what it flags |\n|---|---|---|---|---|")
        for r in all_rules():
            click.echo(f"| {r.code} | `{r.name}` | {r.family} | {r.severity} | {_(r.summary)} |")
        return

    if fmt == "json":
        click.echo(json.dumps([{"code": r.code, "name": r.name, "family": r.family,
                                "severity": str(r.severity), "summary": _(r.summary),
                                "doc": {"what": _(r.doc.what), "why": _(r.doc.why)}}
                               for r in all_rules()], ensure_ascii=False, indent=2))
        return
    for r in all_rules():
        click.echo(f"{r.code}  {r.name:<32} {r.family:<12} {str(r.severity):<8} {_(r.summary)}")


@cli.command()
@click.argument("code")
@click.option("--lang", type=LANG, help="Language of the doc [default: the configured "
              "profile's, else the locale's].")
@click.option("--raw", is_flag=True, help="Print the Markdown source, even on a terminal.")
def explain(code, lang, raw):
    """Show one rule's full documentation, with examples."""
    from brandlint import i18n
    from brandlint.profile.suggest import did_you_mean
    from brandlint.rules import all_rules, rule_by_code

    rule = rule_by_code(code)
    if rule is None:
        known = [r.code for r in all_rules()] + [r.name for r in all_rules()]
        raise BrandlintError(f"unknown rule `{code}`{did_you_mean(code.upper(), known)} "
                             "(see `brandlint rules`)")
    with i18n.use(_doc_language(lang)):
        markdown = render_doc(rule)
    from brandlint.terminal import print_markdown

    print_markdown(markdown, raw=raw)


def render_doc(rule) -> str:
    """The rule's doc as Markdown, in the language in force."""
    from brandlint.i18n import _
    from brandlint.reporters.text import SEVERITY_NAMES

    title = _("{code} {name} ({family}, default severity: {severity})").format(
        code=rule.code, name=f"`{rule.name}`", family=rule.family,
        severity=_(SEVERITY_NAMES[str(rule.severity)]))
    lines = [f"# {title}", "", _(rule.summary), "", "## " + _("What it does"),
             _(rule.doc.what), "", "## " + _("Why it matters"), _(rule.doc.why)]
    for title, examples in ((_("Fires"), rule.doc.fires),
                            (_("Does not fire"), rule.doc.does_not_fire)):
        if examples:
            lines += ["", f"## {title}"]
            lines += [_example(e) for e in examples]
    if rule.doc.fix:
        lines += ["", "## " + _("Fix"), _(rule.doc.fix)]
    return "\n".join(lines)


def _example(example) -> str:
    where = example.file or f"{example.lang}, {example.channel}"
    if "\n" in example.text:
        return f"- [{where}]\n\n  ```\n" + "\n".join(
            "  " + line for line in example.text.rstrip("\n").split("\n")) + "\n  ```"
    return f"- [{where}] {example.text}"


@cli.group()
def profile():
    """Brand profile commands."""


@profile.command("check")
@click.argument("file", type=click.Path())
def profile_check(file):
    """Validate a profile and show what it resolves to."""
    import yaml

    from brandlint.analysis.pipeline import model_name
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    loaded = load_profile(file)
    Selection.build(loaded)  # validates the `rules:` overrides
    from brandlint.profile.schema import as_data

    data = as_data(loaded)
    from brandlint.profile.durations import describe_hours

    for name, promise in data.get("promises", {}).items():
        if "within" in promise:
            promise["within"] = describe_hours(promise["within"]["hours"], loaded.language)
        available = loaded.promises[name].availability
        if available is not None:
            promise.pop("days", None)
            promise["hours"] = available.hours.describe(loaded.language)
            promise["days"] = available.days.describe(loaded.language)
    for name, channel in loaded.channels.items():
        data["channels"][name]["carries_idea"] = channel.carries_idea
    data["spacy_model"] = model_name(loaded)
    click.echo(f"{file}: OK ({loaded.brand}, {loaded.language}, "
               f"{len(loaded.channels)} channels, {len(loaded.promises)} promises)")
    click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@functools.cache
def _engine_for(profile_path: str):
    from brandlint.analysis.pipeline import Analyser, model_name
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    loaded = load_profile(profile_path)
    return Engine(loaded, Analyser(loaded, nlp=_pipeline(model_name(loaded))),
                  Selection.build(loaded))


@functools.cache
def _pipeline(name: str):
    """One spaCy pipeline per model, shared by the engines of several profiles."""
    from brandlint.analysis.pipeline import load_pipeline

    return load_pipeline(name)


@cli.command("eval")
@click.argument("cases", type=click.Path(exists=True, dir_okay=False))
@click.option("--profile", "profile_path", required=True, help="Brand profile (YAML).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--min-severity", type=click.Choice(["info", "warning", "error"]),
              default="warning", show_default=True,
              help="Lowest severity that counts as the family firing.")
def eval_command(cases, profile_path, fmt, min_severity):
    """Score brandlint on a labelled set (JSONL with `expect` per family)."""
    import json

    from brandlint.diagnostics import Severity
    from brandlint.evaluation import (
        evaluate,
        evaluate_kinds,
        load_cases,
        render_kinds,
        render_text,
        run_cases,
        tone_accuracy,
    )

    labelled = load_cases(cases)
    outcomes = run_cases(_engine_for(profile_path), labelled, cases,
                         Severity.parse(min_severity), engine_for=_engine_for)
    scores = evaluate(outcomes)
    kinds = evaluate_kinds(outcomes)
    if fmt == "json":
        report = {"cases": cases, "profile": profile_path, "count": len(outcomes),
                  "families": {f: s.to_json() for f, s in scores.items()}}
        accuracy = tone_accuracy(outcomes)
        if accuracy:
            report["dominant_tone"] = accuracy
        if kinds:
            report["kinds"] = {k: s.to_json() for k, s in kinds.items()}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(scores, outcomes, cases) + render_kinds(kinds))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--profile", "profile_path", help="Brand profile (YAML).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--approved", is_flag=True, help="PATHS are drafts the brand approved (any "
              "input format): no labels needed.")
@click.option("--max-share", type=click.FloatRange(0, 1, max_open=True), default=None,
              help="With --approved: the largest share of approved drafts the idea check "
              "may flag [default: 0.05].")
@click.option("--channel", help="With --approved: channel for drafts that name none.")
def calibrate(paths, profile_path, fmt, approved, max_share, channel):
    """Propose idea thresholds: from a labelled set (one JSONL file, F1 cross-validated),
    or with --approved from copy the brand approved (at most --max-share flagged)."""
    if approved:
        _calibrate_approved(paths, profile_path, fmt, max_share, channel)
        return
    if max_share is not None or channel:
        raise BrandlintError("--max-share and --channel need --approved (labelled cases "
                             "carry their channel)")
    if len(paths) != 1 or Path(paths[0]).is_dir():
        raise BrandlintError("calibrating on labelled cases takes one JSONL file; for "
                             "folders or batches of approved copy, add --approved")
    if not Path(paths[0]).is_file():
        raise BrandlintError(f"{paths[0]}: no such file")
    if not profile_path:
        raise BrandlintError("pass the brand profile with --profile FILE")
    _calibrate_labelled(paths[0], profile_path, fmt)


def _calibrate_labelled(cases: str, profile_path: str, fmt: str) -> None:
    import json

    from brandlint.analysis.tone import thresholds
    from brandlint.diagnostics import Severity
    from brandlint.evaluation import calibrate as fit
    from brandlint.evaluation import (
        calibrate_tone,
        load_cases,
        render_calibration,
        render_tone_calibration,
        run_cases,
        tone_rows,
    )

    engine = _engine_for(profile_path)
    outcomes = run_cases(engine, load_cases(cases), cases, Severity.WARNING,
                         engine_for=_engine_for)
    result = fit(outcomes, engine.profile)
    rows = tone_rows(outcomes, lambda c: _engine_for(c.profile or profile_path)
                     .profile.channels[c.channel].tones)
    result["tone"] = calibrate_tone(rows, thresholds(engine.profile))
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(render_calibration(result) + "\n\n" + render_tone_calibration(result["tone"]))


def _calibrate_approved(paths, profile_path, fmt, max_share, channel) -> None:
    import json

    from brandlint.analysis.pipeline import Analyser
    from brandlint.approved import collect, propose
    from brandlint.approved.collect import require_enough
    from brandlint.approved.report import render_register, render_text, to_json
    from brandlint.approved.thresholds import MIN_DOCUMENTS
    from brandlint.config import discover
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import iter_documents

    config = discover()
    profile_file = profile_path or (config.resolve(config.profile) if config.profile else None)
    if not profile_file:
        raise BrandlintError("no brand profile: pass --profile FILE or set `profile:` in "
                             ".brandlint.yaml")
    loaded = load_profile(profile_file)
    # the calibration report is written in English: the notes it quotes are too
    engine = Engine(loaded, Analyser(loaded), Selection.build(loaded),
                    channel_for_path=config.channel_for, channel_flag=channel, language="en")
    run = collect(engine, iter_documents(paths, exclude=config.exclude, root=config.root))
    idea_channels = {n: c for n, c in loaded.channels.items() if c.carries_idea}
    require_enough(run, sorted(set(loaded.channels) - set(idea_channels)), MIN_DOCUMENTS)
    share = 0.05 if max_share is None else max_share
    calibration = propose(run.rows, loaded.central_idea.min_score,
                          {n: c.idea_min for n, c in idea_channels.items()}, share)
    candidates = run.candidates.top(15)
    from brandlint.analysis.tone import thresholds
    from brandlint.evaluation import propose_tone_from_approved, render_tone_approved

    tone = propose_tone_from_approved(run.tone_rows, thresholds(loaded), share)
    if fmt == "json":
        report = to_json(run, calibration, candidates,
                         {"brand": loaded.brand, "path": str(profile_file)}, list(paths))
        report["tone"] = tone
        report["register"] = run.registers.to_json(share)
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(run, calibration, candidates, str(profile_file)))
        click.echo("\n" + render_tone_approved(tone))
        register = render_register(run.registers, share)
        if register:
            click.echo("\n" + register)


def hoist_debug(args: list[str]) -> list[str]:
    """`--debug` is the group's option; people type it after the subcommand too
    (`brandlint check --debug x.md`). Moved to the front wherever it is, except after `--`
    where it would be a path."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return args
    return ["--debug"] + [a for a in args[:end] if a != "--debug"] + args[end:]


def main(argv: list[str] | None = None) -> int:
    """Entry point (console script, pre-commit hook, tests): returns the exit code, always
    0, 1, 2 or 130 (interrupted)."""
    args = hoist_debug(list(sys.argv[1:] if argv is None else argv))
    try:
        with stop_on_interrupt():
            returned = cli.main(args=args, prog_name="brandlint", standalone_mode=False)
    except SystemExit as exc:
        return _exit_status(exc.code)
    except (Interrupted, KeyboardInterrupt):
        return _interrupted()
    except BrandlintError as exc:
        click.echo(f"brandlint: error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):  # click's own Ctrl-C handling
            return _interrupted()
        click.echo("Aborted.", err=True)
        return 2
    except click.ClickException as exc:
        exc.show()
        return 2
    except BrokenPipeError:
        return _output_closed()
    except Exception as exc:
        if "--debug" in args:
            raise
        click.echo(internal_error_message(exc), err=True)
        return 2
    return _exit_status(returned)


def internal_error_message(exc: BaseException) -> str:
    """One line: what failed, that it is a bug, and how to report it."""
    detail = (str(exc).strip().splitlines() or [""])[0][:300]
    return (f"brandlint: internal error: {type(exc).__name__}"
            + (f": {detail}" if detail else "")
            + " (a bug in brandlint: rerun with --debug for the traceback and report it "
            "with the command and the input that triggered it)")


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code if code in (0, 1, 2, EXIT_INTERRUPTED) else 2
    click.echo(f"brandlint: error: {code}", err=True)  # sys.exit("message")
    return 2


def _interrupted() -> int:
    click.echo("brandlint: interrupted", err=True)
    return EXIT_INTERRUPTED


def _output_closed() -> int:
    """`brandlint check … | head`: the reader went away; say so once, without a second
    BrokenPipeError when Python flushes stdout on exit."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    click.echo("brandlint: the output was closed before the report was complete", err=True)
    return 2


if __name__ == "__main__":
    sys.exit(main())
