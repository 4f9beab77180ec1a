"""The access request with real logins on a server: the office answers it for the people
of its own schools (without the access log, which only the beheerder and the privacy
officer read); other roles are refused, on the command line in one line."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from korre_desktop.errors import NotAllowedError
from korre_desktop.services import access_log
from korre_desktop.services.access_request import OMITTED_ACCESS_LOG, PersonNotFoundError
from korre_desktop.services.access_request_export import export_access_request
from korre_desktop.store import Store
from tests.test_cli import _assert_one_line_error, _run
from tests.test_roles_server import Foundation, foundation  # noqa: F401 (the fixture)

pytestmark = pytest.mark.server_only

DAY = date(2026, 11, 20)


def test_the_office_answers_for_its_own_school_only(foundation: Foundation, tmp_path) -> None:  # noqa: F811
    with Store.open(foundation.as_("rol_kantoor_linde")) as store:
        result = export_access_request(
            store, "student", foundation.ids["a1"], tmp_path / "a1.zip", DAY
        )
        with zipfile.ZipFile(result.path) as archive:
            data = json.loads(archive.read("gegevens.json"))
        assert data["number"] == "A1" and len(data["statements"]) == 1
        assert data["omitted"] == [OMITTED_ACCESS_LOG] and data["changes"]
        assert "Bram" not in json.dumps(data)  # the other child of the class
        with pytest.raises(PersonNotFoundError):  # another school's child: not even seen
            export_access_request(store, "student", foundation.ids["b1"], tmp_path / "b1.zip", DAY)
        assert not (tmp_path / "b1.zip").exists()
    with Store.open(foundation.url) as store:
        entry = access_log.entries(store, action=access_log.EXPORT, user="rol_kantoor_linde")[0]
        assert entry.person_refs == (f"student:{foundation.ids['a1']}",)


def test_management_and_teachers_are_refused(foundation: Foundation, tmp_path, capsys) -> None:  # noqa: F811
    with (
        Store.open(foundation.as_("rol_directeur")) as store,
        pytest.raises(NotAllowedError, match="not allowed as directie"),
    ):
        export_access_request(store, "student", foundation.ids["a1"], tmp_path / "x.zip", DAY)
    code, out, err = _run(
        capsys, "--db", foundation.url, "--user", "rol_juf", "person", "export",
        "--student", "A1", "-o", str(tmp_path / "x.zip"),
    )  # fmt: skip
    assert code == 2 and out == ""
    _assert_one_line_error(err, "not allowed as leerkracht")
    assert not (tmp_path / "x.zip").exists()
