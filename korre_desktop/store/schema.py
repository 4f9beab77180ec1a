"""The numbered schema migrations. Append new ones; never edit one that has shipped."""

from __future__ import annotations

import json
from dataclasses import dataclass

from korre_desktop.domain.roles import Role
from korre_desktop.store import postgres_roles


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    statements: tuple[str, ...]
    # A table rebuilt with a changed column (SQLite's twelve-step ALTER) runs with foreign
    # keys off; the migration checks them itself before it commits.
    rebuilds_tables: bool = False
    # The statements on the server (PostgreSQL) when they differ from ``statements``; a
    # migration up to ``postgres_schema.BASELINE_VERSION`` is part of the server's baseline.
    postgres: tuple[str, ...] | None = None
    # On the server, statements that must come after the rows are in: on a move to the
    # server after the file's rows are copied (a trigger that stamps the server's time and
    # login would restamp them), on an upgrade right after ``postgres``.
    postgres_after_rows: tuple[str, ...] = ()


_ROLES_SQL = ", ".join(f"'{role.value}'" for role in Role)


def _append_only(table: str) -> tuple[str, ...]:
    return (
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
    )


RECORDS = Migration(
    1,
    "schools, people and the audit log",
    (
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE schools (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            brin TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        """CREATE TABLE school_years (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            CHECK (start_date < end_date))""",
        """CREATE TABLE classes (
            id INTEGER PRIMARY KEY,
            school_id INTEGER NOT NULL REFERENCES schools(id),
            school_year_id INTEGER NOT NULL REFERENCES school_years(id),
            name TEXT NOT NULL,
            UNIQUE (school_id, school_year_id, name))""",
        """CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            school_id INTEGER NOT NULL REFERENCES schools(id),
            student_number TEXT NOT NULL,
            roepnaam TEXT NOT NULL,
            tussenvoegsel TEXT NOT NULL DEFAULT '',
            achternaam TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            enrolled_date TEXT,
            left_date TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (school_id, student_number))""",
        """CREATE TABLE enrolments (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            class_id INTEGER NOT NULL REFERENCES classes(id),
            start_date TEXT,
            end_date TEXT,
            UNIQUE (student_id, class_id))""",
        """CREATE TABLE guardians (
            id INTEGER PRIMARY KEY,
            roepnaam TEXT NOT NULL DEFAULT '',
            tussenvoegsel TEXT NOT NULL DEFAULT '',
            achternaam TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        """CREATE TABLE student_guardians (
            student_id INTEGER NOT NULL REFERENCES students(id),
            guardian_id INTEGER NOT NULL REFERENCES guardians(id),
            relation TEXT NOT NULL DEFAULT '',
            parental_authority INTEGER NOT NULL DEFAULT 1 CHECK (parental_authority IN (0, 1)),
            PRIMARY KEY (student_id, guardian_id))""",
        """CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            staff_number TEXT NOT NULL UNIQUE,
            roepnaam TEXT NOT NULL,
            tussenvoegsel TEXT NOT NULL DEFAULT '',
            achternaam TEXT NOT NULL,
            function TEXT NOT NULL DEFAULT '',
            employment_type TEXT NOT NULL CHECK (employment_type IN
                ('permanent', 'temporary', 'intern', 'substitute', 'volunteer')),
            start_date TEXT NOT NULL,
            end_date TEXT,
            email TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        """CREATE TABLE employee_schools (
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            school_id INTEGER NOT NULL REFERENCES schools(id),
            PRIMARY KEY (employee_id, school_id))""",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id TEXT,
            before TEXT,
            after TEXT)""",
        *_append_only("audit_log"),
    ),
)

EVIDENCE_PROTOCOL_CONSENT = Migration(
    2,
    "evidence blobs, protocol versions and signatures, consent forms and statements",
    (
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            mime_type TEXT NOT NULL,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL)""",
        *_append_only("blobs"),
        """CREATE TABLE protocol_versions (
            id INTEGER PRIMARY KEY,
            audience TEXT NOT NULL CHECK (audience IN ('employees', 'students')),
            label TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            effective_date TEXT NOT NULL,
            document_sha256 TEXT REFERENCES blobs(sha256),
            created_at TEXT NOT NULL,
            UNIQUE (audience, label))""",
        """CREATE TABLE protocol_signatures (
            id INTEGER PRIMARY KEY,
            person_kind TEXT NOT NULL CHECK (person_kind IN ('employee', 'student')),
            employee_id INTEGER REFERENCES employees(id),
            student_id INTEGER REFERENCES students(id),
            version_id INTEGER NOT NULL REFERENCES protocol_versions(id),
            signed_date TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            evidence_sha256 TEXT REFERENCES blobs(sha256),
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'paper',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            CHECK ((person_kind = 'employee') = (employee_id IS NOT NULL)),
            CHECK ((person_kind = 'student') = (student_id IS NOT NULL)))""",
        *_append_only("protocol_signatures"),
        """CREATE TABLE consent_form_versions (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE,
            effective_date TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        """CREATE TABLE consent_form_items (
            id INTEGER PRIMARY KEY,
            form_version_id INTEGER NOT NULL REFERENCES consent_form_versions(id),
            code TEXT NOT NULL,
            position INTEGER NOT NULL,
            UNIQUE (form_version_id, code))""",
        """CREATE TABLE consent_statements (
            id INTEGER PRIMARY KEY,
            subject_kind TEXT NOT NULL CHECK (subject_kind IN ('employee', 'student')),
            employee_id INTEGER REFERENCES employees(id),
            student_id INTEGER REFERENCES students(id),
            signer_role TEXT NOT NULL CHECK (signer_role IN ('employee', 'guardian', 'student')),
            guardian_id INTEGER REFERENCES guardians(id),
            signer_name TEXT NOT NULL DEFAULT '',
            signed_date TEXT NOT NULL,
            form_version_id INTEGER NOT NULL REFERENCES consent_form_versions(id),
            answers TEXT NOT NULL CHECK (json_valid(answers)),
            source TEXT NOT NULL DEFAULT 'paper',
            evidence_sha256 TEXT REFERENCES blobs(sha256),
            note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            CHECK ((subject_kind = 'employee') = (employee_id IS NOT NULL)),
            CHECK ((subject_kind = 'student') = (student_id IS NOT NULL)),
            CHECK ((signer_role = 'guardian') = (guardian_id IS NOT NULL)),
            CHECK ((subject_kind = 'employee') = (signer_role = 'employee')))""",
        *_append_only("consent_statements"),
    ),
)

INDEXES_AND_DEFAULTS = Migration(
    3,
    "indexes, default settings and the default consent form",
    (
        "CREATE INDEX classes_by_year ON classes(school_year_id, school_id)",
        "CREATE INDEX enrolments_by_class ON enrolments(class_id)",
        "CREATE INDEX students_by_name ON students(achternaam, roepnaam)",
        "CREATE INDEX student_guardians_by_guardian ON student_guardians(guardian_id)",
        "CREATE INDEX employee_schools_by_school ON employee_schools(school_id)",
        "CREATE INDEX audit_by_row ON audit_log(table_name, row_id)",
        "CREATE INDEX statements_by_student ON consent_statements(student_id)",
        "CREATE INDEX statements_by_employee ON consent_statements(employee_id)",
        "CREATE INDEX signatures_by_student ON protocol_signatures(student_id)",
        "CREATE INDEX signatures_by_employee ON protocol_signatures(employee_id)",
        """INSERT INTO settings (key, value) VALUES
            ('validity_policy', '"until_withdrawn"'),
            ('sixteen_plus_policy', '"guardian_consent_stays_valid"'),
            ('signing_deadline_days', '14'),
            ('foundation_name', '"Stichting de Korre"')""",
        """INSERT INTO consent_form_versions (label, effective_date, created_at)
            VALUES ('Standaard', '2026-08-01', strftime('%Y-%m-%dT%H:%M:%S', 'now'))""",
        # The default form: every medium on every default channel.
        """INSERT INTO consent_form_items (form_version_id, code, position)
            WITH media(medium, m) AS (VALUES ('foto', 0), ('film', 1), ('geluid', 2)),
                 channels(channel, c) AS (VALUES ('schoolgids', 0), ('website', 1),
                    ('nieuwsbrief', 2), ('socialmedia_school', 3), ('ouderportaal', 4),
                    ('socialmedia_persoonlijk', 5))
            SELECT (SELECT id FROM consent_form_versions WHERE label = 'Standaard'),
                   medium || '_' || channel, m * 6 + c
            FROM media, channels""",
    ),
)

EVIDENCE_DERIVATIONS = Migration(
    4,
    "straightened evidence images and the originals they came from",
    (
        # A straightened scan is stored next to the untouched original: the statement
        # points at the straightened image, this table leads back to the original.
        """CREATE TABLE blob_derivations (
            derived_sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256),
            original_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            page INTEGER NOT NULL DEFAULT 0,
            operation TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(operation)),
            created_at TEXT NOT NULL)""",
        "CREATE INDEX blob_derivations_by_original ON blob_derivations(original_sha256)",
    ),
)

PRINTING = Migration(
    5,
    "trip groups, printed form templates and form instances",
    (
        """CREATE TABLE trip_groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            trip_date TEXT NOT NULL,
            school_id INTEGER REFERENCES schools(id),
            created_at TEXT NOT NULL,
            UNIQUE (name, trip_date))""",
        """CREATE TABLE trip_group_members (
            group_id INTEGER NOT NULL REFERENCES trip_groups(id),
            student_id INTEGER NOT NULL REFERENCES students(id),
            PRIMARY KEY (group_id, student_id))""",
        # Box positions (mm from the page's top-left) per template version, so a
        # returned page can be read against exactly the layout it was printed with.
        """CREATE TABLE form_templates (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('consent', 'protocol')),
            version INTEGER NOT NULL,
            layout TEXT NOT NULL CHECK (json_valid(layout)),
            created_at TEXT NOT NULL,
            UNIQUE (kind, version))""",
        """CREATE TABLE form_instances (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            template_id INTEGER NOT NULL REFERENCES form_templates(id),
            person_kind TEXT NOT NULL CHECK (person_kind IN ('employee', 'student')),
            employee_id INTEGER REFERENCES employees(id),
            student_id INTEGER REFERENCES students(id),
            signer_role TEXT CHECK (signer_role IN ('employee', 'guardian', 'student')),
            guardian_id INTEGER REFERENCES guardians(id),
            consent_form_version_id INTEGER REFERENCES consent_form_versions(id),
            protocol_version_id INTEGER REFERENCES protocol_versions(id),
            pages INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            cancelled_at TEXT,
            CHECK ((person_kind = 'employee') = (employee_id IS NOT NULL)),
            CHECK ((person_kind = 'student') = (student_id IS NOT NULL)))""",
        "CREATE INDEX form_instances_by_student ON form_instances(student_id)",
        "CREATE INDEX form_instances_by_employee ON form_instances(employee_id)",
    ),
)

IMPORTS = Migration(
    6,
    "saved column mappings per import source, and a record of each applied import",
    (
        """CREATE TABLE import_mappings (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('students', 'employees', 'consents')),
            source_key TEXT NOT NULL,
            mapping TEXT NOT NULL CHECK (json_valid(mapping)),
            updated_at TEXT NOT NULL,
            UNIQUE (kind, source_key))""",
        """CREATE TABLE import_runs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            summary TEXT NOT NULL CHECK (json_valid(summary)),
            applied_by TEXT NOT NULL,
            applied_at TEXT NOT NULL)""",
    ),
)

SCANNING = Migration(
    7,
    "batches of scanned forms and every page read, with its raw scores and review state",
    (
        """CREATE TABLE scan_batches (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL CHECK (origin IN ('files', 'folder')),
            sources TEXT NOT NULL CHECK (json_valid(sources)),
            thresholds TEXT NOT NULL CHECK (json_valid(thresholds)),
            started_at TEXT NOT NULL,
            finished_at TEXT,
            cancelled INTEGER NOT NULL DEFAULT 0,
            report TEXT CHECK (report IS NULL OR json_valid(report)),
            created_by TEXT NOT NULL)""",
        """CREATE TABLE scan_pages (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES scan_batches(id),
            source_name TEXT NOT NULL,
            source_index INTEGER NOT NULL,
            image_sha256 TEXT REFERENCES blobs(sha256),
            signature_sha256 TEXT REFERENCES blobs(sha256),
            form_instance_id INTEGER REFERENCES form_instances(id),
            form_page INTEGER,
            outcome TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('saved', 'review', 'skipped', 'rejected')),
            reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
            answers TEXT CHECK (answers IS NULL OR json_valid(answers)),
            signed INTEGER,
            confidence REAL,
            alignment_error_mm REAL,
            scores TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(scores)),
            statement_id INTEGER REFERENCES consent_statements(id),
            protocol_signature_id INTEGER REFERENCES protocol_signatures(id),
            duplicate_of INTEGER REFERENCES scan_pages(id),
            read_at TEXT NOT NULL,
            reviewed_at TEXT,
            reviewed_by TEXT,
            review_note TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX scan_pages_by_batch ON scan_pages(batch_id)",
        "CREATE INDEX scan_pages_by_instance ON scan_pages(form_instance_id, form_page)",
        "CREATE INDEX scan_pages_by_status ON scan_pages(status)",
        "CREATE INDEX scan_pages_by_image ON scan_pages(image_sha256)",
    ),
)

