"""Every namespace and term the code uses. Terms of our own ontology are declared in
`ontology/anoragraph.ttl`; a test checks that the two agree."""

from __future__ import annotations

from typing import cast

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD, DefinedNamespace

__all__ = [
    "AG",
    "DOC",
    "ENTITIES_GRAPH",
    "ID",
    "OA",
    "ONTOLOGY_GRAPH",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SH",
    "SKOS",
    "WDT",
    "XSD",
    "ag",
]


class AG(DefinedNamespace):
    """The anoragraph ontology (ontology/anoragraph.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/anoragraph/ontology#")

    # Classes
    Person: URIRef
    Film: URIRef
    Character: URIRef
    Award: URIRef
    Ceremony: URIRef
    Organization: URIRef
    Place: URIRef
    Genre: URIRef
    CreativeWork: URIRef
    Topic: URIRef
    Document: URIRef
    AnonymousAuthor: URIRef
    UnnamedSource: URIRef
    Sentence: URIRef
    Mention: URIRef
    Statement: URIRef
    Claim: URIRef
    StanceAspect: URIRef
    Stance: URIRef
    ClaimKind: URIRef

    # Film facts (aligned to Wikidata in the ontology)
    director: URIRef
    screenwriter: URIRef
    filmEditor: URIRef
    directorOfPhotography: URIRef
    producer: URIRef
    composer: URIRef
    castMember: URIRef
    character: URIRef
    portrayedBy: URIRef
    awardReceived: URIRef
    nominatedFor: URIRef
    cost: URIRef
    boxOffice: URIRef
    publicationDate: URIRef
    countryOfOrigin: URIRef
    genre: URIRef
    productionCompany: URIRef
    distributor: URIRef
    basedOn: URIRef
    narrativeLocation: URIRef
    filmingLocation: URIRef
    mainSubject: URIRef
    spouse: URIRef
    author: URIRef
    conferredBy: URIRef
    rating: URIRef
    contentRating: URIRef
    approximate: URIRef

    # Statement qualifiers
    ceremony: URIRef
    year: URIRef
    inFilm: URIRef
    inRegion: URIRef
    forWork: URIRef

    # Reference graphs
    listsAllValuesOf: URIRef

    # Provenance
    evidence: URIRef
    rule: URIRef
    confidence: URIRef
    sentenceIndex: URIRef
    surfaceForm: URIRef
    denotes: URIRef
    fileName: URIRef
    sha256: URIRef
    tokenCount: URIRef

    # Claims
    claimant: URIRef
    reportedBy: URIRef
    stance: URIRef
    stanceToward: URIRef
    target: URIRef
    claimKind: URIRef
    asserts: URIRef

    # Stance and claim-kind concepts (SKOS)
    positive: URIRef
    negative: URIRef
    neutral: URIRef
    mixed: URIRef
    opinion: URIRef
    fact: URIRef
    stances: URIRef
    claimKinds: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary: the terms anoragraph uses."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


def ag(name: str) -> URIRef:
    """The ontology term `name`; an undeclared name raises AttributeError (AG has _fail)."""
    return cast(URIRef, getattr(AG, name))


WDT = Namespace("http://www.wikidata.org/prop/direct/")
ID = Namespace("https://w3id.org/anoragraph/id/")
DOC = Namespace("https://w3id.org/anoragraph/doc/")
ENTITIES_GRAPH = URIRef("https://w3id.org/anoragraph/graph/entities")
ONTOLOGY_GRAPH = URIRef("https://w3id.org/anoragraph/graph/ontology")

PREFIXES: dict[str, str] = {
    "ag": str(AG._NS),
    "id": str(ID),
    "doc": str(DOC),
    "oa": str(OA._NS),
    "prov": str(PROV),
    "schema": str(SDO),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "sh": str(SH),
    "wdt": str(WDT),
}
