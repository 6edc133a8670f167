"""One `brandlint check` run, from the options the command line parsed to an exit code:
configuration, profile, rule selection, cache, engine, then for each result the baseline,
the fixes and the report. The CLI only parses flags; this is where they meet."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from brandlint.errors import BrandlintError

if TYPE_CHECKING:
    from brandlint.engine import Engine  # imported when a document needs analysing


@dataclass
class CheckOptions:
    paths: tuple[str, ...]
    profile_path: str | None = None
    channel: str | None = None
    fmt: str = "text"
    fail_on: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    no_cache: bool = False
    jobs: int = 1
    output: str | None = None
    config_file: str | None = None
    force_exclude: bool | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    statistics: bool = False
    quiet: bool = False
    stdin_filename: str | None = None
    verbose: bool = False  # text format: the tone reading of each document
    lang: str | None = None  # the report's language (None: BRANDLINT_LANG, else the profile's)
    text_column: str | None = None  # CSV batches: column names other than the usual ones
    id_column: str | None = None
    channel_column: str | None = None
    campaign: str | None = None  # campaign of the documents that name none (BL6xx)
    campaign_folders: bool = False  # each folder is a campaign
    debug: bool = False


def run_check(options: CheckOptions) -> int:
    from brandlint import i18n
    from brandlint.sources.columns import Columns, use_columns

    config = _config(options)
    profile = _profile(options, config)
    language = i18n.report_language(options.lang, profile.language if profile else None)
    columns = Columns(options.text_column, options.id_column, options.channel_column)
    with i18n.use(language), use_columns(columns):
        return _run_check(options, config, language, columns, profile)


def _config(options: CheckOptions):
    from brandlint.config import discover, load_file

    return load_file(options.config_file) if options.config_file else discover()


def _profile(options: CheckOptions, config):
    """The run's profile, loaded once (its language picks the report's): from the cache
    folder when it holds the same bytes (profile/store.py), except with --no-cache."""
    from brandlint.cache import cache_folder, mark_cache_folder
    from brandlint.profile import store

    profile_file = options.profile_path or config.profile_file()
    if not profile_file:
        return None
    folder = None if options.no_cache else cache_folder(config.path)
    return store.load(profile_file, folder, mark_cache_folder)


def _run_check(options: CheckOptions, config, language: str, columns, profile) -> int:
    from brandlint import regexcache
    from brandlint.analysis.pipeline import model_name
    from brandlint.baseline import Baseline, BaselineWriter
    from brandlint.cache import ResultCache, cache_folder, mark_cache_folder, settings_for
    from brandlint.campaign.collect import CampaignCollector
    from brandlint.fix import Fixer
    from brandlint.output import atomic_output, check_output
    from brandlint.profile import store
    from brandlint.reporters import add_campaign
    from brandlint.runner import run_inputs
    from brandlint.selection import Selection, fails
    from brandlint.sources import iter_inputs
    from brandlint.terminal import Progress, RunSummary, interactive

    if options.output:
        check_output(options.output, options.paths, config.exclude, config.root)
    profile_file = options.profile_path or config.profile_file()
    if not profile_file or profile is None:
        raise BrandlintError("no brand profile: pass --profile FILE or set `profile:` in "
                             ".brandlint.yaml")
    selection = Selection.build(profile, options.select or config.select,
                                options.ignore or config.ignore)
    engines: list[Engine] = []

    def engine() -> Engine:  # loads spaCy on the first document the cache does not hold
        if not engines:
            factory = functools.partial(build_engine, profile, selection, config.channel_for,
                                        options.channel, options.debug, language,
                                        options.campaign, options.campaign_folders)
            if options.jobs == 1:
                engines.append(factory())
            else:
                from brandlint.jobs import ParallelEngine

                engines.append(ParallelEngine(factory, options.jobs, debug=options.debug))
        return engines[0]

    # compiled patterns cannot change a result: --no-cache reads them, writes none
    # (brandlint/regexcache.py)
    regexcache.use_folder(cache_folder(config.path),
                          None if options.no_cache else mark_cache_folder)
    folder = None if options.no_cache else cache_folder(config.path)
    cache = None if folder is None else ResultCache(
        folder, settings_for(profile_file, model_name(profile), selection.severities, config,
                             options.channel, (options.campaign, options.campaign_folders)
                             if options.campaign or options.campaign_folders else (),
                             profile_digest=store.digest(profile_file))
        | {"language": language, "columns": list(vars(columns).values())},
        channel_for=config.channel_for)
    threshold = options.fail_on or config.fail_on or "error"
    baseline = Baseline.load(options.baseline) if options.baseline else None
    recorder = BaselineWriter(options.write_baseline) if options.write_baseline else None
    stdin_name = options.stdin_filename or "<stdin>"
    fixer = Fixer(options.unsafe_fixes, skip={stdin_name}) if options.fix or options.diff \
        else None
    force_exclude = bool(options.force_exclude or config.force_exclude)
    paths = options.paths
    if options.stdin_filename and force_exclude and _excluded(options.stdin_filename, config):
        paths = tuple(p for p in paths if p != "-")  # an excluded file read from an editor
    statistics: Counter = Counter()
    names: dict[str, str] = {}
    campaigns = CampaignCollector(profile, selection)
    failed = False
    with (atomic_output(options.output) if options.output
          else contextlib.nullcontext(sys.stdout)) as stream:
        reporter = _reporter(options, stream, profile, profile_file, threshold)
        inputs = iter_inputs(paths, exclude=config.exclude, root=config.root,
                             skip=[options.output] if options.output else [],
                             force_exclude=force_exclude, gitignore=config.respect_gitignore)
        progress = Progress(enabled=not options.quiet and (
            bool(options.output) or not interactive(sys.stdout)))
        summary = RunSummary()
        for result in progress.track(run_inputs(inputs, engine, cache, stdin_name=stdin_name),
                                     summary):
            if recorder:
                recorder.add(result.diagnostics)
            if baseline:
                result.diagnostics = baseline.new_findings(result.path, result.id,
                                                           result.diagnostics)
            if fixer:
                result.diagnostics = fixer.take(result.path, result.diagnostics)
            for d in result.diagnostics:
                statistics[d.code] += 1
                names[d.code] = d.name
            campaigns.add(result)
            result.campaign = None  # the facts live in the collector only
            reporter.add(result)
            failed = failed or fails(result.diagnostics, threshold)
        for report in campaigns.finish():  # every campaign's rows are read: judge them
            if recorder:
                recorder.add(report.diagnostics)
            if baseline:
                report.diagnostics = [k for d in report.diagnostics
                                      for k in baseline.new_findings(d.path, d.id, [d])]
            for d in report.diagnostics:
                statistics[d.code] += 1
                names[d.code] = d.name
            add_campaign(reporter, report)
            summary.add_findings(report.diagnostics)  # the closing line counts them too
            failed = failed or fails(report.diagnostics, threshold)
        reporter.finish()
        if options.statistics:
            _write_statistics(stream, statistics, names)
    if not options.quiet and (options.output or options.fmt != "text" and interactive(
            sys.stderr)):
        click.echo(summary.render(options.output), err=True)
    regexcache.save()
    if cache is not None:
        cache.prune()
    if baseline:
        _report_stale(baseline)
    if recorder:
        count = recorder.write()
        click.echo(f"brandlint: wrote {count} finding{'s' * (count != 1)} to the baseline "
                   f"{options.write_baseline}", err=True)
        return 0
    if fixer:
        return _finish_fixes(fixer, options, failed)
    return 1 if failed else 0


def build_engine(profile, selection, channel_for, channel_flag, debug, language=None,
                 campaign=None, campaign_folders=False):
    """One whole engine (the pipeline loaded): in this process, or in each --jobs worker
    that does not inherit the parent's."""
    import gc

    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine

    # Loading makes hundreds of thousands of objects that live as long as the process
    # (the model's tables, the lexicons, the compiled patterns): the collector would scan
    # them again and again while they are made, and at every full collection of the run.
    # Collect nothing while loading, then set them aside (gc.freeze) for the run.
    gc.disable()
    try:
        engine = Engine(profile, Analyser(profile), selection, channel_for_path=channel_for,
                        channel_flag=channel_flag, debug=debug, language=language,
                        campaign=campaign, campaign_folders=campaign_folders)
    finally:
        gc.freeze()
        gc.enable()
    return engine


