"""The account and authorisation dialogs: each saves through its service, and what the
service refuses is shown beside its field in Dutch with nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from korre_desktop.domain.authorisation import Scope
from korre_desktop.gui.context import AppContext
from korre_desktop.gui.dialogs.account_dialog import AccountDialog
from korre_desktop.gui.dialogs.accounts_dialog import NOBODY_COLOUR, AccountsDialog
from korre_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog
from korre_desktop.gui.dialogs.document_viewer import DocumentViewer
from korre_desktop.gui.dialogs.end_dialogs import EndAccountDialog, WithdrawAuthorisationDialog
from korre_desktop.gui.dialogs.message_viewer import MessageViewer
from korre_desktop.gui.stored_document import open_stored_document
from korre_desktop.gui.widgets.document_field import DocumentField
from korre_desktop.services.accounts import (
    AccountInput,
    add_account,
    end_account,
    get_account,
    list_accounts,
)
from korre_desktop.services.authorisations import (
    AuthorisationInput,
    PersonRef,
    add_authorisation,
    get_authorisation,
)
from korre_desktop.services.entry import people_to_choose
from korre_desktop.store import Store
from tests.gui.conftest import make_context
from tests.services.evidence.samples import reportlab_pdf
from tests.services.protocol_people import TODAY, Foundation, build_foundation, eml_bytes, msg_bytes


@pytest.fixture
def foundation(store: Store) -> Foundation:
    return build_foundation(store)


@pytest.fixture
def context(store: Store, foundation: Foundation, settings, dutch) -> Iterator[AppContext]:
    made = make_context(store, settings, TODAY)
    yield made
    made.jobs.cancel_all()
    made.jobs.wait()


def count(store: Store, table: str) -> int:
    return store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def account(store: Store, school: int | None, name: str = "@obsdelinde") -> int:
    data = AccountInput(platform="instagram", name=name, school_id=school)
    return add_account(store, data, today=TODAY)


def choice(store: Store, kind: str, person_id: int):
    return next(c for c in people_to_choose(store, TODAY) if (c.kind, c.id) == (kind, person_id))


def opened(qtbot, dialog):
    """On screen, as the user has it (a message shows beside a visible field only)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown(dialog) -> dict[str, str]:
    """The problems on screen: field -> message ("" for those above the form)."""
    return dialog.problems_shown()


# -- the account form -------------------------------------------------------------------------


def test_a_new_account_is_saved_through_the_service(qtbot, context, foundation):
    dialog = opened(qtbot, AccountDialog(context))
    ui = dialog.ui
    assert dialog.windowTitle() == "Nieuw account"
    assert ui.platform.itemText(ui.platform.findData("whatsapp_group")) == "WhatsApp-groep"
    assert ui.owner.itemText(0) == "Stichting"
    assert [ui.permissionBy.itemText(i) for i in range(ui.permissionBy.count())] == [
        "onbekend",
        "Bea Bos (Bestuurder)",
        "Dirk de Wit (Directeur)",
    ]
    ui.platform.setCurrentIndex(ui.platform.findData("facebook"))
    ui.name.setText("  OBS De Linde  ")
    ui.link.setText("https://facebook.example/linde")
    ui.owner.setCurrentIndex(ui.owner.findData(foundation.school))
    ui.createdOn.setText("3-9-25")
    ui.permissionBy.setCurrentIndex(ui.permissionBy.findData(foundation.director))
    ui.note.setText("Voor de ouders")
    dialog.accept()
    assert shown(dialog) == {}
    saved = get_account(context.store, dialog.saved_id)
    assert (saved.platform, saved.name, saved.school_id) == (
        "facebook",
        "OBS De Linde",
        foundation.school,
    )
    assert saved.created_on == date(2025, 9, 3)
    assert saved.permission_by_employee_id == foundation.director
    assert (saved.link, saved.note) == ("https://facebook.example/linde", "Voor de ouders")


def test_permission_from_someone_not_management_is_refused_beside_the_field(
    qtbot, context, foundation
):
    dialog = opened(qtbot, AccountDialog(context))
    ui = dialog.ui
    # Only management is offered; someone else (chosen before their function changed, say)
    # is refused by the service.
    ui.permissionBy.addItem("Tom Visser", foundation.teacher)
    ui.permissionBy.setCurrentIndex(ui.permissionBy.count() - 1)
    ui.name.setText("@obsdelinde")
    ui.createdOn.setText("01-01-2027")
    dialog.accept()
    problems = shown(dialog)
    assert problems == {
        "created_on": "Deze datum kan niet in de toekomst liggen.",
        "permission_by_employee_id": (
            "Tom Visser (Leerkracht) hoort niet bij de directie; alleen de directie kan dit geven."
        ),
    }
    assert count(context.store, "accounts") == 0
    # Changing the field clears its message; the other stays until it is fixed.
    ui.permissionBy.setCurrentIndex(0)
    assert ui.permissionByError.isHidden()
    assert not ui.createdOnError.isHidden()
    ui.createdOn.setText("01-01-2026")
    dialog.accept()
    assert shown(dialog) == {} and count(context.store, "accounts") == 1


