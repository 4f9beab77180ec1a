"""Excel exports (openpyxl): the overview for management.

``overview`` builds and writes the workbook (``export_overview``); ``target`` checks and
replaces the output file (``check_target``, ``ExportFileError``) without loading openpyxl,
so the window can import it at start-up cheaply; ``rows_xml``, ``styles`` and
``safe_text`` are the pieces the workbook is made of.
"""
