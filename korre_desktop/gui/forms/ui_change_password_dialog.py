# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(460, 10)
        self.layout = QVBoxLayout(ChangePasswordDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ChangePasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(-1, 8, -1, -1)
        self.currentLabel = QLabel(ChangePasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.grid.addWidget(self.currentLabel, 0, 0, 1, 1)

        self.current = QLineEdit(ChangePasswordDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.Password)
        self.current.setMaxLength(200)

        self.grid.addWidget(self.current, 0, 1, 1, 1)

        self.currentError = QLabel(ChangePasswordDialog)
        self.currentError.setObjectName(u"currentError")
        self.currentError.setText(u"")
        self.currentError.setWordWrap(True)
        self.currentError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.currentError, 1, 1, 1, 1)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.grid.addWidget(self.newLabel, 2, 0, 1, 1)

        self.newPassword = QLineEdit(ChangePasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.Password)
        self.newPassword.setMaxLength(200)

        self.grid.addWidget(self.newPassword, 2, 1, 1, 1)

        self.newError = QLabel(ChangePasswordDialog)
        self.newError.setObjectName(u"newError")
        self.newError.setText(u"")
        self.newError.setWordWrap(True)
        self.newError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.newError, 3, 1, 1, 1)

        self.repeatLabel = QLabel(ChangePasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.grid.addWidget(self.repeatLabel, 4, 0, 1, 1)

        self.repeat = QLineEdit(ChangePasswordDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setMaxLength(200)

        self.grid.addWidget(self.repeat, 4, 1, 1, 1)

        self.repeatError = QLabel(ChangePasswordDialog)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setText(u"")
        self.repeatError.setWordWrap(True)
        self.repeatError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.repeatError, 5, 1, 1, 1)

        self.status = QLabel(ChangePasswordDialog)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.status, 6, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.current)
        self.newLabel.setBuddy(self.newPassword)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.repeat)
        QWidget.setTabOrder(self.repeat, self.buttonBox)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.newPassword.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat the new password:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Repeat the new password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

