# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'protocol_versions_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_ProtocolVersionsDialog(object):
    def setupUi(self, ProtocolVersionsDialog):
        if not ProtocolVersionsDialog.objectName():
            ProtocolVersionsDialog.setObjectName(u"ProtocolVersionsDialog")
        ProtocolVersionsDialog.resize(820, 460)
        self.layout = QVBoxLayout(ProtocolVersionsDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.versionsLabel = QLabel(ProtocolVersionsDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.listColumn.addWidget(self.versionsLabel)

        self.versions = QListWidget(ProtocolVersionsDialog)
        self.versions.setObjectName(u"versions")

        self.listColumn.addWidget(self.versions)

        self.view = QPushButton(ProtocolVersionsDialog)
        self.view.setObjectName(u"view")

        self.listColumn.addWidget(self.view)


        self.columns.addLayout(self.listColumn)

        self.addBox = QGroupBox(ProtocolVersionsDialog)
        self.addBox.setObjectName(u"addBox")
        self.addForm = QFormLayout(self.addBox)
        self.addForm.setObjectName(u"addForm")
        self.fileLabel = QLabel(self.addBox)
        self.fileLabel.setObjectName(u"fileLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileName = QLabel(self.addBox)
        self.fileName.setObjectName(u"fileName")

        self.fileRow.addWidget(self.fileName)

        self.chooseFile = QPushButton(self.addBox)
        self.chooseFile.setObjectName(u"chooseFile")

        self.fileRow.addWidget(self.chooseFile)


        self.addForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.labelLabel = QLabel(self.addBox)
        self.labelLabel.setObjectName(u"labelLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.label = QLineEdit(self.addBox)
        self.label.setObjectName(u"label")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.label)

        self.titleLabel = QLabel(self.addBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.addBox)
        self.title.setObjectName(u"title")

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.effectiveLabel = QLabel(self.addBox)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveDateRow = QHBoxLayout()
        self.effectiveDateRow.setObjectName(u"effectiveDateRow")
        self.effectiveDate = DateField(self.addBox)
        self.effectiveDate.setObjectName(u"effectiveDate")
        self.effectiveDate.setMaximumWidth(140)

        self.effectiveDateRow.addWidget(self.effectiveDate)

        self.effectiveDateError = QLabel(self.addBox)
        self.effectiveDateError.setObjectName(u"effectiveDateError")
        self.effectiveDateError.setText(u"")
        self.effectiveDateError.setWordWrap(True)

        self.effectiveDateRow.addWidget(self.effectiveDateError)


        self.addForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.effectiveDateRow)

        self.audienceLabel = QLabel(self.addBox)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.addForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audience = QComboBox(self.addBox)
        self.audience.setObjectName(u"audience")

        self.addForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.audience)

        self.add = QPushButton(self.addBox)
        self.add.setObjectName(u"add")

        self.addForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.add)


        self.columns.addWidget(self.addBox)


        self.layout.addLayout(self.columns)

        self.message = QLabel(ProtocolVersionsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ProtocolVersionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.versionsLabel.setBuddy(self.versions)
        self.labelLabel.setBuddy(self.label)
        self.titleLabel.setBuddy(self.title)
        self.effectiveLabel.setBuddy(self.effectiveDate)
        self.audienceLabel.setBuddy(self.audience)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProtocolVersionsDialog)

        QMetaObject.connectSlotsByName(ProtocolVersionsDialog)
    # setupUi

    def retranslateUi(self, ProtocolVersionsDialog):
        ProtocolVersionsDialog.setWindowTitle(QCoreApplication.translate("ProtocolVersionsDialog", u"Protocol versions", None))
        self.versionsLabel.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"&Versions on record:", None))
        self.view.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"View &document", None))
        self.addBox.setTitle(QCoreApplication.translate("ProtocolVersionsDialog", u"Load a new version", None))
        self.fileLabel.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"Document (PDF):", None))
        self.fileName.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"(none chosen)", None))
        self.chooseFile.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"&Choose\u2026", None))
        self.labelLabel.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"Version &label:", None))
        self.label.setPlaceholderText(QCoreApplication.translate("ProtocolVersionsDialog", u"for example 2026", None))
        self.titleLabel.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"&Title:", None))
        self.effectiveLabel.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"In &effect from:", None))
        self.audienceLabel.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"&For:", None))
        self.add.setText(QCoreApplication.translate("ProtocolVersionsDialog", u"&Add version", None))
    # retranslateUi

