# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'protocol_entry_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.evidence_panel import EvidencePanel
from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_ProtocolEntryDialog(object):
    def setupUi(self, ProtocolEntryDialog):
        if not ProtocolEntryDialog.objectName():
            ProtocolEntryDialog.setObjectName(u"ProtocolEntryDialog")
        ProtocolEntryDialog.resize(980, 560)
        self.layout = QVBoxLayout(ProtocolEntryDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.personLabel = QLabel(ProtocolEntryDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = PersonPicker(ProtocolEntryDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.versionLabel = QLabel(ProtocolEntryDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.version = QComboBox(ProtocolEntryDialog)
        self.version.setObjectName(u"version")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.version)

        self.placeLabel = QLabel(ProtocolEntryDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(ProtocolEntryDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.dateLabel = QLabel(ProtocolEntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.signedDateRow = QHBoxLayout()
        self.signedDateRow.setObjectName(u"signedDateRow")
        self.signedDate = DateField(ProtocolEntryDialog)
        self.signedDate.setObjectName(u"signedDate")
        self.signedDate.setMaximumWidth(140)

        self.signedDateRow.addWidget(self.signedDate)

        self.signedDateError = QLabel(ProtocolEntryDialog)
        self.signedDateError.setObjectName(u"signedDateError")
        self.signedDateError.setText(u"")
        self.signedDateError.setWordWrap(True)

        self.signedDateRow.addWidget(self.signedDateError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.signedDateRow)

        self.noteLabel = QLabel(ProtocolEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(ProtocolEntryDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.leftColumn.addLayout(self.form)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.evidence = EvidencePanel(ProtocolEntryDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setMinimumSize(QSize(320, 0))

        self.columns.addWidget(self.evidence)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.layout.addLayout(self.columns)

        self.message = QLabel(ProtocolEntryDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ProtocolEntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.versionLabel.setBuddy(self.version)
        self.placeLabel.setBuddy(self.place)
        self.dateLabel.setBuddy(self.signedDate)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.version)
        QWidget.setTabOrder(self.version, self.place)
        QWidget.setTabOrder(self.place, self.signedDate)
        QWidget.setTabOrder(self.signedDate, self.note)

        self.retranslateUi(ProtocolEntryDialog)

        QMetaObject.connectSlotsByName(ProtocolEntryDialog)
    # setupUi

    def retranslateUi(self, ProtocolEntryDialog):
        ProtocolEntryDialog.setWindowTitle(QCoreApplication.translate("ProtocolEntryDialog", u"Enter signed protocol", None))
        self.personLabel.setText(QCoreApplication.translate("ProtocolEntryDialog", u"&Person:", None))
        self.versionLabel.setText(QCoreApplication.translate("ProtocolEntryDialog", u"Protocol &version:", None))
        self.placeLabel.setText(QCoreApplication.translate("ProtocolEntryDialog", u"P&lace:", None))
        self.dateLabel.setText(QCoreApplication.translate("ProtocolEntryDialog", u"Signed &on:", None))
        self.noteLabel.setText(QCoreApplication.translate("ProtocolEntryDialog", u"No&te:", None))
    # retranslateUi