_STUDENTS_V8 = """CREATE TABLE students_v8 (
            id INTEGER PRIMARY KEY,
            school_id INTEGER NOT NULL REFERENCES schools(id),
            student_number TEXT NOT NULL,
            roepnaam TEXT NOT NULL,
            tussenvoegsel TEXT NOT NULL DEFAULT '',
            achternaam TEXT NOT NULL,
            birth_date TEXT,
            enrolled_date TEXT,
            left_date TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (school_id, student_number))"""

_EMPLOYEES_V8 = """CREATE TABLE employees_v8 (
            id INTEGER PRIMARY KEY,
            staff_number TEXT NOT NULL UNIQUE,
            roepnaam TEXT NOT NULL,
            tussenvoegsel TEXT NOT NULL DEFAULT '',
            achternaam TEXT NOT NULL,
            partner_tussenvoegsel TEXT NOT NULL DEFAULT '',
            partner_achternaam TEXT NOT NULL DEFAULT '',
            naamgebruik TEXT NOT NULL DEFAULT 'eigen' CHECK (naamgebruik IN
                ('eigen', 'partner', 'partner-eigen', 'eigen-partner')),
            function TEXT NOT NULL DEFAULT '',
            employment_type TEXT NOT NULL CHECK (employment_type IN
                ('permanent', 'temporary', 'intern', 'substitute', 'volunteer', 'unknown')),
            start_date TEXT,
            end_date TEXT,
            email TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)"""

