# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_DossierDialog(object):
    def setupUi(self, DossierDialog):
        if not DossierDialog.objectName():
            DossierDialog.setObjectName(u"DossierDialog")
        DossierDialog.resize(1100, 560)
        self.layout = QVBoxLayout(DossierDialog)
        self.layout.setObjectName(u"layout")
        self.confidential = QLabel(DossierDialog)
        self.confidential.setObjectName(u"confidential")
        self.confidential.setWordWrap(True)
        self.confidential.setStyleSheet(u"QLabel { background: #ffebee; color: #b00020; border: 1px solid #ef9a9a; padding: 6px; font-weight: bold; }")

        self.layout.addWidget(self.confidential)

        self.employeeForm = QFormLayout()
        self.employeeForm.setObjectName(u"employeeForm")
        self.employeeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.employeeLabel = QLabel(DossierDialog)
        self.employeeLabel.setObjectName(u"employeeLabel")

        self.employeeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeLabel)

        self.employee = PersonPicker(DossierDialog)
        self.employee.setObjectName(u"employee")
        self.employee.setMaximumWidth(620)

        self.employeeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employee)


        self.layout.addLayout(self.employeeForm)

        self.table = QTableView(DossierDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.message = QLabel(DossierDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newEntry = QPushButton(DossierDialog)
        self.newEntry.setObjectName(u"newEntry")

        self.buttonRow.addWidget(self.newEntry)

        self.correct = QPushButton(DossierDialog)
        self.correct.setObjectName(u"correct")

        self.buttonRow.addWidget(self.correct)

        self.viewDocument = QPushButton(DossierDialog)
        self.viewDocument.setObjectName(u"viewDocument")

        self.buttonRow.addWidget(self.viewDocument)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(DossierDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.employeeLabel.setBuddy(self.employee)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employee, self.table)
        QWidget.setTabOrder(self.table, self.newEntry)
        QWidget.setTabOrder(self.newEntry, self.correct)
        QWidget.setTabOrder(self.correct, self.viewDocument)
        QWidget.setTabOrder(self.viewDocument, self.buttonBox)

        self.retranslateUi(DossierDialog)
        self.buttonBox.rejected.connect(DossierDialog.reject)

        QMetaObject.connectSlotsByName(DossierDialog)
    # setupUi

    def retranslateUi(self, DossierDialog):
        DossierDialog.setWindowTitle(QCoreApplication.translate("DossierDialog", u"Personnel file (confidential)", None))
        self.confidential.setText(QCoreApplication.translate("DossierDialog", u"Confidential: only for management and the administrator. Correspondence about breaches of the social-media protocol; entries are kept as entered, a mistake is fixed with a correction.", None))
        self.employeeLabel.setText(QCoreApplication.translate("DossierDialog", u"&Employee:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DossierDialog", u"Personnel file", None))
#endif // QT_CONFIG(accessibility)
        self.newEntry.setText(QCoreApplication.translate("DossierDialog", u"&New document\u2026", None))
        self.correct.setText(QCoreApplication.translate("DossierDialog", u"Add &correction\u2026", None))
        self.viewDocument.setText(QCoreApplication.translate("DossierDialog", u"&View document", None))
    # retranslateUi

