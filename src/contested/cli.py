"""The ``contested`` command line: a thin wrapper over the stages.

Exit codes: 0 success; 1 an error contested reports; 2 bad usage; 3 store error;
4 gazetteer error; 5 evaluation error.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from contested.errors import ContestedError, UsageError

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "contested.db"
DEMO_CORPUS = Path(__file__).resolve().parents[2] / "demo" / "corpus"


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        envvar="CONTESTED_DB",
        default=DEFAULT_DB,
        show_default=True,
        help="The incident store: a SQLite file, or a postgresql://user@host/dbname URL.",
    )(func)


def _limit_options(func: F) -> F:
    """Bounds on one document: bytes read, characters kept, seconds spent."""
    for option in (
        click.option(
            "--max-bytes",
            envvar="CONTESTED_MAX_BYTES",
            type=click.IntRange(min=1),
            default=50_000_000,
            show_default=True,
            help="Largest document read, after decompression; larger ones are rejected.",
        ),
        click.option(
            "--max-article-chars",
            envvar="CONTESTED_MAX_ARTICLE_CHARS",
            type=click.IntRange(min=1),
            default=2_000_000,
            show_default=True,
            help="Longest article text kept; longer ones are rejected.",
        ),
        click.option(
            "--article-time-budget",
            envvar="CONTESTED_ARTICLE_TIME_BUDGET",
            type=click.FloatRange(min=0),
            default=60.0,
            show_default=True,
            help="Seconds one article may take to clean and extract (0: no limit).",
        ),
    ):
        func = option(func)
    return func


class _Group(click.Group):
    """Maps our errors to clean messages and documented exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ContestedError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group)
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress or summary.")
@click.version_option(package_name="contested")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """contested: conflict news into a sourced incident database."""
    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = {"quiet": quiet}


# ------------------------------------------------------------------ run / ingest


def _run_command(resolve: bool) -> Callable[..., None]:
    @click.argument("paths", nargs=-1, required=True)
    @_db_option
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "html", "jsonl", "warc", "feed"]),
        help="Force the input format (default: detected from content).",
    )
    @click.option(
        "--rule",
        type=click.Choice(["lowest", "ucdp", "range"]),
        default="ucdp",
        show_default=True,
        help="How casualty estimates are reconciled.",
    )
    @click.option(
        "--batch-size",
        default=100,
        show_default=True,
        type=click.IntRange(min=1),
        help="Articles per transaction.",
    )
    @click.option(
        "--workers",
        default=1,
        show_default=True,
        type=click.IntRange(min=1),
        help="Processes that clean, triage and extract (results are the same for any N).",
    )
    @click.option(
        "--no-triage",
        is_flag=True,
        help="Extract every article, even those the relevance triage finds off-topic.",
    )
    @_limit_options
    @click.pass_context
    def command(
        ctx: click.Context,
        paths: tuple[str, ...],
        db: str,
        fmt: str | None,
        rule: str,
        batch_size: int,
        workers: int,
        no_triage: bool,
        max_bytes: int,
        max_article_chars: int,
        article_time_budget: float,
    ) -> None:
        from contested import pipeline
        from contested.store import open_store

        options = pipeline.RunOptions(
            fmt=fmt,
            batch_size=batch_size,
            reconcile_rule=rule,
            workers=workers,
            triage=not no_triage,
            max_bytes=max_bytes,
            max_chars=max_article_chars,
            time_budget=article_time_budget or None,
        )
        quiet = ctx.obj["quiet"]
        with open_store(db) as store, _Progress(quiet) as progress:
            summary = pipeline.run(paths, store, options, progress=progress, resolve=resolve)
        if not quiet:
            _print_summary(summary, resolve)

    return command


