"""Genuine small files for tests: the upload check opens them (a "%PDF-" header is not enough)."""
import io


def pdf_bytes(pages: int = 1) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
_BODY = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         b"<w:body>%s</w:body></w:document>")


def docx_bomb(paragraphs: int = 2_000_000, inflated_mb: int = 0) -> bytes:
    """A hostile .docx, small on the wire: `paragraphs` empty paragraphs, and a part of
    `inflated_mb` MB of zeros (both compress about a thousandfold)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", _BODY % (b"<w:p/>" * paragraphs))
        if inflated_mb:
            with archive.open("word/media/image1.png", "w") as part:
                for _ in range(inflated_mb):
                    part.write(bytes(1024 * 1024))
    return buffer.getvalue()
