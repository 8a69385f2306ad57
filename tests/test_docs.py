"""Docs-driven checks: every verb, option and error code is documented, and the docs are current.

Modelled on sqlite-utils' and datasette's ``tests/test_docs.py``: adding a command, an
option or an error class without its help text, an example, a README row or a regenerated
``docs/cli.md`` fails here, naming what is missing.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import shlex
import sys
from pathlib import Path
from types import ModuleType

import pytest
from typer._click import Command
from typer._click.exceptions import ClickException
from typer.core import TyperArgument, TyperGroup, TyperOption

from detente.errors import DetenteError

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"
#: The packages whose import defines every error class detente raises on purpose.
ERROR_MODULES = (
    "detente.errors",
    "detente.actors",
    "detente.ontology",
    "detente.sources",
    "detente.votes",
    "detente.analysis",
    "detente.report",
    "detente.web",
)


def _load_generator() -> ModuleType:
    path = ROOT / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cli_reference = _load_generator()
COMMANDS = {" ".join(words): (words, cmd) for words, cmd, _ in cli_reference.iter_commands()}
VERBS = {name: words for name, (words, _) in COMMANDS.items() if words}


def _command_id(name: str) -> str:
    return name or "detente"


def _label(name: str) -> str:
    return f"`detente {name}`" if name else "`detente`"


def _examples(help_text: str) -> list[str]:
    """The commands after each ``Example:``; an example may continue on following lines."""
    examples: list[str] = []
    current: list[str] | None = None
    for line in help_text.splitlines():
        stripped = line.strip()
        if stripped.startswith("Example:"):
            current = [stripped.removeprefix("Example:").strip()]
            examples.append("")
        elif current is not None and stripped:
            current.append(stripped)
        else:
            current = None
        if current is not None:
            examples[-1] = " ".join(part for part in current if part)
    return examples


def _verb_table() -> str:
    """The first column of the README's verb table, one row a line."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"\|\s*verb\s*\|", line)), None)
    assert start is not None, "README.md has no table whose header starts with '| verb |'"
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        # Cells may hold escaped pipes (`table\|json`); split on the others only.
        rows.append(re.split(r"(?<!\\)\|", line.strip().strip("|"))[0])
    assert rows, "README.md's verb table has no rows"
    return "\n".join(rows)


def test_docs_walk_reaches_every_command() -> None:
    """The tree walk behind these tests descends into every group, in registration order."""
    assert "" in COMMANDS
    for nested in ("analyze", "ontology show", "actors resolve", "fetch gdelt", "votes load"):
        assert nested in COMMANDS, f"the command walk misses `detente {nested}`"


@pytest.mark.parametrize("name", sorted(COMMANDS), ids=_command_id)
def test_docs_command_has_help_and_example(name: str) -> None:
    _, command = COMMANDS[name]
    label = _label(name)
    help_text = (command.help or "").strip()
    assert help_text, f"{label} has no help text: give it a docstring (or help=)"
    assert _examples(help_text), (
        f"{label}'s help has no line starting 'Example:'; add one with a realistic command, "
        "e.g. 'Example: detente compare PAK-USA IND-USA --period quarter'"
    )


@pytest.mark.parametrize("name", sorted(COMMANDS), ids=_command_id)
def test_docs_examples_parse(name: str) -> None:
    """Each example names this command (or one under it) and its arguments parse."""
    words, _ = COMMANDS[name]
    root = cli_reference.root_command()
    for example in _examples(COMMANDS[name][1].help or ""):
        tokens = shlex.split(example)
        prefix = ["detente", *words]
        assert tokens[: len(prefix)] == prefix, (
            f"example {example!r} should start with {' '.join(prefix)!r}"
        )
        command: Command = root
        ctx = command.make_context("detente", [], resilient_parsing=True)
        rest = tokens[1:]
        while isinstance(command, TyperGroup) and rest and rest[0] in command.commands:
            command = command.commands[rest[0]]
            ctx = command.make_context(rest[0], [], parent=ctx, resilient_parsing=True)
            rest = rest[1:]
        assert not isinstance(command, TyperGroup), (
            f"example {example!r} stops at a group; show a verb under it"
        )
        try:
            command.make_context(ctx.info_name, rest, parent=ctx.parent)
        except ClickException as exc:
            pytest.fail(f"example {example!r} does not parse: {exc.format_message()}")