def test_the_same_account_twice_is_refused_under_its_name(qtbot, context, foundation):
    account(context.store, foundation.school)
    dialog = opened(qtbot, AccountDialog(context))
    ui = dialog.ui
    ui.name.setText("@ObsDeLinde")
    ui.owner.setCurrentIndex(ui.owner.findData(foundation.school))
    dialog.accept()
    assert shown(dialog) == {"name": "Het account Instagram · @ObsDeLinde staat er al in."}
    assert count(context.store, "accounts") == 1


def test_editing_an_account_changes_its_name_link_and_note_only(qtbot, context, foundation):
    account_id = account(context.store, foundation.school)
    dialog = opened(qtbot, AccountDialog(context, account_id))
    ui = dialog.ui
    assert dialog.windowTitle() == "Account wijzigen"
    assert not ui.platform.isEnabled() and not ui.owner.isEnabled()
    assert ui.owner.currentData() == foundation.school
    ui.name.setText("@delinde")
    ui.note.setText("Nieuwe naam sinds november")
    dialog.accept()
    saved = get_account(context.store, account_id)
    assert (saved.name, saved.note, saved.platform) == (
        "@delinde",
        "Nieuwe naam sinds november",
        "instagram",
    )


# -- the list of accounts -----------------------------------------------------------------------


def test_the_accounts_list_counts_who_may_post_and_marks_nobody(qtbot, context, foundation):
    store = context.store
    covered = account(store, foundation.school)
    uncovered = account(store, foundation.other_school, "@hetkompas")
    add_authorisation(
        store,
        AuthorisationInput(
            person=PersonRef("employee", foundation.teacher),
            scope=Scope.ACCOUNT,
            account_id=covered,
            valid_from="01-09-2026",
            granted_by_employee_id=foundation.director,
        ),
    )
    dialog = opened(qtbot, AccountsDialog(context))
    model = dialog.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Platform",
        "Naam/handle",
        "Link",
        "School",
        "Aangemaakt op",
        "Toestemming van",
        "Beëindigd op",
        "Bevoegd vandaag",
    ]
    rows = {model.person(r).id: r for r in range(model.rowCount())}
    last = model.columnCount() - 1
    assert model.index(rows[covered], last).data() == "1"
    assert model.index(rows[uncovered], last).data() == "niemand"
    assert model.index(rows[uncovered], last).data(Qt.ItemDataRole.BackgroundRole) == NOBODY_COLOUR
    assert model.index(rows[uncovered], 3).data() == "CBS Het Kompas"
    # Nothing selected: only a new account can be made.
    assert dialog.ui.newAccount.isEnabled() and not dialog.ui.end.isEnabled()


def test_ending_an_account_is_one_action_and_it_stays_on_record(qtbot, context, foundation):
    store = context.store
    account_id = account(store, None, "@stichting")
    dialog = opened(qtbot, AccountsDialog(context))
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    assert dialog.select(account_id)
    end = dialog.open_end()
    assert isinstance(end, EndAccountDialog)
    assert end.windowTitle() == "Account beëindigen"
    assert end.ui.day.text() == "24-11-2026" and end.ui.note.isHidden()
    end.ui.day.setText("01-01-2027")
    end.accept()
    assert shown(end) == {"ended_on": "Deze datum kan niet in de toekomst liggen."}
    end.ui.day.setText("20-11-2026")
    end.accept()
    assert get_account(store, account_id).ended_on == date(2026, 11, 20)
    assert changed == [True]
    assert dialog.model.rowCount() == 0  # ended: not shown ...
    dialog.ui.includeEnded.setChecked(True)  # ... unless asked for
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 6).data() == "20-11-2026"
    assert dialog.select(account_id) and not dialog.ui.end.isEnabled()
    assert not dialog.ui.grant.isEnabled()


def test_granting_from_the_accounts_list_chooses_that_account(qtbot, context, foundation):
    store = context.store
    account(store, None, "@stichting")
    chosen = account(store, foundation.school)
    dialog = opened(qtbot, AccountsDialog(context))
    dialog.select(chosen)
    grant = dialog.open_grant()
    assert grant.ui.accountScope.isChecked() and grant.ui.account.currentData() == chosen
    grant.ui.person.pick(choice(store, "employee", foundation.teacher))
    grant.ui.grantedBy.setCurrentIndex(grant.ui.grantedBy.findData(foundation.director))
    grant.accept()
    assert grant.saved_id is not None
    last = dialog.model.columnCount() - 1
    assert dialog.model.index(dialog.model.row_of("account", chosen), last).data() == "1"