UNKNOWN_DATA_AND_TEACHERS = Migration(
    8,
    "unknown birth and start dates, unknown employment, partner names, teachers of classes",
    (
        # What a standard export may leave out is stored as unknown, never invented: a
        # student without a birth date, a teacher without a start date or employment type.
        _STUDENTS_V8,
        """INSERT INTO students_v8 (id, school_id, student_number, roepnaam, tussenvoegsel,
               achternaam, birth_date, enrolled_date, left_date, created_at)
           SELECT id, school_id, student_number, roepnaam, tussenvoegsel, achternaam,
               birth_date, enrolled_date, left_date, created_at FROM students""",
        "DROP TABLE students",
        "ALTER TABLE students_v8 RENAME TO students",
        "CREATE INDEX students_by_name ON students(achternaam, roepnaam)",
        # Dutch name use: the name in use may be the partner's, before or after the own.
        _EMPLOYEES_V8,
        """INSERT INTO employees_v8 (id, staff_number, roepnaam, tussenvoegsel, achternaam,
               function, employment_type, start_date, end_date, email, created_at)
           SELECT id, staff_number, roepnaam, tussenvoegsel, achternaam, function,
               employment_type, start_date, end_date, email, created_at FROM employees""",
        "DROP TABLE employees",
        "ALTER TABLE employees_v8 RENAME TO employees",
        # The teachers of a class (from EDEXML's teachers' groups, or set in the app).
        """CREATE TABLE class_teachers (
            class_id INTEGER NOT NULL REFERENCES classes(id),
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            PRIMARY KEY (class_id, employee_id))""",
        "CREATE INDEX class_teachers_by_employee ON class_teachers(employee_id)",
    ),
    rebuilds_tables=True,
)


