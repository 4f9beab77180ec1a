# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(480, 10)
        self.layout = QVBoxLayout(SignInDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SignInDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.intro)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(-1, 8, -1, -1)
        self.loginLabel = QLabel(SignInDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.grid.addWidget(self.loginLabel, 0, 0, 1, 1)

        self.login = QLineEdit(SignInDialog)
        self.login.setObjectName(u"login")
        self.login.setMaxLength(63)

        self.grid.addWidget(self.login, 0, 1, 1, 1)

        self.loginError = QLabel(SignInDialog)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setText(u"")
        self.loginError.setWordWrap(True)
        self.loginError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.loginError, 1, 1, 1, 1)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.grid.addWidget(self.passwordLabel, 2, 0, 1, 1)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(200)

        self.grid.addWidget(self.password, 2, 1, 1, 1)

        self.passwordError = QLabel(SignInDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)
        self.passwordError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.passwordError, 3, 1, 1, 1)

        self.rememberPassword = QCheckBox(SignInDialog)
        self.rememberPassword.setObjectName(u"rememberPassword")

        self.grid.addWidget(self.rememberPassword, 4, 1, 1, 1)

        self.keyringNote = QLabel(SignInDialog)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setText(u"")
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setStyleSheet(u"color: #555")

        self.grid.addWidget(self.keyringNote, 5, 1, 1, 1)

        self.status = QLabel(SignInDialog)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(u"color: #555")

        self.grid.addWidget(self.status, 6, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.password)
        QWidget.setTabOrder(self.password, self.rememberPassword)
        QWidget.setTabOrder(self.rememberPassword, self.buttonBox)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Korre Desktop: sign in", None))
        self.loginLabel.setText(QCoreApplication.translate("SignInDialog", u"&Login:", None))
#if QT_CONFIG(accessibility)
        self.login.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Login", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.rememberPassword.setText(QCoreApplication.translate("SignInDialog", u"&Remember the password on this computer", None))
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Remember the password on this computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleDescription(QCoreApplication.translate("SignInDialog", u"The password is kept in this computer's keychain, never in a file.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

