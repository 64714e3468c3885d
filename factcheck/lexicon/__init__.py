"""Data only: the word tables the recognisers read, one module per stage.

Tables live here, apart from the logic that reads them, so that a newcomer can extend a table
without reading a parser, and a reviewer can check a table against its sources.
"""
