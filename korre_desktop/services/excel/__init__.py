"""Excel exports (openpyxl): the overview for management.

``overview`` builds and writes the workbook (``export_overview``); ``account_sheets``
plans its sheets Accounts and Bevoegdheden; ``target`` checks and replaces the output file
(``check_target``, ``ExportFileError``) without loading openpyxl, so the window can import
it at start-up cheaply; ``sheet_plan``, ``rows_xml``, ``styles``, ``words`` and
``safe_text`` are the pieces the workbook is made of.
"""