# The six default channels and the default texts, as written into the first version.
# (Literal here: a shipped migration must not change when the code's defaults do.)
_DEFAULT_CHANNELS = (
    ('schoolgids', 'Schoolgids en brochures', 0,
     'De schoolgids en folders over de school, op papier en als pdf.'),
    ('website', 'Website van de school', 1,
     'De openbare website van de school en van de stichting.'),
    ('nieuwsbrief', 'Nieuwsbrief', 2,
     'De nieuwsbrief die de school aan ouders stuurt.'),
    ('socialmedia_school', 'Sociale media van de school', 3,
     'De accounts van de school en de stichting, zoals Facebook en Instagram.'),
    ('ouderportaal', 'Ouderportaal of schoolapp', 4,
     'De afgeschermde omgeving waar alleen ouders van de school kunnen kijken.'),
    ('socialmedia_persoonlijk', 'Eigen sociale media van medewerkers', 5,
     'Berichten van medewerkers op hun eigen accounts, over de school.'),
)  # fmt: skip
_DEFAULT_TEXTS = {
    "intro": (
        "Op school maken medewerkers foto's, filmpjes en geluidsopnamen van lessen, "
        "uitstapjes en feesten, om te laten zien wat er op school gebeurt. Soms doet een "
        "fotograaf of een ouder dat in opdracht van de school. Met dit formulier geeft u "
        "aan waarvoor de school beeld en geluid van uw kind mag gebruiken."
    ),
    "scope": (
        "Kies per soort opname en per kanaal ja of nee. Een vak dat leeg blijft, telt als"
        " nee. De school zet nooit namen bij beeld op openbare kanalen."
    ),
    "no_consent_needed": (
        "Geen toestemming nodig: gebruik in de klas (bijvoorbeeld op het digibord), de "
        "foto voor de schoolpas en de leerlingadministratie."
    ),
    "withdraw": (
        "U kunt later alsnog toestemming geven, en uw keuze altijd wijzigen of intrekken."
        " Dat geldt vanaf dat moment; wat al is gepubliceerd, haalt de school waar "
        "mogelijk weg."
    ),
    "contact": (
        "Vragen, wijzigen of intrekken: neem contact op met de administratie van de school."
    ),
    "student": {
        "intro": (
            "Op school maken medewerkers foto's, filmpjes en geluidsopnamen van lessen, "
            "uitstapjes en feesten, om te laten zien wat er op school gebeurt. Soms doet een "
            "fotograaf dat in opdracht van de school. Je bent 16 jaar of ouder: jij beslist "
            "zelf waarvoor de school beeld en geluid van jou mag gebruiken."
        ),
        "scope": (
            "Kies per soort opname en per kanaal ja of nee. Een vak dat leeg blijft, telt als"
            " nee. De school zet nooit je naam bij beeld op openbare kanalen."
        ),
        "no_consent_needed": (
            "Geen toestemming nodig: gebruik in de klas (bijvoorbeeld op het digibord), de "
            "foto voor je schoolpas en de leerlingadministratie."
        ),
        "withdraw": (
            "Je kunt later alsnog toestemming geven, en je keuze altijd wijzigen of "
            "intrekken. Dat geldt vanaf dat moment; wat al is gepubliceerd, haalt de school "
            "waar mogelijk weg."
        ),
        "contact": ("Vragen, wijzigen of intrekken: meld je bij de administratie van de school."),
    },
}


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_DEFAULT_CHANNELS_SQL = ", ".join(
    f"({_sql_text(code)}, {_sql_text(label)}, {_sql_text(explanation)}, {position})"
    for code, label, position, explanation in _DEFAULT_CHANNELS
)
_DEFAULT_TEXTS_SQL = _sql_text(json.dumps(_DEFAULT_TEXTS, ensure_ascii=False))


