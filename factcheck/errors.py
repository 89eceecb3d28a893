"""Errors a user can act on: one line each, naming the file, the line and what to do."""

from __future__ import annotations

__all__ = ["ArticleError", "FactcheckError", "RenderError", "RuleError", "RuleErrors"]


class FactcheckError(Exception):
    """Base of every error the CLI reports as one line and exit code 2."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    def format(self) -> str:
        """``path:line:col: error: message; hint``."""
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        text = f"{where}error: {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text

    def __str__(self) -> str:
        return self.format()


class RuleError(FactcheckError):
    """A rule file is broken."""


class ArticleError(FactcheckError):
    """An article cannot be read or holds no text."""


class RenderError(FactcheckError):
    """A brief could not be written."""


class RuleErrors(FactcheckError):
    """Every error found across the rule files, reported together."""

    def __init__(self, errors: list[RuleError]) -> None:
        super().__init__(f"{len(errors)} error(s) in the rules")
        self.errors = errors

    def format(self) -> str:
        return "\n".join(e.format() for e in self.errors)