# -- granting ----------------------------------------------------------------------------------


def grant_dialog(qtbot, context, **kwargs) -> AuthorisationDialog:
    return opened(qtbot, AuthorisationDialog(context, **kwargs))


def test_an_authorisation_with_an_email_as_evidence(qtbot, context, foundation, tmp_path):
    store = context.store
    dialog = grant_dialog(qtbot, context)
    ui = dialog.ui
    assert dialog.windowTitle() == "Bevoegdheid geven"
    assert not ui.account.count() and ui.schoolScope.isChecked()  # no account on record yet
    ui.person.pick(choice(store, "student", foundation.student))
    ui.school.setCurrentIndex(ui.school.findData(foundation.school))
    ui.validFrom.setText("1-12-26")
    ui.validUntil.setText("31-07-2027")
    ui.grantedBy.setCurrentIndex(ui.grantedBy.findData(foundation.director))
    ui.note.setText("Leerlingenraad")
    mail = tmp_path / "toestemming.eml"
    mail.write_bytes(eml_bytes())
    ui.evidence.load_file(mail)
    qtbot.waitUntil(lambda: not ui.evidence.is_busy(), timeout=10_000)
    assert ui.evidence.shown.text() == "toestemming.eml · e-mail"
    dialog.accept()
    assert shown(dialog) == {}
    row = get_authorisation(store, dialog.saved_id)
    assert row.person == PersonRef("student", foundation.student)
    assert (row.scope, row.school_id) == (Scope.SCHOOL, foundation.school)
    assert (row.valid_from, row.valid_until) == (date(2026, 12, 1), date(2027, 7, 31))
    assert (row.granted_by_employee_id, row.note) == (foundation.director, "Leerlingenraad")
    assert row.evidence_name == "toestemming.eml"
    assert store.blob(row.evidence_sha256) == eml_bytes()
    assert store.blob_mime(row.evidence_sha256) == "message/rfc822"


def test_a_granter_who_is_not_management_is_refused_in_dutch_and_nothing_is_stored(
    qtbot, context, foundation
):
    store = context.store
    dialog = grant_dialog(qtbot, context)
    ui = dialog.ui
    assert ui.grantedBy.currentIndex() == -1  # chosen on purpose, never by default
    dialog.accept()
    assert shown(dialog) == {
        "person": "Kies de persoon.",
        "granted_by_employee_id": "Kies wie van de directie de bevoegdheid verleent.",
    }
    ui.person.pick(choice(store, "employee", foundation.unsigned_teacher))
    assert ui.personError.isHidden()  # fixed: its message goes
    ui.foundationScope.setChecked(True)
    ui.grantedBy.addItem("Tom Visser", foundation.teacher)  # not management
    ui.grantedBy.setCurrentIndex(ui.grantedBy.count() - 1)
    dialog.accept()
    assert shown(dialog) == {
        "granted_by_employee_id": (
            "Tom Visser (Leerkracht) hoort niet bij de directie; alleen de directie kan dit geven."
        )
    }
    assert not ui.grantedByError.isHidden() and dialog.saved_id is None
    assert count(store, "authorisations") == 0
    # The director cannot authorise themselves either.
    ui.person.pick(choice(store, "employee", foundation.director))
    ui.grantedBy.setCurrentIndex(ui.grantedBy.findData(foundation.director))
    dialog.accept()
    assert shown(dialog) == {
        "granted_by_employee_id": "Dirk de Wit kan zichzelf geen bevoegdheid verlenen."
    }
    assert count(store, "authorisations") == 0
    ui.grantedBy.setCurrentIndex(ui.grantedBy.findData(foundation.board))
    dialog.accept()
    assert shown(dialog) == {} and count(store, "authorisations") == 1


def test_dates_and_an_ended_account_are_refused_beside_their_fields(qtbot, context, foundation):
    store = context.store
    ended = account(store, foundation.school)
    dialog = grant_dialog(qtbot, context, account_id=ended)
    end_account(store, ended, "01-11-2026", today=TODAY)
    ui = dialog.ui
    ui.person.pick(choice(store, "employee", foundation.teacher))
    ui.grantedBy.setCurrentIndex(ui.grantedBy.findData(foundation.director))
    ui.validUntil.setText("01-01-2026")
    dialog.accept()
    assert shown(dialog) == {
        "account_id": (
            "Het account @obsdelinde is beëindigd op 01-11-2026: kies een ander account of een "
            "eerdere begindatum."
        ),
        "valid_until": "Deze datum kan niet vóór 24-11-2026 liggen.",
    }
    assert count(store, "authorisations") == 0


