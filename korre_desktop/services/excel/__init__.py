"""Excel exports (openpyxl): the overview for management.

``overview`` gathers the data and makes the workbook (``export_overview``); its sheets
are planned by ``summary_sheet`` (with the counts of ``summary_counts``),
``people_sheets``, ``missing_sheet`` and ``account_sheets``, and written by ``workbook``
(printed as ``print_setup`` says); ``target`` checks and replaces the output file
(``check_target``, ``ExportFileError``) without loading openpyxl, so the window can import
it at start-up cheaply; ``sheet_plan``, ``rows_xml``, ``styles``, ``words`` and
``safe_text`` are the pieces the workbook is made of.
"""
