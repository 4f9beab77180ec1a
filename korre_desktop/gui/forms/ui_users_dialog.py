# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(1000, 480)
        self.layout = QVBoxLayout(UsersDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(UsersDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.table = QTableView(UsersDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.message = QLabel(UsersDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addUser = QPushButton(UsersDialog)
        self.addUser.setObjectName(u"addUser")

        self.buttonRow.addWidget(self.addUser)

        self.changeRole = QPushButton(UsersDialog)
        self.changeRole.setObjectName(u"changeRole")

        self.buttonRow.addWidget(self.changeRole)

        self.schools = QPushButton(UsersDialog)
        self.schools.setObjectName(u"schools")

        self.buttonRow.addWidget(self.schools)

        self.link = QPushButton(UsersDialog)
        self.link.setObjectName(u"link")

        self.buttonRow.addWidget(self.link)

        self.password = QPushButton(UsersDialog)
        self.password.setObjectName(u"password")

        self.buttonRow.addWidget(self.password)

        self.disable = QPushButton(UsersDialog)
        self.disable.setObjectName(u"disable")

        self.buttonRow.addWidget(self.disable)

        self.enable = QPushButton(UsersDialog)
        self.enable.setObjectName(u"enable")

        self.buttonRow.addWidget(self.enable)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.addUser)
        QWidget.setTabOrder(self.addUser, self.changeRole)
        QWidget.setTabOrder(self.changeRole, self.schools)
        QWidget.setTabOrder(self.schools, self.link)
        QWidget.setTabOrder(self.link, self.password)
        QWidget.setTabOrder(self.password, self.disable)
        QWidget.setTabOrder(self.disable, self.enable)
        QWidget.setTabOrder(self.enable, self.buttonBox)

        self.retranslateUi(UsersDialog)
        self.buttonBox.rejected.connect(UsersDialog.reject)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.explanation.setText(QCoreApplication.translate("UsersDialog", u"Who may sign in to this server database, in which role. Each person signs in with their own login; the server enforces what the role may see and do.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.addUser.setText(QCoreApplication.translate("UsersDialog", u"&Add user\u2026", None))
        self.changeRole.setText(QCoreApplication.translate("UsersDialog", u"Change &role\u2026", None))
        self.schools.setText(QCoreApplication.translate("UsersDialog", u"&Schools\u2026", None))
        self.link.setText(QCoreApplication.translate("UsersDialog", u"&Link class or trip group\u2026", None))
        self.password.setText(QCoreApplication.translate("UsersDialog", u"New &password\u2026", None))
        self.disable.setText(QCoreApplication.translate("UsersDialog", u"&Disable\u2026", None))
        self.enable.setText(QCoreApplication.translate("UsersDialog", u"&Enable", None))
    # retranslateUi

