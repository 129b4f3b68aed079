"""The Typer application every command module registers on."""
import typer

app = typer.Typer(
    name="newsgraph",
    help="News articles into knowledge: entities and name variants, quotes and speakers, "
         "dates, events, copies and stories.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """News articles into knowledge: entities and name variants, quotes and speakers, dates,
    events, copies and stories."""
