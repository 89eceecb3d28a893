"""docs/cli.md from the click commands: `make docs` rewrites it; a test keeps it current."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.cli import main

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

_HEAD = """# Command line reference

Generated from the code by `make docs`; a test fails when it is out of date.

Exit codes: **0** the run worked; **1** `--fail-on` matched; **2** bad input or bad rules
(one line per problem, naming file and line); **3** an internal error (rerun with `--debug`).
"""


def _sections(command: click.Command, name: str, parent: click.Context | None) -> list[str]:
    settings = {"terminal_width": 100, **command.context_settings}
    ctx = click.Context(command, info_name=name, parent=parent, **settings)
    text = command.get_help(ctx)
    out = [f"\n## `{ctx.command_path}`\n\n```\n{text}\n```\n"]
    if isinstance(command, click.Group):
        for sub in command.list_commands(ctx):
            child = command.get_command(ctx, sub)
            if child is not None:
                out += _sections(child, sub, ctx)
    return out


def render() -> str:
    return _HEAD + "".join(_sections(main, "factcheck", None))


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")  # noqa: T201 (a make target's report)
