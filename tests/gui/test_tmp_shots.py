from pathlib import Path

OUT = Path("/tmp/polish_shots")
OUT.mkdir(exist_ok=True)


def test_shots(qtbot, window):
    d = window.enter_consent()
    qtbot.waitExposed(d)
    print(
        "consent entry",
        d.size(),
        d.minimumSizeHint(),
        d.ui.grid.minimumWidth(),
        d.ui.evidence.minimumSizeHint(),
    )
    d.grab().save(str(OUT / "consent_entry.png"))
    d.close()
    d = window.forms_actions.open_dialog("consent")
    qtbot.waitExposed(d)
    print("forms", d.size(), d.minimumSizeHint())
    d.grab().save(str(OUT / "print_forms.png"))
    d.close()
    d = window.withdraw()
    qtbot.waitExposed(d)
    d.ui.withdrawnOn.setText("31-02-2026")
    d.ui.withdrawnOn.read()
    d.grab().save(str(OUT / "withdraw.png"))
    d.close()
    window.ui.tabs.setCurrentWidget(window.consent_tab)
    from tests.gui.conftest import wait_loaded

    wait_loaded(qtbot, window.consent_tab)
    window.consent_tab.ui.date.setText("31-02-2026")
    window.consent_tab.ui.date.editingFinished.emit()
    window.resize(1366, 768)
    window.grab().save(str(OUT / "consent_tab.png"))


def test_grid(qtbot, window):
    d = window.enter_consent()
    qtbot.waitExposed(d)
    g = d.ui.grid
    m = g.horizontalHeader().fontMetrics()
    for c in range(g.columnCount()):
        t = g.horizontalHeaderItem(c).text()
        print(repr(t), [m.horizontalAdvance(l) for l in t.split("\n")])
    print("side", g.verticalHeader().sizeHint().width(), "min", g.minimumWidth())
    lay = d.ui.form
    print(
        "label col",
        max(
            lay.itemAt(r, lay.ItemRole.LabelRole).widget().sizeHint().width()
            for r in range(lay.rowCount())
            if lay.itemAt(r, lay.ItemRole.LabelRole)
        ),
    )
    print(
        "person",
        d.ui.person.minimumSizeHint(),
        "signer",
        d.ui.signer.minimumSizeHint(),
        "hint",
        d.ui.keysHint.minimumSizeHint(),
    )
    print("evidence", d.ui.evidence.minimumSizeHint(), d.ui.evidence.minimumWidth())
    d.close()
