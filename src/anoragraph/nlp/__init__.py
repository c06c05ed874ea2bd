"""The extractor: spaCy pipeline plus rules, from documents to mentions, statements and claims."""