def _in_use(version: str) -> str:
    """SQL: the consent form version ``version`` is referred to by a statement or a form."""
    return (
        f"(EXISTS (SELECT 1 FROM consent_statements WHERE form_version_id = {version})"
        f" OR EXISTS (SELECT 1 FROM form_instances WHERE consent_form_version_id = {version}))"
    )


def _frozen_when_in_use(table: str, version: str, events: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        f"""CREATE TRIGGER {table}_{event.lower()}_in_use BEFORE {event} ON {table}
            WHEN {_in_use(version.replace("ROW", "OLD" if event != "INSERT" else "NEW"))}
            BEGIN SELECT RAISE(ABORT, 'this consent form version is in use: make a new one');
            END"""
        for event in events
    )


CONSENT_FORMS = Migration(
    9,
    "consent form versions with their own channels, validity and texts",
    (
        """ALTER TABLE consent_form_versions ADD COLUMN validity TEXT NOT NULL
            DEFAULT '"until_withdrawn"' CHECK (json_valid(validity))""",
        """ALTER TABLE consent_form_versions ADD COLUMN texts TEXT NOT NULL DEFAULT '{}'
            CHECK (json_valid(texts))""",
        # The old global policy becomes the validity of the versions signed under it.
        """UPDATE consent_form_versions SET validity = '"school_year"'
            WHERE (SELECT value FROM settings WHERE key = 'validity_policy')
                  = '"per_school_year"'""",
        """INSERT INTO settings (key, value)
            SELECT 'default_validity', CASE value WHEN '"per_school_year"'
                THEN '"school_year"' ELSE '"until_withdrawn"' END
            FROM settings WHERE key = 'validity_policy'""",
        "DELETE FROM settings WHERE key = 'validity_policy'",
        """INSERT OR IGNORE INTO settings (key, value)
            VALUES ('default_validity', '"until_withdrawn"'), ('school_year_cutoff', '"08-01"')""",
        """CREATE TABLE consent_form_channels (
            id INTEGER PRIMARY KEY,
            form_version_id INTEGER NOT NULL REFERENCES consent_form_versions(id),
            code TEXT NOT NULL CHECK (code <> '' AND code NOT GLOB '*[^a-z0-9_]*'),
            label TEXT NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            UNIQUE (form_version_id, code))""",
        f"""INSERT INTO consent_form_channels (form_version_id, code, label, explanation, position)
            WITH defaults(code, label, explanation, position) AS (VALUES {_DEFAULT_CHANNELS_SQL})
            SELECT v.id, d.code, d.label, d.explanation, d.position
            FROM consent_form_versions v, defaults d""",
        f"""UPDATE consent_form_versions SET texts = {_DEFAULT_TEXTS_SQL}
            WHERE label = 'Standaard' AND texts = '{{}}'""",
        # A version a statement or a printed form refers to is never changed: a new one
        # follows it. Versions are never deleted.
        f"""CREATE TRIGGER consent_form_versions_update_in_use
            BEFORE UPDATE ON consent_form_versions WHEN {_in_use("OLD.id")}
            BEGIN SELECT RAISE(ABORT, 'this consent form version is in use: make a new one');
            END""",
        """CREATE TRIGGER consent_form_versions_no_delete BEFORE DELETE ON consent_form_versions
            BEGIN SELECT RAISE(ABORT, 'consent form versions are never deleted'); END""",
        *_frozen_when_in_use(
            "consent_form_items", "ROW.form_version_id", ("INSERT", "UPDATE", "DELETE")
        ),
        *_frozen_when_in_use(
            "consent_form_channels", "ROW.form_version_id", ("INSERT", "UPDATE", "DELETE")
        ),
    ),
)