main.command(
    "run",
    help="Ingest PATHs (files, directories, globs, URLs or - for stdin), "
    "extract claims and resolve incidents.",
)(_run_command(resolve=True))
main.command(
    "ingest",
    help="Read, clean and extract PATHs without resolving incidents "
    "(run `contested resolve` later).",
)(_run_command(resolve=False))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, help="Directory for the Parquet datasets.")
@_db_option
@click.option("--master", help="Spark master, e.g. local[2] (default: spark-submit's).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html", "jsonl", "warc", "feed"]),
    help="Force the input format (default: detected from content).",
)
@click.option("--rule", type=click.Choice(["lowest", "ucdp", "range"]), default="ucdp")
@click.option(
    "--split-mb",
    default=8.0,
    show_default=True,
    type=click.FloatRange(min=0.001),
    help="Input megabytes per Spark partition (large JSON Lines files are cut into ranges).",
)
@click.option("--no-load", is_flag=True, help="Only write Parquet; do not load the store.")
@click.option("--no-triage", is_flag=True, help="Extract every article.")
@click.pass_context
def spark(
    ctx: click.Context,
    paths: tuple[str, ...],
    out: str,
    db: str,
    master: str | None,
    fmt: str | None,
    rule: str,
    split_mb: float,
    no_load: bool,
    no_triage: bool,
) -> None:
    """Run the per-article pipeline on Spark: Parquet of articles, mentions, claims and
    rejections under OUT, then (unless --no-load) the store loaded, incidents resolved and
    OUT/incidents.parquet written. Same input, same incidents as `contested run`."""
    from contested import pipeline
    from contested.batch.spark import SparkOptions, run_spark
    from contested.store import open_store

    options = pipeline.RunOptions(fmt=fmt, reconcile_rule=rule, triage=not no_triage)
    spark_options = SparkOptions(
        master=master, split_bytes=int(split_mb * 1_000_000), load=not no_load
    )
    if no_load:
        run_spark(paths, out, None, options, spark_options)
        click.echo(f"wrote Parquet under {out}")
        return
    with open_store(db) as store:
        summary = run_spark(paths, out, store, options, spark_options)
    if summary is not None and not ctx.obj["quiet"]:
        _print_summary(summary, resolved=True)


@main.command()
@_db_option
@click.option("--rule", type=click.Choice(["lowest", "ucdp", "range"]), default="ucdp")
def resolve(db: str, rule: str) -> None:
    """Resolve stored mentions that are not yet part of an incident."""
    from contested import pipeline
    from contested.store import open_store

    with open_store(db) as store:
        summary = pipeline.RunSummary(run_id=store.begin_run("resolve"))
        pipeline.resolve_pending(store, summary, rule)
        store.finish_run(summary.run_id, summary.counts())
    click.echo(f"incidents: {summary.incidents_new} new, {summary.incidents_updated} updated")


class _Progress:
    """A one-line counter on stderr for interactive runs; silent otherwise."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.count = 0

    def __enter__(self) -> _Progress:
        return self

    def __call__(self, n: int) -> None:
        self.count += n
        if self.enabled:
            click.echo(f"\rread {self.count} documents", err=True, nl=False)

    def __exit__(self, *exc: object) -> None:
        if self.enabled and self.count:
            click.echo("", err=True)


def _print_summary(summary: Any, resolved: bool) -> None:
    rejected = sum(summary.rejected.values())
    click.echo(
        f"run {summary.run_id}: {summary.read} read, {summary.new} new, "
        f"{summary.duplicates} skipped as duplicates, {summary.near_duplicates} near-duplicates "
        f"linked, {rejected} rejected, {summary.triaged_out} not relevant (stored, not "
        f"extracted), {summary.mentions} incident mentions"
    )
    for reason, count in sorted(summary.rejected.items()):
        click.echo(f"  rejected {count} as {reason}")
    if resolved:
        click.echo(f"incidents: {summary.incidents_new} new, {summary.incidents_updated} updated")


# ------------------------------------------------------------------ reading the store


@main.command()
@_db_option
@click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. SY.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="YYYY-MM-DD")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="YYYY-MM-DD")
@click.option("--type", "event_type", help="Event type, e.g. airstrike.")
@click.option(
    "--grade", type=click.Choice(["confirmed", "fair", "weak", "contested", "discounted"])
)
@click.option("--q", help="Full-text search over the incidents' articles.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON incident per line.")
def incidents(
    db: str,
    country: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    event_type: str | None,
    grade: str | None,
    q: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List incidents as a table."""
    from contested.report import incident_table
    from contested.store import IncidentFilter

    filters = IncidentFilter(
        country=country.upper() if country else None,
        since=since.date() if since else None,
        until=until.date() if until else None,
        event_type=event_type,
        grade=grade,
        q=q,
    )
    with _open_existing(db) as store:
        found = store.list_incidents(filters, limit=limit)
        if as_json:
            from contested.export import incident_record

            for incident in found:
                click.echo(json.dumps(incident_record(store, incident), ensure_ascii=False))
            return
        click.echo(incident_table(store, found, store.count_incidents(filters)))


@main.command()
@click.argument("incident_id")
@_db_option
def show(incident_id: str, db: str) -> None:
    """Show one incident with every claim side by side, with quotes."""
    from contested.report import incident_detail

    with _open_existing(db) as store:
        incident = store.incident(incident_id)
        current = store.current_id(incident_id) if incident is None else incident_id
        if incident is None and current != incident_id:
            click.echo(f"{incident_id} was merged into {current}")
            incident = store.incident(current)
        if incident is None:
            raise UsageError(
                f"no incident {incident_id} in {db}; list them with `contested incidents`"
            )
        click.echo(incident_detail(store, incident))


