"""Reading returned forms in batches: scanned or photographed pages filed by their QR code.

``reading/`` turns one page image into raw scores (QR code, alignment, ink per box);
``filing`` decides and saves a page (or sends it to review); ``batch`` runs files through
both with progress; ``review`` is what a person does with the pages in doubt; ``watch``
picks up files a copier drops into a folder.
"""
