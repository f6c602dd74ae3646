"""Review: people confirm, edit or reject what the machine proposed; every change is audited.

`decisions` applies a reviewer's decision, `audit` records and reads the audit log, `users`
manages accounts, roles and API tokens.
"""

from tallybook.review.decisions import ReviewError, confirm, edit, reject

__all__ = ["ReviewError", "confirm", "edit", "reject"]