@pytest.mark.parametrize("name", sorted(COMMANDS), ids=_command_id)
def test_docs_every_parameter_has_help(name: str) -> None:
    _, command = COMMANDS[name]
    missing = [
        "/".join(param.opts)
        for param in command.params
        if isinstance(param, TyperOption | TyperArgument) and not (param.help or "").strip()
    ]
    assert not missing, f"{_label(name)}: these have no help= text: {', '.join(missing)}"


@pytest.mark.parametrize("name", sorted(VERBS))
def test_docs_verb_in_readme_table(name: str) -> None:
    words = VERBS[name]
    table = _verb_table()
    if len(words) == 1:
        pattern = rf"detente {re.escape(words[0])}(?![\w-])"
        fix = f"add a row `detente {name} ...`"
    else:
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        fix = f"add `{name} ...` to the `detente {words[0]}` row"
    found = re.search(pattern, table) is not None
    assert found, f"README.md's verb table does not mention `detente {name}`: {fix}"


def test_docs_readme_table_names_only_real_verbs() -> None:
    top_level = {words[0] for words in VERBS.values()}
    named = set(re.findall(r"`detente ([a-z][\w-]*)", _verb_table()))
    stale = sorted(named - top_level)
    assert not stale, f"README.md's verb table names verbs detente does not have: {stale}"


@pytest.mark.parametrize("name", sorted(VERBS))
def test_docs_verb_in_cli_reference(name: str) -> None:
    assert CLI_DOC.exists(), f"{CLI_DOC} is missing: run `python scripts/cli_reference.py`"
    assert f"## `detente {name}`" in CLI_DOC.read_text(encoding="utf-8"), (
        f"docs/cli.md has no section for `detente {name}`: run `python scripts/cli_reference.py`"
    )


def test_docs_cli_reference_is_up_to_date() -> None:
    """Like ``cog --check``: docs/cli.md is exactly what the generator writes now."""
    assert CLI_DOC.exists(), f"{CLI_DOC} is missing: run `python scripts/cli_reference.py`"
    current = CLI_DOC.read_text(encoding="utf-8")
    assert current == cli_reference.render(), (
        "docs/cli.md differs from the commands' --help: run `python scripts/cli_reference.py`"
    )


def test_docs_cli_reference_check_flag(tmp_path: Path) -> None:
    """``--check`` exits 1 on a stale file and 0 on a fresh one, writing nothing."""
    out = tmp_path / "cli.md"
    out.write_text("# stale\n", encoding="utf-8")
    assert cli_reference.main(["--check", "--out", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "# stale\n"
    assert cli_reference.main(["--out", str(out)]) == 0
    assert cli_reference.main(["--check", "--out", str(out)]) == 0


def test_docs_cli_reference_is_plain_text() -> None:
    text = cli_reference.render()
    assert "\x1b" not in text, "docs/cli.md would contain ANSI escape codes"
    assert not [line for line in text.splitlines() if line != line.rstrip()]


def _error_classes() -> list[type[DetenteError]]:
    for module in ERROR_MODULES:
        importlib.import_module(module)
    found: list[type[DetenteError]] = [DetenteError]
    pending = [DetenteError]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub not in found:
                found.append(sub)
                pending.append(sub)
    return found


def test_docs_error_classes_found() -> None:
    names = {cls.__name__ for cls in _error_classes()}
    assert {"InputError", "DyadError", "UnknownCodeError", "FetchError"} <= names


def test_docs_error_codes_unique() -> None:
    owners: dict[str, list[str]] = {}
    for cls in _error_classes():
        owners.setdefault(cls.code, []).append(f"{cls.__module__}.{cls.__qualname__}")
    shared = {code: names for code, names in owners.items() if len(names) > 1}
    assert not shared, f"error codes used by more than one class (give each its own): {shared}"
    malformed = sorted(code for code in owners if not re.fullmatch(r"D\d{3}", code))
    assert not malformed, f"error codes not of the form D123: {malformed}"


def test_docs_error_classes_have_docstrings() -> None:
    missing = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in _error_classes()
        if not (cls.__doc__ or "").strip()
    ]
    assert not missing, f"error classes without a docstring saying when they are raised: {missing}"
