"""The language knowledge of arnews as readable tables.

Each module holds plain tuples of words and phrases as they are printed;
code folds them with :func:`arnews.text.normalize_word` before matching, so a
linguist can add an entry without reading the parsers.
"""