def test_a_file_that_cannot_be_kept_is_refused_in_dutch_beside_the_evidence(
    qtbot, context, tmp_path
):
    dialog = grant_dialog(qtbot, context)
    field = dialog.ui.evidence
    fake = tmp_path / "brief.eml"
    fake.write_text("Dit is gewoon tekst.", encoding="utf-8")
    field.load_file(fake)
    qtbot.waitUntil(lambda: not field.is_busy(), timeout=10_000)
    assert field.problem() == "Het bestand heet .eml, maar is geen e-mail."
    assert field.document() is None
    outlook = tmp_path / "brief.msg"
    outlook.write_bytes(msg_bytes())
    field.load_file(outlook)
    qtbot.waitUntil(lambda: not field.is_busy(), timeout=10_000)
    assert field.problem().startswith("Een Outlook-e-mail (.msg) kan hier niet worden bewaard")
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(reportlab_pdf(2))
    field.load_file(letter)
    qtbot.waitUntil(lambda: not field.is_busy(), timeout=10_000)
    assert field.problem() == "" and field.shown.text() == "brief.pdf · pdf, 2 pagina's"
    field.remove.click()
    assert field.document() is None


def test_the_document_field_takes_outlook_messages_where_allowed(qtbot, tmp_path, dutch):
    field = DocumentField(outlook=True)
    qtbot.addWidget(field)
    outlook = tmp_path / "brief.msg"
    outlook.write_bytes(msg_bytes())
    field.load_file(outlook)  # no job runner: read at once
    assert field.document() is not None and field.shown.text() == "brief.msg · e-mail"


# -- withdrawing ---------------------------------------------------------------------------------


def test_withdrawing_is_one_action_and_the_authorisation_stays(qtbot, context, foundation):
    store = context.store
    authorisation_id = add_authorisation(
        store,
        AuthorisationInput(
            person=PersonRef("employee", foundation.teacher),
            scope=Scope.FOUNDATION,
            valid_from="01-09-2026",
            granted_by_employee_id=foundation.director,
        ),
    )
    dialog = opened(qtbot, WithdrawAuthorisationDialog(context, authorisation_id))
    assert dialog.windowTitle() == "Bevoegdheid intrekken"
    assert "Tom Visser mag vanaf deze datum niet meer posten voor Stichting, algemeen." in (
        dialog.ui.explanation.text()
    )
    dialog.ui.day.setText("01-08-2026")
    dialog.accept()
    assert shown(dialog) == {"withdrawn_on": "Deze datum kan niet vóór 01-09-2026 liggen."}
    assert count(store, "authorisation_withdrawals") == 0
    dialog.ui.day.setText("20-11-2026")
    dialog.ui.note.setText("Uit het team")
    dialog.accept()
    row = get_authorisation(store, authorisation_id)
    assert (row.withdrawn_on, row.withdrawal_note) == (date(2026, 11, 20), "Uit het team")
    assert count(store, "authorisations") == 1
    again = opened(qtbot, WithdrawAuthorisationDialog(context, authorisation_id))
    again.accept()
    assert shown(again) == {"": "Deze bevoegdheid is al ingetrokken op 20-11-2026."}


# -- opening stored documents ----------------------------------------------------------------------


def test_stored_documents_open_through_one_function(qtbot, context, monkeypatch):
    store = context.store
    with store.transaction():
        pdf = store.put_blob(reportlab_pdf(1), "application/pdf")
        mail = store.put_blob(eml_bytes(), "message/rfc822")
    parent = opened(qtbot, AccountsDialog(context))
    viewer = open_stored_document(parent, context, pdf, "brief.pdf")
    assert isinstance(viewer, DocumentViewer) and viewer.windowTitle() == "brief.pdf"
    qtbot.waitUntil(lambda: not viewer._pixmap.isNull(), timeout=20_000)
    viewer.close()
    message = open_stored_document(parent, context, mail, "toestemming.eml")
    assert isinstance(message, MessageViewer)
    message.close()
    assert open_stored_document(parent, context, "0" * 64, "weg.pdf") is None


def test_no_accounts_is_a_normal_state(qtbot, context):
    dialog = opened(qtbot, AccountsDialog(context))
    assert dialog.model.rowCount() == 0 and list_accounts(context.store) == []
    assert dialog.open_edit() is None and dialog.open_end() is None and dialog.open_grant() is None


def test_the_dialogs_fit_a_small_screen(qtbot, context, foundation):
    for dialog in (opened(qtbot, AccountDialog(context)), grant_dialog(qtbot, context)):
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 960 and hint.height() <= 540, type(dialog).__name__


def test_enter_in_a_list_window_opens_no_new_form(qtbot, context):
    """Enter after saving (the list has focus) must not open the next empty form: no
    button of a list window is the default one."""
    dialog = opened(qtbot, AccountsDialog(context))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.current_dialog is None or not dialog.current_dialog.isVisible()
    assert dialog.isVisible()