# The protocol's section 2 and closing paragraph: who may speak for the foundation on which
# account (authorised by management), press contact reported to management, and the
# correspondence about breaches kept in the personnel file. History is never rewritten: an
# account is ended (an audited update), an authorisation withdrawn by a row of its own, a
# dossier entry corrected by a later entry pointing at it.
PROTOCOL_RECORDS = Migration(
    10,
    "social-media accounts, authorisations, press reports and the personnel file",
    (
        """CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL CHECK (platform IN ('instagram', 'facebook', 'x',
                'linkedin', 'youtube', 'tiktok', 'whatsapp_group', 'other')),
            name TEXT NOT NULL CHECK (name <> ''),
            link TEXT NOT NULL DEFAULT '',
            school_id INTEGER REFERENCES schools(id),
            created_on TEXT,
            permission_by_employee_id INTEGER REFERENCES employees(id),
            ended_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        """CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
            BEGIN SELECT RAISE(ABORT, 'accounts are never deleted: end them'); END""",
        "CREATE INDEX accounts_by_school ON accounts(school_id)",
        """CREATE TABLE authorisations (
            id INTEGER PRIMARY KEY,
            person_kind TEXT NOT NULL CHECK (person_kind IN ('employee', 'student')),
            employee_id INTEGER REFERENCES employees(id),
            student_id INTEGER REFERENCES students(id),
            account_id INTEGER REFERENCES accounts(id),
            school_id INTEGER REFERENCES schools(id),
            valid_from TEXT NOT NULL,
            valid_until TEXT,
            granted_by_employee_id INTEGER NOT NULL REFERENCES employees(id),
            note TEXT NOT NULL DEFAULT '',
            evidence_sha256 TEXT REFERENCES blobs(sha256),
            evidence_name TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL,
            CHECK ((person_kind = 'employee') = (employee_id IS NOT NULL)),
            CHECK ((person_kind = 'student') = (student_id IS NOT NULL)),
            -- an account's authorisation takes its school from the account
            CHECK (account_id IS NULL OR school_id IS NULL),
            CHECK (valid_until IS NULL OR valid_until >= valid_from))""",
        *_append_only("authorisations"),
        "CREATE INDEX authorisations_by_employee ON authorisations(employee_id)",
        "CREATE INDEX authorisations_by_student ON authorisations(student_id)",
        "CREATE INDEX authorisations_by_account ON authorisations(account_id)",
        "CREATE INDEX authorisations_by_school ON authorisations(school_id)",
        """CREATE TABLE authorisation_withdrawals (
            id INTEGER PRIMARY KEY,
            authorisation_id INTEGER NOT NULL UNIQUE REFERENCES authorisations(id),
            withdrawn_on TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL)""",
        *_append_only("authorisation_withdrawals"),
        """CREATE TABLE press_reports (
            id INTEGER PRIMARY KEY,
            report_date TEXT NOT NULL,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            school_id INTEGER REFERENCES schools(id),
            medium TEXT NOT NULL CHECK (medium <> ''),
            subject TEXT NOT NULL CHECK (subject <> ''),
            reported_to_employee_id INTEGER NOT NULL REFERENCES employees(id),
            note TEXT NOT NULL DEFAULT '',
            attachment_sha256 TEXT REFERENCES blobs(sha256),
            attachment_name TEXT NOT NULL DEFAULT '',
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL)""",
        *_append_only("press_reports"),
        "CREATE INDEX press_reports_by_school ON press_reports(school_id, report_date)",
        "CREATE INDEX press_reports_by_employee ON press_reports(employee_id)",
        """CREATE TABLE dossier_entries (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            entry_date TEXT NOT NULL,
            subject TEXT NOT NULL CHECK (subject <> ''),
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            document_sha256 TEXT REFERENCES blobs(sha256),
            document_name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            corrects_entry_id INTEGER REFERENCES dossier_entries(id),
            entered_by TEXT NOT NULL,
            entered_at TEXT NOT NULL)""",
        *_append_only("dossier_entries"),
        "CREATE INDEX dossier_entries_by_employee ON dossier_entries(employee_id, entry_date)",
        "CREATE INDEX dossier_entries_by_correction ON dossier_entries(corrects_entry_id)",
    ),
)

# The access log: who saw or handed out whose personal data (a print, an export, a person's
# detail, a search that shows people), when, what, how many people and, for a detail or a
# small selection, which. Nobody changes an entry. An entry older than the retention
# period (the setting ``access_log_retention_days``, default 365, never under 30 days) is
# removed by the purge; the database itself refuses to remove a younger one. ``at`` is
# UTC ("2026-12-06T09:15:02Z"); on the server the server sets it and the login (the
# session user), whatever a program sends.
ACCESS_LOG_RETENTION_SETTING = "access_log_retention_days"
ACCESS_LOG_DEFAULT_DAYS = 365
ACCESS_LOG_MINIMUM_DAYS = 30
_KEPT_DAYS = (
    f"max({ACCESS_LOG_MINIMUM_DAYS}, coalesce((SELECT CAST(value AS INTEGER) FROM settings"
    f" WHERE key = '{ACCESS_LOG_RETENTION_SETTING}'), {ACCESS_LOG_DEFAULT_DAYS}))"
)
# SQL (the file): entries before this moment have expired.
ACCESS_LOG_EXPIRED_BEFORE = f"strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || {_KEPT_DAYS} || ' days')"
_PG_KEPT_DAYS = (
    f"greatest({ACCESS_LOG_MINIMUM_DAYS}, coalesce((SELECT value::integer FROM settings"
    f" WHERE key = '{ACCESS_LOG_RETENTION_SETTING}'), {ACCESS_LOG_DEFAULT_DAYS}))"
)
_PG_UTC_TEXT = """'YYYY-MM-DD"T"HH24:MI:SS"Z"'"""

ACCESS_LOG = Migration(
    11,
    "the access log: prints, exports, opened person details and searches",
    (
        """CREATE TABLE access_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action <> ''),
            what TEXT NOT NULL CHECK (what <> ''),
            scope TEXT NOT NULL DEFAULT '',
            people_count INTEGER NOT NULL CHECK (people_count >= 0),
            person_refs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(person_refs)))""",
        "CREATE INDEX access_log_by_time ON access_log(at)",
        """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
            BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END""",
        f"""CREATE TRIGGER access_log_kept BEFORE DELETE ON access_log
            WHEN OLD.at >= {ACCESS_LOG_EXPIRED_BEFORE}
            BEGIN SELECT RAISE(ABORT, 'access_log entries are kept for the retention period');
            END""",
    ),
    postgres=(
        """CREATE TABLE access_log (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action <> ''),
            what TEXT NOT NULL CHECK (what <> ''),
            scope TEXT NOT NULL DEFAULT '',
            people_count BIGINT NOT NULL CHECK (people_count >= 0),
            person_refs TEXT NOT NULL DEFAULT '[]' CHECK (korre_json_valid(person_refs)))""",
        "CREATE INDEX access_log_by_time ON access_log(at)",
        f"""CREATE FUNCTION korre_access_log_expired_before() RETURNS text
            LANGUAGE sql STABLE AS $$
            SELECT to_char((now() - make_interval(days => {_PG_KEPT_DAYS}))
                AT TIME ZONE 'UTC', {_PG_UTC_TEXT}) $$""",
        """CREATE FUNCTION korre_access_log_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.at >= korre_access_log_expired_before() THEN
                RAISE EXCEPTION 'access_log entries are kept for the retention period'
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN OLD;
        END $$""",
        """CREATE TRIGGER access_log_kept BEFORE DELETE ON access_log
            FOR EACH ROW EXECUTE FUNCTION korre_access_log_kept()""",
        """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
            FOR EACH ROW EXECUTE FUNCTION korre_refuse('access_log is append-only')""",
        """CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
            FOR EACH STATEMENT EXECUTE FUNCTION korre_refuse('access_log is append-only')""",
        # The one way to remove entries, for every login (whoever starts the app purges):
        # only what has expired, with the rights of the database's owner.
        """CREATE FUNCTION korre_purge_access_log() RETURNS bigint LANGUAGE plpgsql
            SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
            removed bigint;
        BEGIN
            DELETE FROM access_log WHERE at < korre_access_log_expired_before();
            GET DIAGNOSTICS removed = ROW_COUNT;
            RETURN removed;
        END $$""",
    ),
    postgres_after_rows=(
        f"""CREATE FUNCTION korre_access_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.at := to_char(now() AT TIME ZONE 'UTC', {_PG_UTC_TEXT});
            NEW.actor := session_user;
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER access_log_server_stamp BEFORE INSERT ON access_log
            FOR EACH ROW EXECUTE FUNCTION korre_access_log_stamp()""",
    ),
)

# Who may do what on a server database (issue 16): its users, each with one role, the schools
# an office or management is limited to, and the classes and trip groups linked to a teacher
# by hand (a teacher's classes come from ``class_teachers`` of their employee as well). On
# the embedded file the tables exist but the file stays one local user; the server's group
# roles, grants and row-level security are ``postgres_roles``.
USERS_AND_ROLES = Migration(
    12,
    "users and roles",
    (
        f"""CREATE TABLE users (
            login TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ({_ROLES_SQL})),
            employee_id INTEGER REFERENCES employees(id),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL)""",
        """CREATE TABLE user_schools (
            login TEXT NOT NULL REFERENCES users(login),
            school_id INTEGER NOT NULL REFERENCES schools(id),
            PRIMARY KEY (login, school_id))""",
        """CREATE TABLE user_classes (
            login TEXT NOT NULL REFERENCES users(login),
            class_id INTEGER NOT NULL REFERENCES classes(id),
            PRIMARY KEY (login, class_id))""",
        """CREATE TABLE user_trip_groups (
            login TEXT NOT NULL REFERENCES users(login),
            group_id INTEGER NOT NULL REFERENCES trip_groups(id),
            PRIMARY KEY (login, group_id))""",
    ),
    postgres=postgres_roles.MIGRATION,
)

# The purge (issue 17): retention periods and erasure on request remove rows the
# append-only rules otherwise keep forever. They allow it only while a purge run is open in
# the deleting transaction: the purge inserts a ``purge_runs`` row first and deletes it
# before it commits, so no other connection ever sees one. On the server the row is tied to
# its own transaction (its id is the transaction's id, set by the server), only the owner
# and the beheerder may insert one (grants), and a row left committed by hand opens nothing
# for a later transaction. On the file, whoever holds the file may change anything anyway:
# there the rule guards against the app's own mistakes.
PURGE_TABLES = (
    "audit_log",
    "blobs",
    "protocol_signatures",
    "consent_statements",
    "authorisations",
    "authorisation_withdrawals",
    "press_reports",
    "dossier_entries",
)
_PURGE_OPEN = "EXISTS (SELECT 1 FROM purge_runs)"


def _append_only_unless_purging(table: str) -> tuple[str, ...]:
    return (
        f"DROP TRIGGER {table}_no_delete",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            WHEN NOT {_PURGE_OPEN}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
    )


def _pg_append_only_unless_purging(table: str) -> tuple[str, ...]:
    return (
        f"DROP TRIGGER {table}_no_delete ON {table}",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            FOR EACH ROW WHEN (NOT korre_purge_open())
            EXECUTE FUNCTION korre_refuse('{table} is append-only')""",
    )