@main.command()
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "geojson", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=True), help="File (default: stdout).")
def export(db: str, fmt: str, output: str | None) -> None:
    """Export incidents (JSON Lines as in EXPORT.md, CSV, GeoJSON or Parquet)."""
    from contested.export import write_export

    with _open_existing(db) as store:
        if output is None:
            if fmt == "parquet":
                raise UsageError("parquet needs a file: pass -o FILE")
            write_export(store, fmt, sys.stdout)  # type: ignore[arg-type]
            return
        count = write_export(store, fmt, Path(output))  # type: ignore[arg-type]
        click.echo(f"wrote {count} incidents to {output}", err=True)


def _open_existing(db: str) -> Any:
    from contested.store import open_store
    from contested.store.dialect import is_url

    if db != ":memory:" and not is_url(db) and not Path(db).exists():
        raise UsageError(f"no database at {db}; create one with `contested run PATH --db {db}`")
    return open_store(db)


# ------------------------------------------------------------------ eval and demo


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--db", help="Keep the evaluation database here (default: a temporary file).")
def eval_command(gold: Path, as_json: bool, db: str | None) -> None:
    """Run the pipeline on a gold file's articles and score it (see shared/GOLD.md)."""
    from contested.evaluate import evaluate, format_metrics, metrics_dict

    metrics = evaluate(gold, db)
    click.echo(json.dumps(metrics_dict(metrics), indent=2) if as_json else format_metrics(metrics))


@main.command()
@_db_option
@click.pass_context
def demo(ctx: click.Context, db: str) -> None:
    """Run the pipeline on the demo corpus and print the incident table."""
    if not DEMO_CORPUS.is_dir():
        raise UsageError(f"demo corpus not found at {DEMO_CORPUS}; run from a clone of the repo")
    run_command = main.get_command(ctx, "run")
    assert run_command is not None
    ctx.invoke(run_command, paths=(str(DEMO_CORPUS),), db=db, fmt=None, rule="ucdp", batch_size=100)
    ctx.invoke(
        incidents,
        db=db,
        country=None,
        since=None,
        until=None,
        event_type=None,
        grade=None,
        q=None,
        limit=100,
        as_json=False,
    )


# ------------------------------------------------------------------ gazetteer


@main.group()
def gazetteer() -> None:
    """The embedded offline gazetteer."""


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", help="ISO 3166-1 alpha-2 code to restrict the search.")
@click.option("--json", "as_json", is_flag=True)
def gazetteer_lookup(name: str, country: str | None, as_json: bool) -> None:
    """Print the best match for NAME, or say unresolved (exit 1)."""
    from dataclasses import asdict

    from contested.gazetteer import format_match, open_gazetteer

    match = open_gazetteer().lookup(name, country=country.upper() if country else None)
    if match is None:
        click.echo(json.dumps(None) if as_json else f"unresolved: {name}")
        sys.exit(1)
    click.echo(json.dumps(asdict(match), ensure_ascii=False) if as_json else format_match(match))


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--alternate-names",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="alternateNamesV2.txt (or its zip) to add alternate spellings.",
)
def gazetteer_import(file: Path, alternate_names: Path | None) -> None:
    """Import a GeoNames dump (a country zip such as SY.zip, or allCountries)."""
    from contested.gazetteer import import_geonames, open_gazetteer

    count = import_geonames(open_gazetteer(), file, alternate_names)
    click.echo(f"imported {count} places from {file}")


# ------------------------------------------------------------------ serve and users


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="CONTESTED_TOKEN",
    help="Bearer token that allows reviews (default: $CONTESTED_TOKEN; users work too).",
)
@click.option(
    "--private",
    is_flag=True,
    envvar="CONTESTED_PRIVATE",
    help="Reads need credentials too (default: reads are open).",
)
def serve(db: str, host: str, port: int, token: str | None, private: bool) -> None:
    """Serve the JSON API (/api, OpenAPI at /api/openapi.json) and the web UI (/)."""
    from contested.api import ApiSettings
    from contested.api import serve as run_server

    with _open_existing(db):
        pass  # a clear error for a missing file, and migrations, before the server starts
    if not token:
        click.echo("note: no CONTESTED_TOKEN and no --token: only users can review", err=True)
    click.echo(f"contested: serving {db} on http://{host}:{port}/", err=True)
    run_server(ApiSettings(db=db, token=token or None, private=private), host, port)


@main.group()
def user() -> None:
    """Reviewers who sign in with a password (stored as a scrypt hash)."""


@user.command("add")
@click.argument("name")
@_db_option
@click.password_option(help="The password (prompted when not given).")
def user_add(name: str, db: str, password: str) -> None:
    """Add a reviewer NAME, or change their password."""
    from contested.api.auth import hash_password
    from contested.store import open_store

    if ":" in name or not name.strip():
        raise UsageError("a user name cannot be empty or contain ':'")
    with open_store(db) as store:
        store.set_user(name, hash_password(password))
    click.echo(f"user {name} saved in {db}")
