"""Reading texts: turn a Vietnamese foreign-affairs text into SCHEMA's facts.

Pure Python (no Django): `ngoaivu extract` and the web upload both call it.
"""
from .extract import Extraction, Fact, extract, extract_document, extract_file, extract_text
from .readers import Document, UnreadableDocument, read_bytes, read_path

__all__ = [
    "Document",
    "Extraction",
    "Fact",
    "UnreadableDocument",
    "extract",
    "extract_document",
    "extract_file",
    "extract_text",
    "read_bytes",
    "read_path",
]