# Removing a person checks every row that may refer to them (foreign keys): without an
# index on each referring column that is a scan of the whole table per removed row.
_PURGE_INDEXES = (
    "CREATE INDEX statements_by_guardian ON consent_statements(guardian_id)",
    "CREATE INDEX form_instances_by_guardian ON form_instances(guardian_id)",
    "CREATE INDEX trip_group_members_by_student ON trip_group_members(student_id)",
    "CREATE INDEX scan_pages_by_statement ON scan_pages(statement_id)",
    "CREATE INDEX scan_pages_by_signature ON scan_pages(protocol_signature_id)",
    "CREATE INDEX scan_pages_by_duplicate ON scan_pages(duplicate_of)",
    "CREATE INDEX scan_pages_by_signature_image ON scan_pages(signature_sha256)",
    "CREATE INDEX authorisations_by_granter ON authorisations(granted_by_employee_id)",
    "CREATE INDEX press_reports_by_reported_to ON press_reports(reported_to_employee_id)",
    "CREATE INDEX accounts_by_permission ON accounts(permission_by_employee_id)",
    "CREATE INDEX users_by_employee ON users(employee_id)",
    "CREATE INDEX statements_by_evidence ON consent_statements(evidence_sha256)",
    "CREATE INDEX signatures_by_evidence ON protocol_signatures(evidence_sha256)",
    "CREATE INDEX authorisations_by_evidence ON authorisations(evidence_sha256)",
    "CREATE INDEX press_reports_by_attachment ON press_reports(attachment_sha256)",
    "CREATE INDEX dossier_entries_by_document ON dossier_entries(document_sha256)",
)

