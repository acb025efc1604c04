"""Helpers of the fact extractor (`appraisal.extract.extract_facts` is the public entry point).

text     - which parts of a Study are read, in what order of trust, split into sentences
cues     - the words that decide design, timing, species, blinding, control, heterogeneity
numbers  - n, number of studies, duration, I²
indexing - MEDLINE publication types and MeSH terms
"""
