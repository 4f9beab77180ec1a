# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(1100, 520)
        self.layout = QVBoxLayout(AccountsDialog)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.explanation = QLabel(AccountsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.topRow.addWidget(self.explanation)

        self.includeEnded = QCheckBox(AccountsDialog)
        self.includeEnded.setObjectName(u"includeEnded")

        self.topRow.addWidget(self.includeEnded)


        self.layout.addLayout(self.topRow)

        self.table = QTableView(AccountsDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.message = QLabel(AccountsDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newAccount = QPushButton(AccountsDialog)
        self.newAccount.setObjectName(u"newAccount")

        self.buttonRow.addWidget(self.newAccount)

        self.edit = QPushButton(AccountsDialog)
        self.edit.setObjectName(u"edit")

        self.buttonRow.addWidget(self.edit)

        self.end = QPushButton(AccountsDialog)
        self.end.setObjectName(u"end")

        self.buttonRow.addWidget(self.end)

        self.grant = QPushButton(AccountsDialog)
        self.grant.setObjectName(u"grant")

        self.buttonRow.addWidget(self.grant)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(AccountsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.includeEnded, self.table)
        QWidget.setTabOrder(self.table, self.newAccount)
        QWidget.setTabOrder(self.newAccount, self.edit)
        QWidget.setTabOrder(self.edit, self.end)
        QWidget.setTabOrder(self.end, self.grant)
        QWidget.setTabOrder(self.grant, self.buttonBox)

        self.retranslateUi(AccountsDialog)
        self.buttonBox.rejected.connect(AccountsDialog.reject)

        QMetaObject.connectSlotsByName(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"Social-media accounts", None))
        self.explanation.setText(QCoreApplication.translate("AccountsDialog", u"The foundation's and the schools' accounts, groups and networks. Only people authorised by management may post for them.", None))
        self.includeEnded.setText(QCoreApplication.translate("AccountsDialog", u"&Include ended", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AccountsDialog", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.newAccount.setText(QCoreApplication.translate("AccountsDialog", u"&New account\u2026", None))
        self.edit.setText(QCoreApplication.translate("AccountsDialog", u"&Edit\u2026", None))
        self.end.setText(QCoreApplication.translate("AccountsDialog", u"En&d\u2026", None))
        self.grant.setText(QCoreApplication.translate("AccountsDialog", u"&Grant authorisation\u2026", None))
    # retranslateUi

