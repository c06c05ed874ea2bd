"""The ontology, the code's vocabulary and the shapes agree with each other."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from anoragraph.resources import ontology_file
from anoragraph.vocab import AG, SH, WDT

ONTOLOGY = Graph().parse(ontology_file("anoragraph.ttl"))


def test_every_term_the_code_uses_is_declared_in_the_ontology() -> None:
    declared = set(ONTOLOGY.subjects())
    missing = [name for name in AG.__annotations__ if URIRef(AG._NS + name) not in declared]
    assert missing == []


def test_every_class_aligns_to_a_standard_and_every_property_has_a_label() -> None:
    for cls in ONTOLOGY.subjects(RDF.type, OWL.Class):
        aligned = set(ONTOLOGY.objects(cls, OWL.equivalentClass)) | set(
            ONTOLOGY.objects(cls, RDFS.subClassOf)
        )
        assert aligned or cls == AG.StanceAspect, cls
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ONTOLOGY.subjects(RDF.type, kind):
            assert ONTOLOGY.value(prop, RDFS.label) is not None, prop


def test_film_facts_align_to_the_wikidata_properties_the_issue_names() -> None:
    expected = {
        "director": "P57", "screenwriter": "P58", "filmEditor": "P1040",
        "directorOfPhotography": "P344", "castMember": "P161", "character": "P674",
        "awardReceived": "P166", "nominatedFor": "P1411", "cost": "P2130",
        "publicationDate": "P577", "countryOfOrigin": "P495", "genre": "P136",
        "productionCompany": "P272", "basedOn": "P144", "narrativeLocation": "P840",
        "filmingLocation": "P915", "mainSubject": "P921", "spouse": "P26", "author": "P50",
    }  # fmt: skip
    for name, pid in expected.items():
        assert (URIRef(AG._NS + name), OWL.equivalentProperty, WDT[pid]) in ONTOLOGY, name


def test_shapes_target_only_declared_classes() -> None:
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    declared = set(ONTOLOGY.subjects(RDF.type, OWL.Class))
    for target in shapes.objects(None, SH.targetClass):
        if str(target).startswith(AG._NS):
            assert target in declared, target


def test_the_facts_no_person_is_the_subject_of_are_the_ontology_s_film_properties() -> None:
    from anoragraph.nlp.relations import FILM_FACTS

    graph = Graph().parse(ontology_file("anoragraph.ttl"))
    film_domain = {str(p).removeprefix(str(AG)) for p in graph.subjects(RDFS.domain, AG.Film)}
    # a work has a publication date too (awards have no declared domain: people win them)
    assert film_domain - FILM_FACTS == {"publicationDate"}
    assert film_domain >= FILM_FACTS
