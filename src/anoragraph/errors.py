"""One error hierarchy for the library; the CLI turns each into one line on stderr and exit 1.

    AnoragraphError          base class: every failure the library reports on purpose
    ├── InputError           a document or path cannot be read (missing, binary, undecodable)
    ├── StoreError           the store is missing, locked by another writer, or not writable
    ├── QueryError           a SPARQL query is malformed, unknown, or refused
    │   ├── QueryRefused     it would change the store or reach the network or file system
    │   └── QueryTimeout     it ran past its time limit and was stopped
    ├── OntologyError        the ontology or a vocabulary file under ontology/ is broken
    └── ValidationError      SHACL validation could not be run (not: the graph does not conform)

Messages say what went wrong and how to fix it.
"""


class AnoragraphError(Exception):
    """Base class of every error anoragraph raises on purpose."""


class InputError(AnoragraphError):
    """A document or path cannot be read."""


class StoreError(AnoragraphError):
    """The store cannot be opened, locked or written."""


class QueryError(AnoragraphError):
    """A query is malformed, unknown or refused."""


class QueryRefused(QueryError):
    """A query would change the store (without --allow-update) or reach outside it."""


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""


class OntologyError(AnoragraphError):
    """The ontology or a vocabulary file is broken."""


class ValidationError(AnoragraphError):
    """SHACL validation could not be run."""
