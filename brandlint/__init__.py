"""brandlint: a brand-consistency linter for marketing and customer-service copy."""

__version__ = "0.1.0"


def homepage() -> str | None:
    """The project's page as the installed package's metadata states it (`Homepage` of
    `[project.urls]`), for reports that link to rule docs; None when none is declared:
    no report ever points at a made-up address."""
    from importlib import metadata

    try:
        urls = metadata.metadata("brandlint").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "documentation", "repository"):
            url = url.strip()
            return url if url.startswith("https://") else None
    return None
