"""The `armstrack` command line.

Exit codes: 0 ok, 1 some inputs failed (the others were processed), 2 usage error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from armstrack.extract import extract_document
from armstrack.ingest.loaders import IngestError, expand_paths, load_path
from armstrack.model import Extraction
from armstrack.serve import views
from armstrack.store.db import Ledger, LedgerError, default_db_path

err = Console(stderr=True)
DB_HELP = "SQLite ledger file. Default: $ARMSTRACK_DB, else ./armstrack.db."


def _progress(total: int, label: str) -> Progress:
    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    TextColumn("{task.description}"), console=err, transient=True,
                    disable=total < 3 or not err.is_terminal)


def _open(db: str | None, readonly: bool = False) -> Ledger:
    try:
        return Ledger(default_db_path(db), readonly=readonly)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="armstrack")
def main() -> None:
    """armstrack: a ledger of arms-transfer announcements with every field tied to its source text.

    Read official notices (DSCA/State releases, Federal Register and Congressional Record
    transmittals) and news (text, HTML, PDF) into deal records: seller, buyer, systems and
    quantities, value with currency and USD, date, stage, contractor, each with the exact span of
    text it came from.

    \b
    Start with:   armstrack demo
    Then:         armstrack ingest FOLDER/   and   armstrack deals --buyer CAN
    """


@main.command(short_help="Read files (text, HTML, PDF) and print the deals and claims found; stores nothing.")
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "text"]), default="text", show_default=True,
              help="jsonl: one JSON object per input line by line (the output contract, "
                   "see shared/eval/CONTRACT.md); json: one JSON array; text: a readable summary.")
@click.option("--published", metavar="YYYY-MM-DD", default=None,
              help="Publication date of the inputs, used to resolve relative dates ('on Wednesday') "
                   "when the document itself does not state it.")
def extract(files: tuple[str, ...], fmt: str, published: str | None) -> None:
    """Read FILE... (text, HTML, PDF; '-' for stdin; folders are read recursively) and print the
    deals and claims found.

    Nothing is stored. An unreadable input gets its own line with "error" and empty lists; the
    other inputs are still read, and the exit code is 1.
    """
    files = tuple(expand_paths(list(files)))
    failed = 0
    results: list[dict[str, Any]] = []
    with _progress(len(files), "extract") as bar:
        task = bar.add_task("", total=len(files))
        for path in files:
            bar.update(task, description=Path(path).name)
            try:
                ex = extract_document(load_path(path, published))
                out = ex.to_dict()
            except (IngestError, Exception) as exc:  # one bad input never stops the others
                failed += 1
                if not isinstance(exc, IngestError):
                    exc = IngestError(f"{path}: internal error while reading ({type(exc).__name__}: {exc}); "
                                      "please report it")
                err.print(f"[red]error:[/red] {exc}")
                out = {"source": {"path": path, "kind": None, "published": None, "title": None,
                                  "language": None}, "deals": [], "claims": [], "error": str(exc)}
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                results.append(out)
            bar.advance(task)
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    elif fmt == "text":
        for out in results:
            views.print_extraction(out)
    sys.exit(1 if failed else 0)


@main.command(short_help="Store files and folders in the ledger (idempotent) and re-resolve the deals.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, help=DB_HELP)
@click.option("--published", metavar="YYYY-MM-DD", default=None,
              help="Publication date for inputs that do not state one (anchors relative dates).")
def ingest(paths: tuple[str, ...], db: str | None, published: str | None) -> None:
    """Store PATH... (files, folders read recursively, '-' for stdin) in the ledger.

    Each document is stored with its deal reports, items, evidence and claims in one transaction;
    the same text twice is stored once. Deals are re-resolved at the end. A summary is printed.
    """
    files = expand_paths(list(paths))
    stored = skipped = failed = n_reports = 0
    with _open(db) as ledger:
        with _progress(len(files), "ingest") as bar:
            task = bar.add_task("", total=len(files))
            for path in files:
                bar.update(task, description=Path(path).name)
                try:
                    doc = load_path(path, published)
                    if ledger.has_document(doc.id):
                        skipped += 1
                    else:
                        ex = extract_document(doc)
                        if ledger.store(ex):
                            stored += 1
                            n_reports += len(ex.deals)
                        else:
                            skipped += 1
                except IngestError as exc:
                    failed += 1
                    err.print(f"[red]error:[/red] {exc}")
                except Exception as exc:  # one bad input never stops the others; nothing of it is stored
                    failed += 1
                    err.print(f"[red]error:[/red] {path}: internal error while reading "
                              f"({type(exc).__name__}: {exc}); please report it")
                bar.advance(task)
        from armstrack.resolve.deals import resolve_ledger

        n_deals = resolve_ledger(ledger)
        counts = ledger.counts()
    click.echo(f"{len(files)} input(s): {stored} stored, {skipped} already in the ledger, {failed} failed; "
               f"{n_reports} deal report(s) added. Ledger {default_db_path(db)}: {counts['documents']} documents, "
               f"{counts['reports']} reports, {n_deals} deals, {counts['claims']} claims.")
    sys.exit(1 if failed else 0)


def _deal_filters(f: Any) -> Any:
    opts = [
        click.option("--buyer", help="Buyer code or name (ISO alpha-3 like CAN, or 'Canada')."),
        click.option("--seller", help="Seller code or name."),
        click.option("--system", help="System name, alias or designation (e.g. HIMARS, M142)."),
        click.option("--stage", type=click.Choice(["requested", "approved", "notified", "signed", "delivered",
                                                   "other"]), help="Stage of the deal."),
        click.option("--since", metavar="YYYY-MM-DD", help="Only deals dated on or after this day."),
        click.option("--until", metavar="YYYY-MM-DD", help="Only deals dated on or before this day."),
        click.option("--min-usd", type=float, help="Only deals worth at least this many US dollars."),
        click.option("--db", default=None, help=DB_HELP),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


@main.command()
@_deal_filters
@click.option("--sort", type=click.Choice(["date", "value", "buyer", "seller"]), default="date", show_default=True,
              help="Sort key.")
@click.option("--desc/--asc", default=True, show_default=True, help="Sort direction.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=int, default=0, help="Show at most this many deals (0: all).")
@click.option("--base-year", type=int, default=None, metavar="YEAR",
              help="Also give each value in constant U.S. dollars of YEAR (U.S. CPI-U, BLS); csv/json only. "
                   "Default: the ledger's own base year (2025).")
def deals(fmt: str, sort: str, desc: bool, limit: int, base_year: int | None, db: str | None,
          **filters: Any) -> None:
    """List the deals in the ledger, filtered and sorted."""
    with _open(db, readonly=True) as ledger:
        rows = views.filter_deals(ledger.deals(), **filters)
    if base_year is not None:
        rows = views.with_constant_usd(rows, base_year)
    rows = views.sort_deals(rows, sort, desc)
    if limit:
        rows = rows[:limit]
    views.print_deals(rows, fmt)


@main.command()
@_deal_filters
@click.option("--by", "group_by", type=click.Choice(["year", "buyer", "seller", "category", "system", "contractor",
                                                      "all"]), default="all", show_default=True,
              help="Which breakdown to show (all: every breakdown, the top deals and the supplier→recipient matrix).")
@click.option("--top", type=int, default=10, show_default=True, help="How many rows per breakdown / top deals.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(group_by: str, top: int, fmt: str, db: str | None, **filters: Any) -> None:
    """Totals and counts of deals by year, buyer, seller, category, system and contractor; the top
    deals; a supplier→recipient matrix (USD at the rate of each deal's date). Filters as for `deals`.

    Deals under several systems or categories count in each of them, so those totals overlap."""
    from armstrack.serve.stats import summary

    with _open(db, readonly=True) as ledger:
        rows = views.filter_deals(ledger.deals(), **filters)
    result = summary(rows, top)
    if group_by != "all":
        result = {"deals": result["deals"], "total_usd": result["total_usd"], "by": {group_by: result["by"][group_by]}}
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        views.print_stats(result, top)


@main.command()
@click.argument("ident")
@click.option("--db", default=None, help=DB_HELP)
def show(ident: str, db: str | None) -> None:
    """Show one deal (by deal id) or document (by document id; a unique prefix is enough), every field
    with the text it was read from."""
    with _open(db, readonly=True) as ledger:
        deal = ledger.deal(ident)
        if deal is not None:
            views.print_deal(deal, ledger)
            return
        doc = ledger.document(ident)
        if doc is not None:
            views.print_document(doc, ledger)
            return
    raise click.ClickException(f"no deal or document with id {ident!r} (see `armstrack deals`)")


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "parquet", "sipri"]), required=True,
              help="csv/json/parquet: the deals table (json also carries reports, evidence and claims); "
                   "sipri: a SIPRI-register-like CSV (supplier, recipient, designation, ...).")
@click.option("--table", type=click.Choice(["deals", "reports", "items", "evidence", "claims"]), default="deals",
              show_default=True, help="Which table to export (csv and parquet).")
@click.option("--db", default=None, help=DB_HELP)
def export(out: str, fmt: str, table: str, db: str | None) -> None:
    """Write the ledger to OUT as CSV, JSON, Parquet or a SIPRI-like CSV."""
    from armstrack.serve.export import export_ledger

    with _open(db, readonly=True) as ledger:
        n = export_ledger(ledger, out, fmt, table)
    click.echo(f"wrote {n} row(s) to {out}")


@main.command()
@click.option("--db", default=None, help=DB_HELP)
def demo(db: str | None) -> None:
    """Ingest the bundled samples (public-domain U.S. notices and the seed article) and show the deals
    found and the claims flagged: a first look at what armstrack does."""
    from importlib.resources import files

    sample_dir = files("armstrack") / "data" / "samples"
    names = sorted(p.name for p in sample_dir.iterdir() if p.name.endswith(".txt"))
    extractions: list[Extraction] = []
    with _open(db) as ledger:
        with _progress(len(names), "demo") as bar:
            task = bar.add_task("", total=len(names))
            for name in names:
                from armstrack.ingest.loaders import document_from_bytes

                doc = document_from_bytes((sample_dir / name).read_bytes(), f"samples/{name}")
                ex = extract_document(doc)
                ledger.store(ex)
                extractions.append(ex)
                bar.advance(task)
        from armstrack.resolve.deals import resolve_ledger

        resolve_ledger(ledger)
        rows = views.sort_deals(ledger.deals(), "date", True)
        views.print_deals(rows, "table")
        views.print_claims(ledger.claims())
    click.echo(f"\nLedger: {default_db_path(db)}. Try `armstrack deals --buyer SWE`, "
               f"`armstrack show <deal id>`, `armstrack export --format csv deals.csv`.")


@main.group()
def catalog() -> None:
    """Browse the reference catalog of weapon systems (names, designations, facts with sources)."""


@catalog.command("search")
@click.argument("text")
@click.option("--limit", type=int, default=20, show_default=True)
def catalog_search(text: str, limit: int) -> None:
    """Systems whose name or alias matches TEXT."""
    from armstrack.normalize.catalog import load_catalog

    views.print_systems(load_catalog().search(text, limit))


@catalog.command("show")
@click.argument("name")
def catalog_show(name: str) -> None:
    """One system with its aliases, variants and sourced facts."""
    from armstrack.normalize.catalog import load_catalog

    cat = load_catalog()
    system = cat.get(name) or cat.lookup(name)
    if system is None:
        hits = cat.search(name, 1)
        system = hits[0] if hits else None
    if system is None:
        raise click.ClickException(f"no system named {name!r} (try `armstrack catalog search`)")
    views.print_system(system, cat)


if __name__ == "__main__":  # pragma: no cover
    main()
