"""Locate the data that ships with anoragraph: the ontology folder and the named queries.

In a source checkout (and an editable install) they are the top-level `ontology/` and
`queries/` folders; a wheel carries copies under `anoragraph/_data/`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the folder `name` ("ontology" or "queries") that ships with the package."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"anoragraph data folder {name!r} is missing from the installation")


def ontology_file(*parts: str) -> Path:
    return data_dir("ontology").joinpath(*parts)


def queries_dir() -> Path:
    return data_dir("queries")
