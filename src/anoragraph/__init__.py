"""anoragraph: knowledge graphs of film discourse, with provenance."""

__version__ = "0.1.0"
