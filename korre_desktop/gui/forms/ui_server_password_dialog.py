# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ServerPasswordDialog(object):
    def setupUi(self, ServerPasswordDialog):
        if not ServerPasswordDialog.objectName():
            ServerPasswordDialog.setObjectName(u"ServerPasswordDialog")
        ServerPasswordDialog.resize(480, 10)
        self.layout = QVBoxLayout(ServerPasswordDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ServerPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.intro)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(-1, 8, -1, -1)
        self.passwordLabel = QLabel(ServerPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.grid.addWidget(self.passwordLabel, 0, 0, 1, 1)

        self.password = QLineEdit(ServerPasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(200)

        self.grid.addWidget(self.password, 0, 1, 1, 1)

        self.passwordError = QLabel(ServerPasswordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)
        self.passwordError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.passwordError, 1, 1, 1, 1)

        self.rememberPassword = QCheckBox(ServerPasswordDialog)
        self.rememberPassword.setObjectName(u"rememberPassword")

        self.grid.addWidget(self.rememberPassword, 2, 1, 1, 1)

        self.keyringNote = QLabel(ServerPasswordDialog)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setText(u"")
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setStyleSheet(u"color: #555")

        self.grid.addWidget(self.keyringNote, 3, 1, 1, 1)

        self.status = QLabel(ServerPasswordDialog)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(u"color: #555")

        self.grid.addWidget(self.status, 4, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ServerPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.rememberPassword)
        QWidget.setTabOrder(self.rememberPassword, self.buttonBox)

        self.retranslateUi(ServerPasswordDialog)

        QMetaObject.connectSlotsByName(ServerPasswordDialog)
    # setupUi

    def retranslateUi(self, ServerPasswordDialog):
        ServerPasswordDialog.setWindowTitle(QCoreApplication.translate("ServerPasswordDialog", u"Korre Desktop: password", None))
        self.passwordLabel.setText(QCoreApplication.translate("ServerPasswordDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("ServerPasswordDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.rememberPassword.setText(QCoreApplication.translate("ServerPasswordDialog", u"&Remember the password on this computer", None))
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleName(QCoreApplication.translate("ServerPasswordDialog", u"Remember the password on this computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleDescription(QCoreApplication.translate("ServerPasswordDialog", u"The password is kept in this computer's keychain, never in a file.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

