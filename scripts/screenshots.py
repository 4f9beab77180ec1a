"""Render the app's tabs and main dialogs on demo data into docs/screenshots/ (offscreen).

    .venv/bin/python scripts/screenshots.py [--language nl|en] [--out FOLDER] [--scale 1]
        [--roles-only]

Demo data for a fixed date (so the pictures only change when the app does), the window
at 1400 x 900. Dutch pictures go to docs/screenshots/, English ones (`--language en`, for
the English manual) to docs/screenshots/en/ under the same names. The review queue shows
pages of a small generated scan batch. The Dutch set also holds a printed no-photo list
and a printed consent form (the paper is Dutch in either language).
`--scale 2` renders at 200 % (to check that everything still fits).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
DAY = date(2026, 11, 24)
SIZE = (1400, 900)
TRIP_CLASS = ("PCBS Het Kompas", "Groep 8")  # a class of the demo data (seed 1)
IMPORTED = [  # a small export in ParnasSys' shape (invented people) for the import wizard
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;BSN;"
    "Naam ouder 1;E-mailadres ouder 1",
    "2267;Joris;;Bakker;06-12-2014;Groep 8;;Johan Bakker;johan.bakker@example.nl",
    "5001;Lotte;van;Dijk;14-03-2015;Groep 8;;Sara van Dijk;sara.vandijk@example.nl",
    "5002;Daan;;Smit;02-02-2015;Groep 8;;Mark Smit;mark.smit@example.nl",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--roles-only", action="store_true", help="only the window as each role (a server)"
    )
    args = parser.parse_args()
    out = args.out or (SCREENSHOTS if args.language == "nl" else SCREENSHOTS / "en")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        try:
            shooter = Shooter(Path(folder), out, args.language)
            shooter.roles() if args.roles_only else shooter.run()
        except Exception:  # the app's error box would wait offscreen for ever
            traceback.print_exc()
            sys.exit(1)


class Shooter:
    def __init__(self, folder: Path, out: Path, language: str) -> None:
        from PySide6.QtCore import QSettings

        from korre_desktop.gui.app import make_application
        from korre_desktop.gui.i18n import install_translators

        self.folder = folder
        self.out = out
        self.language = language
        self.app = make_application()
        self.app.setStyle("Fusion")  # the same look on every machine that runs this
        install_translators(self.app, language)
        self.settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.written: list[Path] = []

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def wait(self, busy) -> None:
        """Let background work (a job, a loading tab) finish."""
        while busy():
            self.settle()

    def save(self, widget, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self._written(path)

    def _written(self, path: Path) -> None:
        self.written.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def database(self, path: Path | None = None) -> Path:
        from korre_desktop.services.demo import generate_demo
        from korre_desktop.services.scanning.batch import scan_files
        from korre_desktop.store import Store
        from korre_desktop.testing.scan_corpus import build_corpus

        path = path or self.folder / "korre.sqlite"
        with Store.open(path, actor="screenshots", create=True) as store:
            generate_demo(store, students=600, employees=60, seed=1, today=DAY)
            corpus = build_corpus(
                store,
                self.folder / "scans",
                consent=12,
                protocol=2,
                profile="mixed",
                dpi=200,
                seed=4,
                on=DAY,
            )
            scan_files(store, corpus.files, DAY)
        return path

    def run(self) -> None:
        from korre_desktop.gui.app import create_main_window
        from korre_desktop.gui.dialogs.first_run import FirstRunWizard

        self.empty_database()
        window = create_main_window(self.database(), self.settings, today=lambda: DAY)
        window.resize(*SIZE)
        window.show()
        for index, name in enumerate(
            ["personeel", "leerlingen", "protocollen", "mediatoestemming", "werklijsten"]
        ):
            window.ui.tabs.setCurrentIndex(index)
            tab = window.current_tab()
            tab.ensure_loaded()
            self.wait(tab.is_loading)
            tab.ui.table.selectRow(2)
            self.save(window, f"tab-{index + 1}-{name}")
        self.authorisations(window)
        window.ui.tabs.setCurrentIndex(1)
        self.dialog(window.enter_consent(), "dialog-formulier-invoeren", (1100, 760))
        self.filled_in_consent(window)
        self.dialog(window.scan_actions.open_review(), "dialog-scans-controleren", SIZE)
        self.dialog(window.import_actions.open_wizard(), "dialog-importeren", (1000, 700))
        self.import_steps(window)
        self.dialog(window.print_actions.open_no_photo(), "dialog-geen-foto-lijst", (900, 650))
        self.trip_group(window)
        self.dialog(window.forms_actions.open_dialog("consent"), "dialog-formulieren", None)
        self.dialog(window.show_about(), "dialog-over", None)
        self.dialog(window.consent_forms(), "dialog-toestemmingsformulieren", (1120, 680))
        self.new_consent_form_version(window)
        self.dialog(window.edit_settings(), "dialog-instellingen", None)
        self.dialog(window.enter_protocol(), "dialog-protocol-invoeren", (980, 560))
        self.dialog(window.protocol_versions(), "dialog-protocolversies", None)
        self.records(window)
        self.accounts(window)
        self.correspondence(window)
        wizard = FirstRunWizard()
        self.dialog(wizard, "dialog-eerste-start", None)
        self.first_run_start(window)
        self.first_run_server(window)
        if self.language == "nl":
            self.printed(window)
        self.roles()
        # Last: the manual shows the pictures above.
        self.dialog(window.show_manual(), "dialog-handleiding", (1100, 760))
        window.close()
        window.context.jobs.wait()

    def roles(self) -> None:
        """The window as each role sees it, on a real server with real logins (a throwaway
        PostgreSQL cluster; skipped with a line when this machine has none): the teacher
        of one class, an office of one school, management, the privacy officer, and the
        beheerder's Gebruikers window."""
        from PySide6.QtCore import QSettings

        from korre_desktop.domain.roles import Role
        from korre_desktop.gui.app import create_main_window
        from korre_desktop.server_location import ServerLocation, with_login
        from korre_desktop.services import users
        from korre_desktop.store import Store
        from korre_desktop.testing import pg_cluster

        try:
            cluster = pg_cluster.start()
        except pg_cluster.ClusterUnavailableError as exc:
            print(f"role screenshots left out: {exc}")
            return
        try:
            url = cluster.url()
            with Store.open(self.database(self.folder / "rollen.sqlite"), actor="it") as file:
                file.move_to_server(url)
            school, klass = TRIP_CLASS
            with Store.open(url, actor="it") as store, store.transaction():
                for login, role, schools in (
                    ("m.devries", Role.LEERKRACHT, ()),
                    ("s.jansen", Role.ADMINISTRATIE, (school,)),
                    ("directie", Role.DIRECTIE, ()),
                    ("fg", Role.PRIVACY, ()),
                ):
                    users.add_user(store, login, role, "schermafdruk-2026", schools)
                users.link_class(store, "m.devries", klass, school, DAY)
            for login, role in (
                ("m.devries", Role.LEERKRACHT),
                ("s.jansen", Role.ADMINISTRATIE),
                ("directie", Role.DIRECTIE),
                ("fg", Role.PRIVACY),
            ):
                settings = QSettings(str(self.folder / f"{login}.ini"), QSettings.Format.IniFormat)
                location = ServerLocation(with_login(url, login))
                window = create_main_window(location, settings, today=lambda: DAY)
                window.resize(*SIZE)
                window.show()
                if window.ui.tabs.isTabVisible(window.ui.tabs.indexOf(window.consent_tab)):
                    window.ui.tabs.setCurrentWidget(window.consent_tab)
                    window.consent_tab.ensure_loaded()
                    self.wait(window.consent_tab.is_loading)
                self.save(window, f"rol-{role.value}")
                window.close()
                window.context.jobs.wait()
            settings = QSettings(str(self.folder / "it.ini"), QSettings.Format.IniFormat)
            window = create_main_window(ServerLocation(url), settings, today=lambda: DAY)
            window.resize(*SIZE)
            window.show()
            self.dialog(window.user_actions.open(), "dialog-gebruikers", (1000, 560))
            window.close()
            window.context.jobs.wait()
        finally:
            cluster.stop()

    def dialog(self, dialog, name: str, size: tuple[int, int] | None) -> None:
        if size is not None:
            dialog.resize(*size)
        dialog.show()
        self.save(dialog, name)
        dialog.close()

    # -- the pictures the manual needs beyond the tabs and the dialogs as they open ----------

    def empty_database(self) -> None:
        """The start page of an empty database (after choosing "Leeg beginnen")."""
        from PySide6.QtCore import QSettings

        from korre_desktop.gui.app import create_main_window
        from korre_desktop.store import Store

        path = self.folder / "leeg.sqlite"
        Store.create(path, actor="screenshots").close()
        settings = QSettings(str(self.folder / "empty.ini"), QSettings.Format.IniFormat)
        window = create_main_window(path, settings, today=lambda: DAY)
        window.resize(1000, 650)
        window.show()
        self.save(window, "start-lege-database")
        window.close()
        window.context.jobs.wait()

    def filled_in_consent(self, window) -> None:
        """Formulier invoeren with a person, the signer, answers and a phone photo of the
        person's own printed form as evidence."""
        from korre_desktop.services import entry
        from korre_desktop.testing.scan_corpus import build_corpus

        store = window.context.store
        corpus = build_corpus(
            store,
            self.folder / "photo",
            consent=1,
            variant="photo",
            profile="clean",
            dpi=150,
            seed=7,
            on=DAY,
        )
        (page,) = [truth for truth in corpus.pages if truth.kind == "consent"]
        form = store.forms.instance(page.code)
        dialog = window.enter_consent()
        dialog.resize(1100, 760)
        dialog.show()
        choices = entry.people_to_choose(store, DAY)
        person = next(
            c
            for c in choices
            if c.kind == form["person_kind"] and c.id == (form["student_id"] or form["employee_id"])
        )
        dialog.ui.person.pick(person)
        signer = dialog.ui.signer
        for index in range(signer.count()):
            choice = signer.itemData(index)
            if choice is not None and choice.guardian_id == form["guardian_id"]:
                signer.setCurrentIndex(index)
        for code, answer in page.answers.items():
            dialog.ui.grid.set_answer(code, answer)
        dialog.ui.evidence.load_file(corpus.folder / page.source)
        self.wait(dialog.ui.evidence.is_busy)
        self.save(dialog, "dialog-formulier-invoeren-ingevuld")
        dialog.close()

    def import_steps(self, window) -> None:
        """The import wizard's columns and its check, for a small class export."""
        export = self.folder / "leerlingen-groep-8.csv"
        export.write_text("\n".join(IMPORTED) + "\n", encoding="cp1252")
        wizard = window.import_actions.open_wizard()
        wizard.resize(1000, 700)
        wizard.show()
        wizard.file_chosen(export)
        self.wait(wizard.busy)
        wizard.next()
        school = wizard.ui.schoolCombo
        school.setCurrentIndex(school.findText(TRIP_CLASS[0]))
        wizard.ui.columnsError.clear()
        self.save(wizard, "dialog-importeren-kolommen")
        wizard.next()
        self.wait(wizard.busy)
        self.save(wizard, "dialog-importeren-controle")
        wizard.close()

    def trip_group(self, window) -> None:
        """Lijst 'geen foto' with a new trip group being made."""
        from korre_desktop.services import entry

        dialog = window.print_actions.open_no_photo()
        dialog.resize(900, 650)
        dialog.show()
        dialog.start_new_group()
        dialog.ui.groupName.setText("Schoolreis Efteling")
        dialog.ui.groupDate.setText("12-06-2027")
        students = [
            c
            for c in entry.people_to_choose(window.context.store, DAY)
            if c.kind == "student" and (c.school, c.class_name) == TRIP_CLASS
        ]
        for student in students[:5]:
            dialog.add_member(student)
        self.save(dialog, "dialog-reisgroep")
        dialog.close()

    def new_consent_form_version(self, window) -> None:
        dialog = window.consent_forms()
        dialog.resize(1120, 680)
        dialog.show()
        dialog.start_new_version()
        self.save(dialog, "dialog-nieuwe-formulierversie")
        dialog.discard_draft()
        dialog.close()

    def records(self, window) -> None:
        """The record dialogs for the selected student (Gegevens)."""
        actions = window.record_actions
        self.dialog(actions.open_edit(), "dialog-leerling", None)
        self.dialog(actions.open_new_guardian(), "dialog-ouder-verzorger", None)
        self.dialog(actions.open_leave(), "dialog-vertrekdatum", None)
        self.dialog(window.withdraw(), "dialog-toestemming-intrekken", None)

    def authorisations(self, window) -> None:
        """Bevoegdheden: every authorisation (withdrawn and expired too), one selected."""
        from korre_desktop.gui.tabs.authorisation_rows import EVERYTHING

        tab = window.authorisations_tab
        window.ui.tabs.setCurrentWidget(tab)
        tab.ensure_loaded()
        self.wait(tab.is_loading)
        tab.show_list(EVERYTHING)
        tab.ui.table.selectRow(1)
        self.save(window, "tab-6-bevoegdheden")

    def accounts(self, window) -> None:
        """Beheer → Accounts, and Bevoegdheid geven for the account selected there."""
        dialog = window.authorisation_actions.open_accounts()
        dialog.resize(1180, 420)
        dialog.ui.includeEnded.setChecked(True)
        dialog.ui.table.selectRow(0)
        self.save(dialog, "dialog-accounts")
        grant = dialog.open_grant()
        self.fill_in_grant(window, grant)
        self.save(grant, "dialog-bevoegdheid")
        grant.close()
        dialog.close()

    def correspondence(self, window) -> None:
        """Beheer → Persmeldingen (the demo's report selected), and the personnel file of
        the demo's employee with an entry, opened past its confidentiality notice."""
        from korre_desktop.services.dossier import list_dossier
        from korre_desktop.services.entry import employees_to_choose

        actions = window.correspondence_actions
        reports = actions.open_press_reports()
        reports.resize(1180, 420)
        reports.ui.table.selectRow(0)
        self.save(reports, "dialog-persmeldingen")
        reports.close()
        notice = actions.open_dossier()
        notice.continue_button.click()
        dossier = actions.current_dialog
        dossier.resize(1180, 460)
        store = window.context.store
        employee = next(
            choice for choice in employees_to_choose(store, DAY) if list_dossier(store, choice.id)
        )
        dossier.ui.employee.pick(employee)
        dossier.ui.table.selectRow(0)
        self.save(dossier, "dialog-personeelsdossier")
        dossier.close()

    def fill_in_grant(self, window, grant) -> None:
        """A teacher, management granting it, a note and the director's e-mail as evidence."""
        from email.message import EmailMessage

        from korre_desktop.services.entry import people_to_choose

        store = window.context.store
        teacher = next(
            c
            for c in people_to_choose(store, DAY)
            if c.kind == "employee" and c.id not in {grant.ui.grantedBy.itemData(0)}
        )
        grant.ui.person.pick(teacher)
        grant.ui.grantedBy.setCurrentIndex(0)
        grant.ui.note.setText("Berichten over activiteiten en vieringen")
        message = EmailMessage()
        message["From"] = "Directie <directie@dekorre.example>"
        message["To"] = f"{teacher.name} <medewerker@dekorre.example>"
        message["Subject"] = "Bevoegdheid Instagram"
        message["Date"] = "Mon, 16 Nov 2026 09:15:00 +0100"
        message.set_content("Akkoord: je mag voor ons Instagram-account posten.")
        mail = self.folder / "bevoegdheid-instagram.eml"
        mail.write_bytes(message.as_bytes())
        grant.ui.evidence.load_file(mail)
        self.wait(grant.ui.evidence.is_busy)

    def first_run_start(self, window) -> None:
        """The first start's last step: import, demo data or empty."""
        from korre_desktop.gui.dialogs.first_run import START, FirstRunWizard

        wizard = FirstRunWizard()
        wizard.ui.folder.setText(str(self.folder / "nieuw"))
        wizard.check_folder()
        wizard._show_page(START)  # the folder is checked; step 3 as the office sees it
        self.dialog(wizard, "dialog-eerste-start-beginnen", None)

    def first_run_server(self, window) -> None:
        """Step 2 on the foundation's server, after "Verbinden" found an empty database (as
        the office sees it on a PC with a keychain; no server needed for the picture)."""
        from korre_desktop.gui import server_words
        from korre_desktop.gui.dialogs.first_run import (
            FOLDER,
            FOUND_STYLE,
            FirstRunWizard,
            show_text,
        )
        from korre_desktop.services import server_login

        wizard = FirstRunWizard()
        wizard._show_page(FOLDER)
        ui = wizard.ui
        ui.serverChoice.setChecked(True)
        ui.host.setText("db.stichting.nl")
        ui.databaseName.setText("korre")
        ui.userName.setText("j.jansen")
        ui.password.setText("voorbeeld")
        ui.rememberPassword.setEnabled(True)
        ui.rememberPassword.setChecked(True)
        show_text(ui.keyringNote, "")
        fields, _problems = wizard.server_fields()
        wizard._server_fields = fields
        wizard.server_found = server_login.EMPTY
        wizard._show_status(server_words.found_text(server_login.EMPTY, fields), FOUND_STYLE)
        wizard._update_buttons()
        ui.nextButton.setFocus()  # where a connection that found something puts it
        self.dialog(wizard, "dialog-eerste-start-server", None)

    def printed(self, window) -> None:
        """Page 1 of a printed no-photo list and of a printed consent form, as pictures."""
        from korre_desktop.services.forms import Selection, print_forms
        from korre_desktop.services.pdf.no_photo import no_photo_pdf
        from korre_desktop.services.pdf.raster import render_pages
        from korre_desktop.services.pdf.selection import ClassesSelection

        store = window.context.store
        school, klass = TRIP_CLASS
        lists = self.folder / "geen-foto.pdf"
        no_photo_pdf(store, ClassesSelection((klass,), school), DAY, lists)
        forms = self.folder / "formulieren.pdf"
        print_forms(store, "consent", Selection.of_class(klass, school), DAY, forms)
        for pdf, name in (
            (lists, "afdruk-lijst-geen-foto"),
            (forms, "afdruk-toestemmingsformulier"),
        ):
            first = next(render_pages(pdf.read_bytes(), 110))
            path = self.out / f"{name}.png"
            first.save(path, optimize=True)
            self._written(path)


if __name__ == "__main__":
    main()
