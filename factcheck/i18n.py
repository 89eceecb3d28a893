"""The brief's languages: gettext catalogs in ``factcheck/locale``, read at run time.

English is the source language: its strings are the message ids, so it needs no catalog.
Every other language is ``locale/<lang>/LC_MESSAGES/messages.po``; the list of languages
is the list of those files. A catalog is read with Babel and compiled to a ``.mo`` in
memory on first use (a few milliseconds), so there is no build step and no compiled file
to keep in step with its source.

Python code marks its strings with :func:`_`, :func:`ngettext` and :func:`pgettext`
(``pybabel extract`` finds them by those names) and :func:`N_` for a string translated
later. They translate into the *current* language, which :func:`using` sets for a block
of code, so that evaluation and rendering of one brief speak one language without passing
it through every call.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from pathlib import Path

from factcheck.errors import FactcheckError

__all__ = [
    "LOCALE_DIR",
    "N_",
    "SOURCE_LANGUAGE",
    "_",
    "check_language",
    "current",
    "language_of",
    "languages",
    "ngettext",
    "npgettext",
    "pgettext",
    "plural_count",
    "translations",
    "using",
]

#: The catalogs: ``messages.pot`` and ``<lang>/LC_MESSAGES/messages.po``.
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

#: The language the templates and the code are written in.
SOURCE_LANGUAGE = "en"

_current: ContextVar[str] = ContextVar("factcheck_language", default=SOURCE_LANGUAGE)


def _catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"


@functools.cache
def languages() -> tuple[str, ...]:
    """English, then every language with a catalog, in alphabetical order."""
    found = sorted(
        p.parent.parent.name for p in LOCALE_DIR.glob("*/LC_MESSAGES/messages.po") if p.is_file()
    )
    return (SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE))


def language_of(locale: str) -> str:
    """The catalog a Babel locale's words come from: "ru_RU" → "ru"; "de" → "en" (none yet).

    Numbers and dates follow the locale itself; only the words fall back to English.
    """
    lang = locale.replace("-", "_").split("_")[0].lower()
    return lang if lang in languages() else SOURCE_LANGUAGE


def check_language(lang: str) -> str:
    """``lang`` if the brief can be written in it, else a :class:`FactcheckError`."""
    if lang in languages():
        return lang
    raise FactcheckError(
        f"unknown language {lang!r}",
        hint="choose one of " + ", ".join(languages()) + " (see docs/templates.md to add one)",
    )


@functools.cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalog of ``lang``, compiled in memory; English passes strings through."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    if check_language(lang) == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    path = _catalog_path(lang)
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return _gettext.GNUTranslations(compiled)


def current() -> str:
    """The language strings are translated into right now."""
    return _current.get()


@contextmanager
def using(lang: str) -> Iterator[str]:
    """Translate into ``lang`` inside the block (an unknown language is an error)."""
    token = _current.set(check_language(lang))
    try:
        yield lang
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """``message`` in the current language."""
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for a count ``n`` (each language has its own plural rule)."""
    return translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same words elsewhere."""
    return translations(current()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations(current()).npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs without translating it yet."""
    return message


def plural_count(x: Decimal | int) -> int:
    """A whole number to choose a plural form by (gettext's plural rules take integers).

    Only for whole numbers; a fraction takes its own wording (see ``fmt``).
    """
    return abs(int(x))
