# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableWidgetItem, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.answer_grid import AnswerGrid
from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.evidence_panel import EvidencePanel
from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_ConsentEntryDialog(object):
    def setupUi(self, ConsentEntryDialog):
        if not ConsentEntryDialog.objectName():
            ConsentEntryDialog.setObjectName(u"ConsentEntryDialog")
        ConsentEntryDialog.resize(960, 600)
        self.layout = QVBoxLayout(ConsentEntryDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.personLabel = QLabel(ConsentEntryDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = PersonPicker(ConsentEntryDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.signerLabel = QLabel(ConsentEntryDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QComboBox(ConsentEntryDialog)
        self.signer.setObjectName(u"signer")
        self.signer.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.signer.setMinimumSize(QSize(320, 0))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer)

        self.dateLabel = QLabel(ConsentEntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.signedDateRow = QHBoxLayout()
        self.signedDateRow.setObjectName(u"signedDateRow")
        self.signedDate = DateField(ConsentEntryDialog)
        self.signedDate.setObjectName(u"signedDate")
        self.signedDate.setMaximumWidth(140)

        self.signedDateRow.addWidget(self.signedDate)

        self.signedDateError = QLabel(ConsentEntryDialog)
        self.signedDateError.setObjectName(u"signedDateError")
        self.signedDateError.setText(u"")
        self.signedDateError.setWordWrap(True)

        self.signedDateRow.addWidget(self.signedDateError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.signedDateRow)

        self.formLabel = QLabel(ConsentEntryDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formVersion = QComboBox(ConsentEntryDialog)
        self.formVersion.setObjectName(u"formVersion")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formVersion)

        self.gridLabel = QLabel(ConsentEntryDialog)
        self.gridLabel.setObjectName(u"gridLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gridLabel)

        self.grid = AnswerGrid(ConsentEntryDialog)
        self.grid.setObjectName(u"grid")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.grid)

        self.keysHint = QLabel(ConsentEntryDialog)
        self.keysHint.setObjectName(u"keysHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.keysHint.sizePolicy().hasHeightForWidth())
        self.keysHint.setSizePolicy(sizePolicy)
        self.keysHint.setWordWrap(True)
        self.keysHint.setStyleSheet(u"color: #555")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keysHint)

        self.noteLabel = QLabel(ConsentEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(ConsentEntryDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.leftColumn.addLayout(self.form)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.evidence = EvidencePanel(ConsentEntryDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setMinimumSize(QSize(210, 0))

        self.columns.addWidget(self.evidence)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.layout.addLayout(self.columns)

        self.message = QLabel(ConsentEntryDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ConsentEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.signerLabel.setBuddy(self.signer)
        self.dateLabel.setBuddy(self.signedDate)
        self.formLabel.setBuddy(self.formVersion)
        self.gridLabel.setBuddy(self.grid)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.signer)
        QWidget.setTabOrder(self.signer, self.signedDate)
        QWidget.setTabOrder(self.signedDate, self.formVersion)
        QWidget.setTabOrder(self.formVersion, self.grid)
        QWidget.setTabOrder(self.grid, self.note)

        self.retranslateUi(ConsentEntryDialog)

        QMetaObject.connectSlotsByName(ConsentEntryDialog)
    # setupUi

    def retranslateUi(self, ConsentEntryDialog):
        ConsentEntryDialog.setWindowTitle(QCoreApplication.translate("ConsentEntryDialog", u"Enter consent form", None))
        self.personLabel.setText(QCoreApplication.translate("ConsentEntryDialog", u"&Person:", None))
        self.signerLabel.setText(QCoreApplication.translate("ConsentEntryDialog", u"Signed &by:", None))
        self.dateLabel.setText(QCoreApplication.translate("ConsentEntryDialog", u"Signed &on:", None))
        self.formLabel.setText(QCoreApplication.translate("ConsentEntryDialog", u"&Form version:", None))
        self.gridLabel.setText(QCoreApplication.translate("ConsentEntryDialog", u"&Answers:", None))
        self.keysHint.setText(QCoreApplication.translate("ConsentEntryDialog", u"J yes \u00b7 N no \u00b7 Space toggles \u00b7 Delete clears \u00b7 Shift+J/N whole row \u00b7 Ctrl+J/N whole column \u00b7 Ctrl+Shift+J/N everything \u00b7 Enter saves and starts the next form", None))
        self.noteLabel.setText(QCoreApplication.translate("ConsentEntryDialog", u"No&te:", None))
    # retranslateUi

