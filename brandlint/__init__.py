"""brandlint: a brand-consistency linter for marketing and customer-service copy."""

__version__ = "0.1.0"