_PG_BEHEERDER = postgres_roles.BEHEERDER
_PG_ALL = postgres_roles.ALL

PURGE = Migration(
    13,
    "the purge: retention periods and erasure on request past the append-only rules",
    (
        """CREATE TABLE purge_runs (
            id INTEGER PRIMARY KEY,
            rule TEXT NOT NULL,
            actor TEXT NOT NULL,
            started_at TEXT NOT NULL)""",
        *(statement for table in PURGE_TABLES for statement in _append_only_unless_purging(table)),
        "DROP TRIGGER access_log_kept",
        f"""CREATE TRIGGER access_log_kept BEFORE DELETE ON access_log
            WHEN OLD.at >= {ACCESS_LOG_EXPIRED_BEFORE} AND NOT {_PURGE_OPEN}
            BEGIN SELECT RAISE(ABORT, 'access_log entries are kept for the retention period');
            END""",
        *_PURGE_INDEXES,
    ),
    postgres=(
        # ``id`` is the transaction that opened the run, whatever an insert says.
        """CREATE TABLE purge_runs (
            id BIGINT PRIMARY KEY DEFAULT txid_current(),
            rule TEXT NOT NULL,
            actor TEXT NOT NULL,
            started_at TEXT NOT NULL)""",
        """CREATE FUNCTION korre_purge_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.id := txid_current();
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER purge_runs_stamp BEFORE INSERT OR UPDATE ON purge_runs
            FOR EACH ROW EXECUTE FUNCTION korre_purge_stamp()""",
        # Asked by the append-only triggers for any login: SECURITY DEFINER, so nobody
        # needs to read purge_runs for it.
        """CREATE FUNCTION korre_purge_open() RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
            SELECT EXISTS (SELECT 1 FROM purge_runs WHERE id = txid_current_if_assigned())
        $$""",
        """DO $$ BEGIN
            EXECUTE format('ALTER FUNCTION korre_purge_open() SET search_path = %I,'
                ' pg_catalog, pg_temp', current_schema());
        END $$""",
        "GRANT EXECUTE ON FUNCTION korre_purge_open() TO PUBLIC",
        *(
            statement
            for table in PURGE_TABLES
            for statement in _pg_append_only_unless_purging(table)
        ),
        """CREATE OR REPLACE FUNCTION korre_access_log_kept() RETURNS trigger
            LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.at >= korre_access_log_expired_before() AND NOT korre_purge_open() THEN
                RAISE EXCEPTION 'access_log entries are kept for the retention period'
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN OLD;
        END $$""",
        # Only the beheerder (and the owner) opens a purge run; everyone's backup reads the
        # (always empty) table.
        f"GRANT SELECT ON purge_runs TO {_PG_ALL}",
        f"GRANT INSERT, DELETE ON purge_runs TO {_PG_BEHEERDER}",
        "ALTER TABLE purge_runs ENABLE ROW LEVEL SECURITY",
        f"""CREATE POLICY purge_runs_beheerder ON purge_runs TO {_PG_BEHEERDER}
            USING (true) WITH CHECK (true)""",
        f"CREATE POLICY purge_runs_read ON purge_runs FOR SELECT TO {_PG_ALL} USING (true)",
        *_PURGE_INDEXES,
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    RECORDS,
    EVIDENCE_PROTOCOL_CONSENT,
    INDEXES_AND_DEFAULTS,
    EVIDENCE_DERIVATIONS,
    PRINTING,
    IMPORTS,
    SCANNING,
    UNKNOWN_DATA_AND_TEACHERS,
    CONSENT_FORMS,
    PROTOCOL_RECORDS,
    ACCESS_LOG,
    USERS_AND_ROLES,
    PURGE,
)
LATEST_VERSION = MIGRATIONS[-1].number
