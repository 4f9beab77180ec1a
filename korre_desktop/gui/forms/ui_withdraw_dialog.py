# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'withdraw_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.evidence_panel import EvidencePanel
from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_WithdrawDialog(object):
    def setupUi(self, WithdrawDialog):
        if not WithdrawDialog.objectName():
            WithdrawDialog.setObjectName(u"WithdrawDialog")
        WithdrawDialog.resize(900, 600)
        self.layout = QVBoxLayout(WithdrawDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.personLabel = QLabel(WithdrawDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = PersonPicker(WithdrawDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.signerLabel = QLabel(WithdrawDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QComboBox(WithdrawDialog)
        self.signer.setObjectName(u"signer")
        self.signer.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.signer.setMinimumSize(QSize(320, 0))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer)

        self.dateLabel = QLabel(WithdrawDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.withdrawnOnRow = QHBoxLayout()
        self.withdrawnOnRow.setObjectName(u"withdrawnOnRow")
        self.withdrawnOn = DateField(WithdrawDialog)
        self.withdrawnOn.setObjectName(u"withdrawnOn")
        self.withdrawnOn.setMaximumWidth(140)

        self.withdrawnOnRow.addWidget(self.withdrawnOn)

        self.withdrawnOnError = QLabel(WithdrawDialog)
        self.withdrawnOnError.setObjectName(u"withdrawnOnError")
        self.withdrawnOnError.setText(u"")
        self.withdrawnOnError.setWordWrap(True)

        self.withdrawnOnRow.addWidget(self.withdrawnOnError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.withdrawnOnRow)

        self.itemsLabel = QLabel(WithdrawDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.items = QListWidget(WithdrawDialog)
        self.items.setObjectName(u"items")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.items)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.allItems = QPushButton(WithdrawDialog)
        self.allItems.setObjectName(u"allItems")

        self.itemButtons.addWidget(self.allItems)

        self.noItems = QPushButton(WithdrawDialog)
        self.noItems.setObjectName(u"noItems")

        self.itemButtons.addWidget(self.noItems)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.itemButtons)

        self.noteLabel = QLabel(WithdrawDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(WithdrawDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)


        self.leftColumn.addLayout(self.form)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.evidence = EvidencePanel(WithdrawDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setMinimumSize(QSize(300, 0))

        self.columns.addWidget(self.evidence)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.layout.addLayout(self.columns)

        self.message = QLabel(WithdrawDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(WithdrawDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.signerLabel.setBuddy(self.signer)
        self.dateLabel.setBuddy(self.withdrawnOn)
        self.itemsLabel.setBuddy(self.items)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.signer)
        QWidget.setTabOrder(self.signer, self.withdrawnOn)
        QWidget.setTabOrder(self.withdrawnOn, self.items)
        QWidget.setTabOrder(self.items, self.note)

        self.retranslateUi(WithdrawDialog)

        QMetaObject.connectSlotsByName(WithdrawDialog)
    # setupUi

    def retranslateUi(self, WithdrawDialog):
        WithdrawDialog.setWindowTitle(QCoreApplication.translate("WithdrawDialog", u"Withdraw consent", None))
        self.personLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Person:", None))
        self.signerLabel.setText(QCoreApplication.translate("WithdrawDialog", u"Withdrawn &by:", None))
        self.dateLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Date:", None))
        self.itemsLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Items:", None))
        self.allItems.setText(QCoreApplication.translate("WithdrawDialog", u"&All", None))
        self.noItems.setText(QCoreApplication.translate("WithdrawDialog", u"N&one", None))
        self.noteLabel.setText(QCoreApplication.translate("WithdrawDialog", u"No&te:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("WithdrawDialog", u"For example: withdrawn by e-mail", None))
    # retranslateUi

