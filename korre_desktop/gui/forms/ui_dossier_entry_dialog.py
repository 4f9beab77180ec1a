# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.document_field import DocumentField

class Ui_DossierEntryDialog(object):
    def setupUi(self, DossierEntryDialog):
        if not DossierEntryDialog.objectName():
            DossierEntryDialog.setObjectName(u"DossierEntryDialog")
        DossierEntryDialog.resize(680, 10)
        self.layout = QVBoxLayout(DossierEntryDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(DossierEntryDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.generalError = QLabel(DossierEntryDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.employeeLabel = QLabel(DossierEntryDialog)
        self.employeeLabel.setObjectName(u"employeeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeLabel)

        self.employeeBox = QVBoxLayout()
        self.employeeBox.setSpacing(2)
        self.employeeBox.setObjectName(u"employeeBox")
        self.employee = QLabel(DossierEntryDialog)
        self.employee.setObjectName(u"employee")
        self.employee.setText(u"")
        self.employee.setTextFormat(Qt.PlainText)

        self.employeeBox.addWidget(self.employee)

        self.employeeError = QLabel(DossierEntryDialog)
        self.employeeError.setObjectName(u"employeeError")
        self.employeeError.setText(u"")
        self.employeeError.setWordWrap(True)

        self.employeeBox.addWidget(self.employeeError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.employeeBox)

        self.correctsLabel = QLabel(DossierEntryDialog)
        self.correctsLabel.setObjectName(u"correctsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.correctsLabel)

        self.correctsBox = QVBoxLayout()
        self.correctsBox.setSpacing(2)
        self.correctsBox.setObjectName(u"correctsBox")
        self.corrects = QLabel(DossierEntryDialog)
        self.corrects.setObjectName(u"corrects")
        self.corrects.setText(u"")
        self.corrects.setTextFormat(Qt.PlainText)
        self.corrects.setWordWrap(True)

        self.correctsBox.addWidget(self.corrects)

        self.correctsError = QLabel(DossierEntryDialog)
        self.correctsError.setObjectName(u"correctsError")
        self.correctsError.setText(u"")
        self.correctsError.setWordWrap(True)

        self.correctsBox.addWidget(self.correctsError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.correctsBox)

        self.entryDateLabel = QLabel(DossierEntryDialog)
        self.entryDateLabel.setObjectName(u"entryDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.entryDateLabel)

        self.entryDateBox = QVBoxLayout()
        self.entryDateBox.setSpacing(2)
        self.entryDateBox.setObjectName(u"entryDateBox")
        self.entryDate = DateField(DossierEntryDialog)
        self.entryDate.setObjectName(u"entryDate")
        self.entryDate.setMinimumWidth(140)
        self.entryDate.setMaximumWidth(140)

        self.entryDateBox.addWidget(self.entryDate, 0, Qt.AlignLeft)

        self.entryDateError = QLabel(DossierEntryDialog)
        self.entryDateError.setObjectName(u"entryDateError")
        self.entryDateError.setText(u"")
        self.entryDateError.setWordWrap(True)

        self.entryDateBox.addWidget(self.entryDateError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.entryDateBox)

        self.subjectLabel = QLabel(DossierEntryDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectBox = QVBoxLayout()
        self.subjectBox.setSpacing(2)
        self.subjectBox.setObjectName(u"subjectBox")
        self.subject = QLineEdit(DossierEntryDialog)
        self.subject.setObjectName(u"subject")

        self.subjectBox.addWidget(self.subject)

        self.subjectError = QLabel(DossierEntryDialog)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setText(u"")
        self.subjectError.setWordWrap(True)

        self.subjectBox.addWidget(self.subjectError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.subjectBox)

        self.directionLabel = QLabel(DossierEntryDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionBox = QVBoxLayout()
        self.directionBox.setSpacing(2)
        self.directionBox.setObjectName(u"directionBox")
        self.directionRow = QHBoxLayout()
        self.directionRow.setObjectName(u"directionRow")
        self.received = QRadioButton(DossierEntryDialog)
        self.received.setObjectName(u"received")

        self.directionRow.addWidget(self.received)

        self.sent = QRadioButton(DossierEntryDialog)
        self.sent.setObjectName(u"sent")

        self.directionRow.addWidget(self.sent)

        self.directionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.directionRow.addItem(self.directionSpacer)


        self.directionBox.addLayout(self.directionRow)

        self.directionError = QLabel(DossierEntryDialog)
        self.directionError.setObjectName(u"directionError")
        self.directionError.setText(u"")
        self.directionError.setWordWrap(True)

        self.directionBox.addWidget(self.directionError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.directionBox)

        self.documentLabel = QLabel(DossierEntryDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentBox = QVBoxLayout()
        self.documentBox.setSpacing(2)
        self.documentBox.setObjectName(u"documentBox")
        self.document = DocumentField(DossierEntryDialog)
        self.document.setObjectName(u"document")

        self.documentBox.addWidget(self.document)

        self.documentHint = QLabel(DossierEntryDialog)
        self.documentHint.setObjectName(u"documentHint")
        self.documentHint.setWordWrap(True)
        self.documentHint.setStyleSheet(u"color: #555")

        self.documentBox.addWidget(self.documentHint)

        self.documentError = QLabel(DossierEntryDialog)
        self.documentError.setObjectName(u"documentError")
        self.documentError.setText(u"")
        self.documentError.setWordWrap(True)

        self.documentBox.addWidget(self.documentError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.documentBox)

        self.noteLabel = QLabel(DossierEntryDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(2)
        self.noteBox.setObjectName(u"noteBox")
        self.note = QLineEdit(DossierEntryDialog)
        self.note.setObjectName(u"note")

        self.noteBox.addWidget(self.note)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.layout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DossierEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.entryDateLabel.setBuddy(self.entryDate)
        self.subjectLabel.setBuddy(self.subject)
        self.documentLabel.setBuddy(self.document)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entryDate, self.subject)
        QWidget.setTabOrder(self.subject, self.received)
        QWidget.setTabOrder(self.received, self.sent)
        QWidget.setTabOrder(self.sent, self.document)
        QWidget.setTabOrder(self.document, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(DossierEntryDialog)
        self.buttonBox.accepted.connect(DossierEntryDialog.accept)
        self.buttonBox.rejected.connect(DossierEntryDialog.reject)

        QMetaObject.connectSlotsByName(DossierEntryDialog)
    # setupUi

    def retranslateUi(self, DossierEntryDialog):
        DossierEntryDialog.setWindowTitle(QCoreApplication.translate("DossierEntryDialog", u"Add to the personnel file", None))
        self.employeeLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"Employee:", None))
        self.correctsLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"Correction of:", None))
        self.entryDateLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"&Date:", None))
        self.subjectLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"&Subject:", None))
        self.subject.setPlaceholderText(QCoreApplication.translate("DossierEntryDialog", u"For example: invitation to talk about a post on Instagram", None))
        self.directionLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"Direction:", None))
        self.received.setText(QCoreApplication.translate("DossierEntryDialog", u"&Received", None))
        self.sent.setText(QCoreApplication.translate("DossierEntryDialog", u"S&ent", None))
        self.documentLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"D&ocument:", None))
#if QT_CONFIG(tooltip)
        self.document.setToolTip(QCoreApplication.translate("DossierEntryDialog", u"The letter or e-mail: a PDF, a photo or scan, or an e-mail (.eml or Outlook .msg)", None))
#endif // QT_CONFIG(tooltip)
        self.documentHint.setText(QCoreApplication.translate("DossierEntryDialog", u"A correction may leave it empty: then it only corrects the date, subject or direction.", None))
        self.noteLabel.setText(QCoreApplication.translate("DossierEntryDialog", u"&Note:", None))
    # retranslateUi

