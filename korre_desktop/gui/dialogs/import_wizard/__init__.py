"""Bestand → Importeren: students, employees or a consent register from a file, in four steps.

1. What to import and the file (chosen, or dropped onto the dialog; EDEXML is recognised by
   its content). The file is read in the background.
2. The columns: a combo per field, preselected by the saved mapping or the guess (guesses
   highlighted, required fields marked), a preview of the first rows, school and school year.
3. The check (dry run, in the background, with progress and cancel): counts, notices
   ("Let op:"), problems with their rows; errors block the import. Students on record
   missing from the file can be marked as left on a date (off by default).
4. Apply, in the background, with progress and cancel; then a summary.

Everything the services report is worded from its code and params (``import_words``):
their English messages are for the CLI and never shown here.

Nothing touches the database before step 4, and step 4 is one transaction: cancelling at
any point leaves the database as it was. Workers open their own Store.
"""

from korre_desktop.gui.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
