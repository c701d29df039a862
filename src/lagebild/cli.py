"""The command line: a thin face over lagebild.service."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from . import __version__

EPILOG_ANALYZE = """examples:
  lagebild analyze examples/corpus --out dossier.html
  lagebild analyze news/ feed.jsonl --out dossier.json --out dossier.md --db lagebild.db
  lagebild analyze more-news/ --db lagebild.db --out dossier.html   # adds to the stories already stored

Reads .txt, .md, .html/.htm, .json (one record or a list), .jsonl and RSS/Atom (.rss, .atom, .xml)
files, folders recursively.
Without --db everything is kept in memory for this run; with --db the articles and stories are
stored, re-running on the same input changes nothing, and new articles join existing stories.
The dossier covers every article in the store. Inputs that cannot be used are named on stderr
and listed in the dossier; everything else is still processed."""


class ProgressBar:
    """One line on stderr, redrawn in place; silent when stderr is not a terminal or --quiet."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and done != total:
            return
        self.last = now
        if total:
            width = 30
            filled = int(width * done / total)
            line = f"{stage:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        else:
            line = f"{stage:<9} {done} read"
        sys.stderr.write("\r" + line.ljust(60))
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def _parse_settings(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--set needs KEY=VALUE, got '{item}'")
        out[key.strip()] = value.strip()
    return out


def cmd_analyze(args: argparse.Namespace) -> int:
    from .config import Config
    from .render import build_dossier, renderer_for
    from .service import analyze
    from .store import StoreError, open_store

    outs = args.out or ["lagebild-dossier.html"]
    try:
        renderers = [(Path(o), renderer_for(o)) for o in outs]
        cfg = Config().with_overrides(_parse_settings(args.set or []))
    except (ValueError, KeyError) as err:
        print(f"lagebild: {err}", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except StoreError as err:
        print(f"lagebild: {err}", file=sys.stderr)
        return 2
    bar = ProgressBar(not args.quiet)
    started = time.perf_counter()
    try:
        result = analyze(args.paths, store, cfg, progress=bar)
    finally:
        bar.close()
        store.close()
    for problem in result.problems:
        print(f"lagebild: skipped {problem}", file=sys.stderr)
    if not result.corpus.articles:
        print("lagebild: no article could be read from the input; nothing to write", file=sys.stderr)
        return 1
    generated = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    dossier = build_dossier(result.corpus, generated, result.problems)
    for path, render in renderers:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(dossier), encoding="utf-8")
    if not args.quiet:
        c = result.corpus
        dups = sum(1 for a in c.articles if a.duplicate_of)
        print(f"{len(c.articles)} articles ({result.added} new, {result.already_known} already stored, "
              f"{len(result.problems)} inputs skipped), {dups} near-copies, {len(c.stories)} stories "
              f"in {time.perf_counter() - started:.1f} s")
        for path, _ in renderers:
            print(f"report written to {path.resolve()}")
    return 0


def _read_one(name: str) -> str | int:
    """The decoded text of one file (as lagebild reads .txt), or the exit code after saying why not."""
    from .sources.decode import read_text

    path = Path(name)
    if not path.is_file():
        print(f"lagebild: {path}: no such file", file=sys.stderr)
        return 2
    decoded = read_text(path)
    if decoded.text is None:
        print(f"lagebild: {path}: {decoded.problem}", file=sys.stderr)
        return 1
    return decoded.text


def cmd_dates(args: argparse.Namespace) -> int:
    import json

    from .dates import tag

    text = _read_one(args.file)
    if isinstance(text, int):
        return text
    try:
        found = tag(text, reference=args.reference, mode=args.mode)
    except ValueError as err:
        print(f"lagebild: {err}", file=sys.stderr)
        return 2
    out = sys.stdout
    for t in found:
        out.write(json.dumps(t.to_json(verbose=args.verbose), ensure_ascii=False) + "\n")
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from .ner import ModelMissing, tag_sentences

    src, dst = Path(args.conll), Path(args.out)
    if not src.is_file():
        print(f"lagebild: {src}: no such file", file=sys.stderr)
        return 2
    try:
        lines = src.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        print(f"lagebild: {src}: not UTF-8 text ({err.reason} at byte {err.start})", file=sys.stderr)
        return 1
    sentences: list[list[str]] = [[]]
    for line in lines:
        token = line.split("\t")[0].strip()
        if token:
            sentences[-1].append(token)
        elif sentences[-1]:
            sentences.append([])
    try:
        tagged = tag_sentences([s for s in sentences if s])
    except ModelMissing as err:
        print(f"lagebild: {err}", file=sys.stderr)
        return 1
    out = []
    for tokens, tags in zip((s for s in sentences if s), tagged):
        out.extend(f"{tok}\t{tag}" for tok, tag in zip(tokens, tags))
        out.append("")
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from .actors.link import link
    from .dates.published import date_from_text

    text = _read_one(args.file)
    if isinstance(text, int):
        return text
    when = None
    try:
        if args.date:
            when = date.fromisoformat(args.date)
        else:
            found = date_from_text(text)
            when = date.fromisoformat(found.value) if found else None
    except ValueError:
        print(f"lagebild: --date must be YYYY-MM-DD, got {args.date!r}", file=sys.stderr)
        return 2
    for m in link(text, when):
        sys.stdout.write(json.dumps(m.to_json(), ensure_ascii=False) + "\n")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    import json

    from .dates.published import date_from_text
    from .events import analyse_text
    from .events.lexicon import TYPES

    text = _read_one(args.file)
    if isinstance(text, int):
        return text
    published = args.date
    if published:
        try:
            from datetime import date

            date.fromisoformat(published)
        except ValueError:
            print(f"lagebild: --date must be YYYY-MM-DD, got {args.date!r}", file=sys.stderr)
            return 2
    else:
        found = date_from_text(text)
        published = found.value if found and found.precision == "day" else None
    art = analyse_text(text, published)
    for f in art.frames:
        plover, cameo, _, _ = TYPES[f.type]
        row = {
            "type": f.type, "plover": plover, "cameo": cameo,
            "trigger": text[f.trigger[0]:f.trigger[1]], "trigger_start": f.trigger[0],
            "participants": [{"actor_id": p.actor_id, "role": p.role, "text": text[p.start:p.end]}
                             for p in f.participants],
            "when": f.when.value, "time_text": text[f.time_span[0]:f.time_span[1]] if f.time_span else None,
            "where": f.where,
            "quantities": [{"value": q.value, "unit": q.unit, "what": q.what, "text": text[q.start:q.end]}
                           for q in f.quantities],
            "modality": f.modality, "attributed_to": f.attributed_to, "event": f.group,
            "sentence": [f.start, f.end],
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


EPILOG_EVENTS = """examples:
  lagebild events article.txt --date 2024-06-19

Prints one JSON line per event frame: type (sign_agreement, visit, attack, ...) with its PLOVER
and CAMEO codes, the trigger words, participants (actor id, role agent/co-agent/target/other and
the words), when (TIMEX3 value, resolved against --date), where, quantities (value, unit, what
they count), modality (asserted, reported, planned, denied, hypothetical, negated), attributed_to
(the source the text gives) and event (frames with the same number mention one event). Without
--date the date stated in the text is used."""


EPILOG_ACTORS = """examples:
  lagebild actors article.txt --date 2024-06-19

Prints one JSON line per actor mention: {"start", "end", "text", "actor", "type", "how",
"acts_for"}. actor is an ISO 3166 alpha-3 code for states (PRK for 'DVRK', 'Nordkoreas',
'nordkoreanische', 'Pjöngjang'), a Wikidata id or a lagebild id for people and organisations;
how says why (alias, metonym, adjective, demonym, office, short form, ner); acts_for is the state
a person served on that date or an organisation belongs to. Without --date the date stated in
the text is used; office phrases ('der russische Präsident') need one to name the person."""


EPILOG_ENTITIES = """examples:
  lagebild entities --conll tokens.txt --out tagged.tsv

Reads one token a line, a blank line between sentences (further tab-separated columns are
ignored), and writes 'token<TAB>BIO-tag' lines in the same order, blank lines kept. Tags are the
GermEval 2014 classes: PER, LOC, ORG, OTH and their -deriv ('russische') and -part ('EU-weit')
forms, e.g. B-PER, I-ORG, B-LOCderiv."""


EPILOG_DATES = """examples:
  lagebild dates article.txt --reference 2024-11-13
  lagebild dates history.txt --reference 2011-02-16 --mode narrative

Prints one JSON line per time expression: {"start", "end", "text", "value", "precision"}, with
character offsets into the file's text (end exclusive) and a TIMEX3-style value ('2024-11-11',
'2024-11', '2024-W46', '2024-SU', 'P3D', 'XXXX-WXX-1', 'PRESENT_REF'). A value is null where the
expression cannot be resolved (for example 'am Dienstag' without a reference date); --verbose
adds the reason, the kind, the modifier and the interval of days."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild",
        description="Turn a pile of news articles into a verified, sourced timeline (a Lagebild).",
        epilog="Run 'lagebild COMMAND --help' for the options and an example of each command.",
    )
    parser.add_argument("--version", action="version", version=f"lagebild {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "analyze", help="read articles, clean them, find near-copies and stories, write a dossier",
        description="Read articles, mark boilerplate and repeated blocks, detect near-copies, group the articles "
                    "into stories and write a dossier (JSON, Markdown or HTML, chosen by the file suffix).",
        epilog=EPILOG_ANALYZE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    p.add_argument("--out", action="append", metavar="FILE",
                   help="dossier to write: .json, .md or .html (repeat for several; default lagebild-dossier.html)")
    p.add_argument("--db", metavar="PATH", help="SQLite store to keep articles and stories in (default: none)")
    p.add_argument("--set", action="append", metavar="KEY=VALUE",
                   help="change a setting, e.g. --set cluster.threshold=0.2")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.set_defaults(func=cmd_analyze)
    p = sub.add_parser(
        "dates", help="find and normalise the time expressions of one German text file",
        description="Find the time expressions of a German text and normalise them against a reference date.",
        epilog=EPILOG_DATES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="a text file (UTF-8 or a legacy encoding, read as lagebild reads .txt)")
    p.add_argument("--reference", metavar="YYYY-MM-DD",
                   help="the reference date: the publication date (news) or the document date (narrative)")
    p.add_argument("--mode", choices=("news", "narrative"), default="news",
                   help="news: relative expressions resolve against the reference; narrative: against the last "
                        "date the text mentioned (default: news)")
    p.add_argument("--verbose", action="store_true", help="also print kind, modifier, interval and the reason for a null value")
    p.set_defaults(func=cmd_dates)
    p = sub.add_parser(
        "entities", help="tag named entities in a token-per-line file (GermEval 2014 format)",
        description="Tag German named entities (persons, places, organisations, other) token by token.",
        epilog=EPILOG_ENTITIES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--conll", required=True, metavar="IN", help="one token a line, blank line between sentences")
    p.add_argument("--out", required=True, metavar="OUT", help="where to write token<TAB>tag lines")
    p.set_defaults(func=cmd_entities)
    p = sub.add_parser(
        "actors", help="find the states, people and organisations a German text names, and link them",
        description="Find actor mentions in a German text and link them to the actor knowledge base.",
        epilog=EPILOG_ACTORS, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="a text file")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the text's date (who held an office then)")
    p.set_defaults(func=cmd_actors)
    p = sub.add_parser(
        "events", help="extract event frames (who did what to whom, when, where, how many, who says so)",
        description="Extract event frames from a German text: type, participants, time, place, quantities, "
                    "modality and attribution.",
        epilog=EPILOG_EVENTS, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="a text file")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the publication date (relative dates and offices)")
    p.set_defaults(func=cmd_events)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("lagebild: interrupted; everything committed so far is kept in the store", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
