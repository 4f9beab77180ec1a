"""PDFs made with reportlab: no-photo lists, pre-filled forms, worklists."""