def _excluded(path: str, config) -> bool:
    from brandlint.sources.walk import excluded

    return excluded(Path(path), tuple(config.exclude), config.root)


class _Silent:
    def add(self, result) -> None:
        pass

    def add_campaign(self, report) -> None:
        pass

    def finish(self) -> None:
        pass


def _reporter(options: CheckOptions, stream, profile, profile_file, threshold: str):
    from brandlint.reporters import make_reporter
    from brandlint.terminal import colour_wanted

    if options.diff or (options.statistics and options.fmt == "text"):
        return _Silent()  # the diff, or the counts, are the output
    if options.statistics and options.fmt != "text":
        raise BrandlintError("--statistics prints a table: use it with --format text")
    return make_reporter(options.fmt, stream, {
        "profile": {"brand": profile.brand, "path": str(profile_file)},
        "colour": colour_wanted(stream), "quiet": options.quiet, "verbose": options.verbose,
        "fail_on": threshold,
        "tones": {name: list(c.tones) for name, c in profile.channels.items()},
        "step_summary": os.environ.get("GITHUB_STEP_SUMMARY") or None})


def _write_statistics(stream, statistics: Counter, names: dict[str, str]) -> None:
    width = len(str(max(statistics.values(), default=0)))
    for code, count in sorted(statistics.items(), key=lambda item: (-item[1], item[0])):
        stream.write(f"{count:>{width}}\t{code}\t{names[code]}\n")


def _finish_fixes(fixer, options: CheckOptions, failed: bool) -> int:
    from brandlint.fix import write

    fixes = fixer.finish()
    if options.diff:
        for fix in fixes:
            sys.stdout.write(fix.diff())
        count = sum(len(f.edits) for f in fixes)
        if not options.quiet:
            click.echo(f"brandlint: {count} fix{'es' * (count != 1)} would be applied to "
                       f"{len(fixes)} file{'s' * (len(fixes) != 1)}", err=True)
        return 1 if fixes else 0
    write(fixes)
    count = sum(len(f.edits) for f in fixes)
    if fixes and not options.quiet:
        click.echo(f"brandlint: fixed {count} problem{'s' * (count != 1)} in {len(fixes)} "
                   f"file{'s' * (len(fixes) != 1)}", err=True)
    return 1 if failed else 0


def _report_stale(baseline) -> None:
    stale = baseline.stale()
    if not stale:
        return
    click.echo(f"brandlint: {len(stale)} baseline entr{'ies' if len(stale) > 1 else 'y'} in "
               f"{baseline.path} no longer found (fixed or reworded); run --write-baseline "
               "again to drop them:", err=True)
    for code, path, row, words in stale[:20]:
        click.echo(f"  {path}{f' [{row}]' if row else ''}: {code} “{words}”", err=True)
    if len(stale) > 20:
        click.echo(f"  … and {len(stale) - 20} more", err=True)
