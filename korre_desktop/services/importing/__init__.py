"""Importing students, employees and an existing consent register.

Files: CSV (encoding and separator detected), XLSX (python-calamine, after safety checks)
and EDEXML (defusedxml; recognised by its content). The GUI wizard and the CLI use the
same steps; none of them touches the database until ``apply_import``::

    from korre_desktop.services import importing as imp

    table = imp.read_table(path, kind)          # Table: headers, rows, row_numbers,
                                                # source (name, sha256, format), fingerprint
    mapping = imp.saved_mapping(store, kind, table.fingerprint) \\
        or imp.guess_mapping(kind, table.headers, table.rows)  # Mapping: columns used,
                                                # suggestions (weak guesses), confidence
    # (imp.choose_mapping(store, kind, table, mapping_file=None) does these two steps)
    mapping.missing_required(), mapping.uncertain()  # what the wizard must ask
    plan = imp.plan_import(store, kind, table, mapping, school, year, progress)
    imp.report_lines(plan)                      # or plan.counts / entries / problems / missing
    result = imp.apply_import(store, plan, progress, mark_missing_left=None)

- ``kind`` is "students", "employees" or "consents".
- ``read_table`` raises ``ImportFileError`` (``code``, ``row``, one-line message) for a
  file it cannot read: encoding, separators, empty, header only, limits (``Limits``),
  a zip bomb, a sheet reaching far down, formulas without saved results, locked files.
  ``read_any`` returns an ``EdexFile`` (students and teachers tables) for EDEXML.
- ``plan_import`` raises ``ImportSetupError`` for an unknown school, a bad school year or
  a mapping without a required field. Row problems are in ``plan.problems``
  (``Problem``: row, code, message, severity "error" or "warning", field, number,
  params); errors block the import, warnings do not. ``plan.notices`` and
  ``plan.created`` are ``Notice``s: English text (a ``str``) with a ``code`` and
  ``params``. Every code comes with the params the GUI words it from in Dutch
  (``gui.import_words``); the English messages are for the CLI and the log.
  ``plan.entries`` lists every record as new, changed (with ``Change`` before/after) or
  unchanged; ``plan.missing`` the students on record who
  are not in the file; ``plan.created`` the school year, classes and guardians it makes.
- ``apply_import`` writes in one transaction (all or nothing, audited), saves the
  mapping for this source, records an ``import_runs`` row, and raises
  ``ImportBlockedError`` (errors; pass ``skip_errors=True`` to leave those rows out),
  ``StalePlanError`` (records the plan would change were changed since the preview:
  it is made again inside the transaction and compared, see ``staleness``; writes it
  does not depend on, such as another school's, leave it as it was), or ``Cancelled``.
- Progress and cancelling: ``korre_desktop.services.progress.Progress`` (plan and apply
  call ``step``; cancelling raises ``Cancelled`` and nothing is saved).
- ``write_consent_template(store, path)`` writes the empty consent register (XLSX).
- For the mapping dialog: ``table.preview(10)``, ``field_names(kind)`` (the fields a
  column can be given to), ``Mapping.columns`` / ``confidence`` / ``describe(headers)``.
  A column is used only when its header is recognised with confidence; a header that
  merely contains an alias ("[Blokkeren opname functiemix]" contains "functie") is a
  weak guess: ``Mapping.suggestions`` (field -> column index), never planned or applied
  until the user chooses it (the wizard shows these fields, ``Mapping.uncertain()``,
  yellow; the CLI lists them and takes them only from ``--mapping``). A required field
  with only a suggestion stops ``plan_import`` with an ``ImportSetupError`` naming it.
- HR exports: AFAS Profit (one file) and Visma|Raet HR Core Education (a persons file
  and an appointments file: ``join_appointments(persons, appointments, today=...)``
  gives the one table to plan) import without a mapping file; see ``headers`` and
  ``hr_join``.
- An EDEXML file holds students and teachers: plan both and apply them together,
  ``apply_import(store, [students_plan, teachers_plan])``.

Modules, one job each: ``reading`` (format by content, file checks, the header row),
``csvfile``, ``xlsxfile``, ``edexml_xml`` (finding and parsing EDEXML and UWLR XML),
``edexml`` (its students and teachers as tables), ``edexml_codes`` (year groups and
roles), ``limits``, ``table``; ``headers`` (recognising export headers), ``mapping``;
``hr_join`` (HR persons + appointments); ``dates``, ``names``, ``values``,
``text_hygiene`` (invisible characters, NFC, mojibake), ``rows`` (one row through its
mapping, with the domain's checks); ``context`` (school and school year); ``students``,
``student_match`` (temporary numbers), ``guardians``, ``employees``, ``consents``
(planning per kind; the consent template); ``plan``, ``report``, ``apply``,
``staleness`` (does a previewed plan still hold); ``gc_pause`` (speed). All SQL is in
``store/import_queries.py``.
"""

from korre_desktop.services.importing.apply import apply_import
from korre_desktop.services.importing.consents import (
    TEMPLATE_COLUMNS,
    template_columns,
    write_consent_template,
)
from korre_desktop.services.importing.edexml import EdexFile
from korre_desktop.services.importing.errors import (
    ImportBlockedError,
    ImportFailure,
    ImportFileError,
    ImportSetupError,
    StalePlanError,
)
from korre_desktop.services.importing.hr_join import join_appointments
from korre_desktop.services.importing.limits import DEFAULT_LIMITS, Limits
from korre_desktop.services.importing.mapping import (
    KINDS,
    Mapping,
    choose_mapping,
    field_names,
    guess_mapping,
    load_mapping_file,
    save_mapping,
    saved_mapping,
)
from korre_desktop.services.importing.plan import plan_import
from korre_desktop.services.importing.reading import read_any, read_table
from korre_desktop.services.importing.report import (
    Change,
    Entry,
    ImportPlan,
    ImportResult,
    Missing,
    Notice,
    Problem,
    report_lines,
)
from korre_desktop.services.importing.table import SourceInfo, Table

__all__ = [
    "DEFAULT_LIMITS",
    "KINDS",
    "TEMPLATE_COLUMNS",
    "Change",
    "EdexFile",
    "Entry",
    "ImportBlockedError",
    "ImportFailure",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "ImportSetupError",
    "Limits",
    "Mapping",
    "Missing",
    "Notice",
    "Problem",
    "SourceInfo",
    "StalePlanError",
    "Table",
    "apply_import",
    "choose_mapping",
    "field_names",
    "guess_mapping",
    "join_appointments",
    "load_mapping_file",
    "plan_import",
    "read_any",
    "read_table",
    "report_lines",
    "save_mapping",
    "saved_mapping",
    "template_columns",
    "write_consent_template",
]
