"""documents -> channel -> one spaCy pass -> rules -> diagnostics, streamed in input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from brandlint import i18n
from brandlint.analysis.bounds import MAX_SENTENCE, bound_sentences
from brandlint.analysis.document import DocAnalysis
from brandlint.analysis.features import CLAUSE_REACH, MAX_CLAUSE, long_clauses
from brandlint.analysis.pipeline import Analyser
from brandlint.analysis.vocabulary import build_vocabulary
from brandlint.diagnostics import Diagnostic, Finding
from brandlint.i18n import _, ngettext
from brandlint.profile import Profile
from brandlint.results import DocumentResult
from brandlint.rules import Rule, all_rules, rule_by_code
from brandlint.selection import Selection, suppress
from brandlint.sources import Document, InputProblem
from brandlint.sources.suppress import Suppression, whole_document


class Engine:
    def __init__(self, profile: Profile, analyser: Analyser, selection: Selection,
                 channel_for_path: Callable[[str], str | None] = lambda path: None,
                 channel_flag: str | None = None, debug: bool = False,
                 language: str | None = None, campaign: str | None = None,
                 campaign_folders: bool = False):
        self.debug = debug
        self.language = language or profile.language  # of the report's words
        self.campaign = campaign  # --campaign: the campaign of documents that name none
        self.campaign_folders = campaign_folders
        self.profile = profile
        self.analyser = analyser
        self.selection = selection
        self.channel_for_path = channel_for_path
        self.channel_flag = channel_flag
        self.vocabulary = build_vocabulary(profile, analyser)
        self.rules: tuple[Rule, ...] = tuple(
            r for r in all_rules() if r.check is not None and selection.enabled(r))

    def run(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        for result, _analysis in self.run_analysed(documents):
            yield result

    def run_analysed(self, documents: Iterable[Document]
                     ) -> Iterator[tuple[DocumentResult, DocAnalysis | None]]:
        """Each result with the analysis it was judged on (None when the document could
        not be analysed), for tools that read more than the diagnostics."""
        prepared = (self.resolve_channel(d) for d in documents)
        # the analyser's notes (BL907, BL912) are written in the report's language too
        for document, doc in _InLanguage(self.analyser.pipe(prepared), self.language):
            yield self._check(document, doc)

    def resolve_channel(self, document: Document) -> Document:
        if not document.analysable:
            return document
        with i18n.use(self.language):
            return self._resolve_channel(document)

    def _resolve_channel(self, document: Document) -> Document:
        name = (document.channel or self.channel_for_path(document.path) or self.channel_flag
                or self.profile.default_channel)
        document.channel = name
        if name is None:
            document.problems.append(InputProblem(
                "BL905", _("no channel for this document: add `channel:` front matter, a "
                           "`channels:` mapping in .brandlint.yaml, --channel, or "
                           "`default_channel:` in the profile")))
            document.analysable = False
        elif name not in self.profile.channels:
            hint = _did_you_mean(name, self.profile.channels)
            document.problems.append(InputProblem(
                "BL904", _("unknown channel `{name}`{hint} (profile channels: {channels})"
                           ).format(name=name, hint=hint,
                                    channels=", ".join(self.profile.channels))))
            document.analysable = False
        return document

    def analyse(self, document: Document, doc) -> DocAnalysis:
        return DocAnalysis(document, doc, self.profile, document.channel, self.vocabulary)

    def _check(self, document: Document, doc) -> tuple[DocumentResult, DocAnalysis | None]:
        with i18n.use(self.language):  # the words of the findings, in the report's language
            return self._check_document(document, doc)

    def _check_document(self, document: Document, doc
                        ) -> tuple[DocumentResult, DocAnalysis | None]:
        result = DocumentResult(document.path, document.id, document.channel,
                                self.profile.language)
        diagnostics = [self._problem(document, p) for p in document.problems]
        analysis = None
        if doc is not None:
            found, analysis = self._analyse_and_check(document, doc, result)
            diagnostics += found
        kept = [k for d in diagnostics if (k := self.selection.apply(d)) is not None]
        result.diagnostics = suppress(kept, self._directives(document), self.selection,
                                      lambda s, unknown: self._unused(document, s, unknown))
        result.diagnostics.sort(key=lambda d: (d.line, d.column, d.code))
        return result, analysis

    def _analyse_and_check(self, document: Document, doc, result: DocumentResult
                           ) -> tuple[list[Diagnostic], DocAnalysis | None]:
        diagnostics: list[Diagnostic] = []
        try:
            long = bound_sentences(doc)
            if long:
                diagnostics.append(self._problem(document, _sentences_cut(document, doc, long)))
            runs = long_clauses(doc, self.profile.language)
            if runs:
                diagnostics.append(self._problem(document, _clauses_cut(document, doc, runs)))
            analysis = self.analyse(document, doc)
            result.scores = scores(analysis)
            result.campaign = self._campaign_facts(document, analysis)
        except Exception as exc:  # one document the analysis trips on must not end the run
            if self.debug:
                raise
            return [self._problem(document, InputProblem(
                "BL914", _("brandlint failed to analyse this document ({error}); rerun with "
                           "--debug for the traceback and report it").format(
                    error=f"{type(exc).__name__}: {exc}")))], None
        for rule in self.rules:
            try:
                findings = list(rule.check(analysis))
            except Exception as exc:  # one broken rule must not lose the other results
                if self.debug:
                    raise
                diagnostics.append(self._problem(document, InputProblem(
                    "BL908", _("rule {code} ({name}) failed on this document: {error}").format(
                        code=rule.code, name=rule.name, error=f"{type(exc).__name__}: {exc}"))))
                continue
            for finding in findings:
                diagnostics.append(self._diagnostic(rule, finding, document, analysis.text))
        return diagnostics, analysis

    def _campaign_facts(self, document: Document, analysis: DocAnalysis) -> dict | None:
        """What the message states, kept for the campaign checks (BL6xx) instead of its
        parse: a campaign key or front matter, --campaign, or its folder."""
        from pathlib import PurePath

        name = document.meta.get("campaign") or self.campaign or (
            PurePath(document.path).parent.name or "." if self.campaign_folders else None)
        if not name:
            return None
        from brandlint.campaign.extract import message_facts

        message = message_facts(document, analysis, name, self.profile.language)
        # the row's `noqa` and the draft's directives silence its campaign findings too,
        # which are judged once the whole campaign is read
        message.suppressions = [[sorted(s.codes), s.first, s.last]
                                for s in self._directives(document)]
        return message.to_json()

    def _diagnostic(self, rule: Rule, finding: Finding, document: Document,
                    text: str) -> Diagnostic:
        line, column = document.source_map.position(finding.start)
        end_line, end_column = document.source_map.position(max(finding.end, finding.start))
        return Diagnostic(
            code=rule.code, name=rule.name, family=rule.family, severity=rule.severity,
            message=finding.message, path=document.path, id=document.id,
            line=line, column=column, end_line=end_line, end_column=end_column,
            text=text[finding.start:finding.end], suggestion=finding.suggestion,
            advice=finding.suggestion, replacement=finding.replacement,
            applicability=(None if finding.replacement is None
                           else "safe" if finding.fix_safe else "unsafe"),
            extra={"lowered": finding.lowered, "raised": finding.raised})

    @staticmethod
    def _directives(document: Document) -> tuple[Suppression, ...]:
        if not document.disabled:
            return document.suppressions
        line, _ = document.source_map.position(0)
        noqa = whole_document(document.disabled, line,
                              "noqa: " + ",".join(sorted(document.disabled)))
        return (*document.suppressions, noqa)

    def _unused(self, document: Document, directive: Suppression,
                unknown: list[str]) -> Diagnostic:
        if unknown:

            known = [r.code for r in all_rules()] + [r.name for r in all_rules()]
            names = ", ".join(f"`{u}`{_did_you_mean(u.upper(), known)}" for u in unknown)
            message = _("`{directive}` names no rule: {names} (see `brandlint rules`)").format(
                directive=directive.directive, names=names)
        else:
            message = _("`{directive}` silenced nothing here: remove it, or the finding it "
                        "was written for has moved or is fixed").format(
                directive=directive.directive)
        return self._problem(document, InputProblem("BL915", message, directive.line,
                                                    directive.column))

    def _problem(self, document: Document, problem: InputProblem) -> Diagnostic:
        rule = rule_by_code(problem.code)
        return Diagnostic(
            code=rule.code, name=rule.name, family=rule.family, severity=rule.severity,
            message=problem.message, path=document.path, id=document.id,
            line=problem.line, column=problem.column, end_line=problem.line,
            end_column=problem.column, suggestion=_(rule.doc.fix) if rule.doc.fix else None,
            advice=_(rule.doc.fix) if rule.doc.fix else None)


class _InLanguage:
    """An iterator whose items are produced with `language` in force."""

    def __init__(self, items: Iterator, language: str):
        self._items = items
        self._language = language

    def __iter__(self):
        return self

    def __next__(self):
        with i18n.use(self._language):
            return next(self._items)


def _did_you_mean(value: str, candidates) -> str:
    import difflib

    close = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return _(" (did you mean `{name}`?)").format(name=close[0]) if close else ""


def _sentences_cut(document: Document, doc, long: list[tuple[int, int]]) -> InputProblem:
    line, column = document.source_map.position(doc[long[0][0]].idx)
    longest = max(end - start for start, end in long)
    return InputProblem(
        "BL912", ngettext("{n} sentence of more than {limit} words (the longest: {longest}) "
                          "read in parts of {limit}: a missing full stop?",
                          "{n} sentences of more than {limit} words (the longest: {longest}) "
                          "read in parts of {limit}: a missing full stop?", len(long)).format(
            n=len(long), limit=MAX_SENTENCE, longest=i18n.number(longest)), line, column)


def _clauses_cut(document: Document, doc, runs: list[tuple[int, int]]) -> InputProblem:
    line, column = document.source_map.position(doc[runs[0][0]].idx)
    longest = max(end - start for start, end in runs)
    return InputProblem(
        "BL912", ngettext("{n} run of more than {limit} words without punctuation, line break "
                          "or conjunction (the longest: {longest}) read as clauses of {reach}",
                          "{n} runs of more than {limit} words without punctuation, line "
                          "break or conjunction (the longest: {longest}) read as clauses of "
                          "{reach}", len(runs)).format(
            n=len(runs), limit=MAX_CLAUSE, longest=i18n.number(longest), reach=CLAUSE_REACH),
        line, column)


def scores(analysis: DocAnalysis) -> dict:
    out: dict = {"central_idea": round(analysis.idea.score, 3)}
    readability = analysis.readability
    if readability is not None:
        out["readability"] = readability
    tone = analysis.tone
    out["tone"] = {t: round(v, 3) for t, v in tone.shares().items()}
    out["tone_detail"] = tone.to_json()
    return out
