"""The ledger: every article checked before, its figures, and each run's findings.

SQLite by default (a file), PostgreSQL by URL for a ledger shared by a newsroom.
See docs/ledger.md.
"""

from factcheck.ledger.db import DEFAULT_LEDGER, Ledger, LedgerError, Recorded, open_ledger

__all__ = ["DEFAULT_LEDGER", "Ledger", "LedgerError", "Recorded", "open_ledger"]
