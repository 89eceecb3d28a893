"""The command line: flags in, pipeline called, exit code out. Only this module imports click.

Exit codes: 0 the run worked; 1 ``--fail-on`` matched; 2 bad input or bad rules (one line
per problem, naming file and line); 3 an internal error (a bug: rerun with --debug).
"""

from __future__ import annotations

import datetime
import functools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3

F = TypeVar("F", bound=Callable[..., Any])

_FORMATS = ("pdf", "html", "md", "json")


def _reported(func: F) -> F:
    """Turn our errors into one line each and exit 2; anything else into exit 3."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(click.get_current_context().find_root().params.get("debug"))
        try:
            return func(*args, **kwargs)
        except FactcheckError as e:
            if debug:
                raise
            click.echo(e.format(), err=True)
            sys.exit(EXIT_BAD_INPUT)
        except OSError as e:
            if debug:
                raise
            where = f"{e.filename}: " if getattr(e, "filename", None) else ""
            click.echo(f"{where}error: {e.strerror or e}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except (click.ClickException, click.exceptions.Exit, SystemExit):
            raise
        except Exception as e:
            if debug:
                raise
            click.echo(
                f"internal error: {type(e).__name__}: {e}; rerun with --debug and report it",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


def _formats(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    unknown = [f for f in chosen if f not in _FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(
            f"unknown format {', '.join(unknown) or '(none)'}; choose from {','.join(_FORMATS)}"
        )
    return chosen


def _languages() -> tuple[str, ...]:
    from factcheck.i18n import languages

    return languages()


def _language(ctx: click.Context, _param: click.Parameter, value: str) -> str:
    """An unknown language is one line and exit 2, like any other bad input."""
    from factcheck.i18n import check_language

    try:
        return check_language(value.strip().lower())
    except FactcheckError as e:
        click.echo(e.format(), err=True)
        ctx.exit(EXIT_BAD_INPUT)
        raise  # pragma: no cover - ctx.exit() does not return


def _rules_dirs(value: Sequence[Path] | Path | None) -> list[Path]:
    """The folders given, in order, or the default one."""
    from factcheck.rulebook import default_rules_dir

    if isinstance(value, Path):
        return [value]
    return list(value) if value else [default_rules_dir()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def main(debug: bool) -> None:
    """Turn news articles into a sourced fact-check brief."""


_rules_option = click.option(
    "--rules",
    "rules",
    type=click.Path(path_type=Path, file_okay=False),
    multiple=True,
    help="Folder of rules (default: ./rules). Repeat to add a newsroom's own rules: a later "
    "folder overrides a concept, reference or check of the same id.",
)
_date_option = click.option(
    "--date",
    callback=_date,
    default=None,
    metavar="YYYY-MM-DD",
    help="Publication date for articles that state none.",
)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@_rules_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output"),
    show_default=True,
    help="Folder to write brief.<ext> into.",
)
@click.option(
    "--format",
    "formats",
    default=",".join(_FORMATS),
    show_default=True,
    callback=_formats,
    help="Comma-separated formats: pdf, html, md, json.",
)
@click.option(
    "--lang",
    default="en",
    show_default=True,
    callback=_language,
    metavar="LANG",
    help="Language of the brief: " + ", ".join(_languages()) + ". Quotes stay as written; "
    "numbers, dates and currencies follow the language.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["inconsistent", "unverified", "never"]),
    default="never",
    show_default=True,
    help="Exit 1 when a finding has this verdict (unverified includes inconsistent).",
)
@click.option(
    "--severity",
    type=click.Choice(["low", "medium", "high"]),
    default="low",
    show_default=True,
    help="With --fail-on: only findings of checks at least this severe count.",
)
@click.option("--check", "check_ids", multiple=True, metavar="ID", help="Run only this check.")
@click.option("--tag", "tags", multiple=True, help="Run only the checks with this tag.")
@click.option(
    "--reviews",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="YAML file of editors' decisions on findings, shown beside each verdict.",
)
@click.option(
    "--paper",
    type=click.Choice(["A4", "letter"], case_sensitive=False),
    default="A4",
    show_default=True,
    help="Page size of the PDF.",
)
@click.option(
    "--tagged",
    is_flag=True,
    help="Tag the PDF for screen readers and reflow (PDF/A-3a instead of PDF/A-3b: headings, "
    "paragraphs, lists, tables and reading order). Costs about 1.5x the file size and a "
    "tenth more time.",
)
@click.option("--title", default=None, help="Title of the brief.")
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(path_type=Path, allow_dash=True),
    default=None,
    help="Also append a short Markdown summary to this file ('-' for stdout), sized for a "
    "pull-request comment (64 KiB). Inside GitHub Actions it is also appended to "
    "$GITHUB_STEP_SUMMARY.",
)
@click.option(
    "--junit",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write JUnit XML: a test case per finding (inconsistent fails, unverified "
    "is skipped).",
)
@click.option(
    "--sarif",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write SARIF 2.1.0 for code scanning: a result per finding that is not "
    "consistent, at the figure's line in the article.",
)
@click.option(
    "--annotations",
    "annotate",
    type=click.Choice(["auto", "github", "none"]),
    default="auto",
    show_default=True,
    help="Print GitHub workflow annotations (::error/::warning at the article's line); "
    "auto: when GITHUB_ACTIONS=true.",
)
@click.option(
    "--previous",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    metavar="BRIEF.json",
    help="An earlier brief.json: the brief and the summary say which findings were added, "
    "removed or changed since.",
)
@click.option(
    "--ledger",
    default=None,
    is_flag=False,
    flag_value=".factcheck/ledger.sqlite",
    envvar="FACTCHECK_LEDGER",
    metavar="PATH|URL",
    help="Hold the articles against every article checked before, recorded in a ledger: a "
    "SQLite file (--ledger alone: .factcheck/ledger.sqlite in the working directory) or "
    "postgresql://... Articles already in it (same bytes, same rules) are not read again; "
    "what changed is measured against the last run recorded, unless --previous is given.",
)
@click.option(
    "--since",
    default=None,
    metavar="GIT_REF",
    help="Check only the articles added or changed since this git commit.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes reading articles (default: the number of cores).",
)
@_date_option
@_reported
def check(
    articles: tuple[Path, ...],
    rules: tuple[Path, ...],
    out: Path,
    formats: tuple[str, ...],
    lang: str,
    fail_on: str,
    severity: str,
    check_ids: tuple[str, ...],
    tags: tuple[str, ...],
    reviews: Path | None,
    paper: str,
    tagged: bool,
    title: str | None,
    summary_path: Path | None,
    junit: Path | None,
    sarif: Path | None,
    annotate: str,
    previous: Path | None,
    ledger: str | None,
    since: str | None,
    jobs: int | None,
    date: datetime.date | None,
) -> None:
    """Check ARTICLES (files or folders) and write the brief."""
    from factcheck.ci import report
    from factcheck.model import Verdict
    from factcheck.pipeline import run

    plan = report.prepare(junit=junit, sarif=sarif, previous=previous, summary=summary_path)
    if ledger is not None or since is not None or jobs is not None:
        from factcheck.batch import run_batch

        ctx = click.get_current_context()
        batch = run_batch(
            list(articles),
            rules_dir=_rules_dirs(rules),
            out_dir=out,
            formats=formats,
            formats_chosen=ctx.get_parameter_source("formats")
            is not click.core.ParameterSource.DEFAULT,
            ledger=ledger or None,
            since=since,
            jobs=jobs,
            date=date,
            title=title,
            language=lang,
            checks=check_ids,
            tags=tags,
            reviews=reviews,
            paper="letter" if paper.lower() == "letter" else "A4",
            tagged=tagged,
            previous=plan.previous,
            previous_name=plan.previous_name,
        )
        click.echo(
            f"{batch.files} article file(s): {batch.read} read, {batch.known} already in the "
            f"ledger; {batch.evidence} earlier article(s) held against them"
            + (f" ({batch.quoted} quoted)" if batch.evidence else ""),
            err=True,
        )
        if batch.brief is None:
            click.echo("nothing new to check: no brief written", err=True)
            sys.exit(EXIT_OK)
        if batch.skipped_formats:
            click.echo(
                f"{len(batch.brief.articles)} articles in the brief: "
                f"{', '.join(batch.skipped_formats)} not written (ask with --format)",
                err=True,
            )
        result: Any = batch
    else:
        result = run(
            list(articles),
            rules_dir=_rules_dirs(rules),
            out_dir=out,
            formats=formats,
            date=date,
            title=title,
            language=lang,
            checks=check_ids,
            tags=tags,
            reviews=reviews,
            paper="letter" if paper.lower() == "letter" else "A4",
            tagged=tagged,
            previous=plan.previous,
            previous_name=plan.previous_name,
        )
    counts = {v: result.count(v) for v in Verdict}
    rank = {"low": 0, "medium": 1, "high": 2}
    counted = [f for f in result.brief.findings if rank[f.severity] >= rank[severity]]
    bad = {v: sum(1 for f in counted if f.verdict is v) for v in Verdict}
    summary = ", ".join(f"{n} {v.value}" for v, n in counts.items())
    click.echo(
        f"{len(result.brief.articles)} article(s), {len(result.brief.findings)} finding(s): "
        f"{summary}",
        err=True,
    )
    for path in result.written:
        click.echo(f"wrote {path}", err=True)
    reports = report.publish(
        result.brief,
        plan,
        rules=_rules_dirs(rules),
        summary=summary_path,
        annotate=annotate,
        locale=lang,
        out=click.echo,
    )
    for path in reports:
        click.echo(f"wrote {path}", err=True)
    failed = (fail_on == "inconsistent" and bad[Verdict.INCONSISTENT] > 0) or (
        fail_on == "unverified" and bad[Verdict.INCONSISTENT] + bad[Verdict.UNVERIFIED] > 0
    )
    sys.exit(EXIT_FAIL_ON if failed else EXIT_OK)


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of figures.")
@_rules_option
@_date_option
@_reported
def figures(
    article: Path, as_json: bool, rules: tuple[Path, ...], date: datetime.date | None
) -> None:
    """List the figures found in one ARTICLE."""
    from factcheck.fmt import format_interval
    from factcheck.pipeline import figures_of
    from factcheck.render.json import figure_to_json

    art, found = figures_of(article, _rules_dirs(rules), date=date)
    if as_json:
        click.echo(json.dumps([figure_to_json(f) for f in found], indent=2, ensure_ascii=False))
        return
    for f in found:
        extra = " · ".join(
            x for x in (f.concept, f.counts, f.attribution and f"per {f.attribution}") if x
        )
        click.echo(f"{f.start:>6}  {f.text!r:40}  {format_interval(f.interval, f.unit)}  {extra}")
    click.echo(f"{len(found)} figure(s) in {art.path}", err=True)


@main.group()
def rules() -> None:
    """Validate rules and run their examples."""


_folders = click.argument("folders", nargs=-1, type=click.Path(path_type=Path, file_okay=False))


@rules.command("lint")
@_folders
@_reported
def rules_lint(folders: tuple[Path, ...]) -> None:
    """Validate the rules in FOLDERS (default: ./rules); later folders override earlier ids."""
    from factcheck.rulebook import lint_examples, lint_translations, load_rulebook

    rulebook = load_rulebook(_rules_dirs(folders))
    problems = lint_examples(rulebook)
    for p in problems:
        click.echo(p, err=True)
    for warning in lint_translations(rulebook):  # a missing language warns, never fails
        click.echo(warning, err=True)
    if problems:
        sys.exit(EXIT_BAD_INPUT)
    click.echo(
        f"{len(rulebook.checks)} checks, {len(rulebook.concepts)} concepts, "
        f"{len(rulebook.references)} references: ok",
        err=True,
    )


@rules.command("test")
@_folders
@_reported
def rules_test(folders: tuple[Path, ...]) -> None:
    """Run every check on the examples written beside it."""
    from factcheck.rulebook import load_rulebook
    from factcheck.ruletest import run_examples

    rulebook = load_rulebook(_rules_dirs(folders))
    passed = failed = 0
    for result in run_examples(rulebook):
        if result.passed:
            passed += 1
        else:
            failed += 1
            click.echo(f"FAIL {result.describe()}", err=True)
    click.echo(f"{passed} passed, {failed} failed")
    sys.exit(EXIT_BAD_INPUT if failed else EXIT_OK)


@rules.command("list")
@_folders
@_reported
def rules_list(folders: tuple[Path, ...]) -> None:
    """List the checks, concepts and references, with the file each comes from."""
    from factcheck.rulebook import load_rulebook

    rulebook = load_rulebook(_rules_dirs(folders))
    click.echo("checks:")
    for c in rulebook.checks:
        click.echo(f"  {c.id:32} {c.subject:12} {c.title}  ({c.path})")
    click.echo("concepts:")
    for k in rulebook.concepts:
        click.echo(f"  {k.id:32} {k.unit:12} {k.title}  ({k.path}:{k.line})")
    click.echo("references:")
    for r in rulebook.references:
        click.echo(f"  {r.id:32} {r.quantity.unit:12} {r.title}  ({r.path}:{r.line})")


@rules.command("schema")
@click.argument("kind", type=click.Choice(["check", "concepts", "references", "hedges"]))
def rules_schema(kind: str) -> None:
    """Print the JSON Schema of one kind of rule file, for an editor's YAML support."""
    from factcheck.rulebook import schema

    click.echo(json.dumps(schema(kind), indent=2, ensure_ascii=False))
