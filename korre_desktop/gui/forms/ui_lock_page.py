# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LockPage(object):
    def setupUi(self, LockPage):
        if not LockPage.objectName():
            LockPage.setObjectName(u"LockPage")
        self.layout = QVBoxLayout(LockPage)
        self.layout.setObjectName(u"layout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.topSpacer)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName(u"centreRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpacer)

        self.panel = QWidget(LockPage)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(460, 0))
        self.panel.setMaximumSize(QSize(460, 16777215))
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.panel)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignCenter)

        self.panelLayout.addWidget(self.title)

        self.message = QLabel(self.panel)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)

        self.panelLayout.addWidget(self.message)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passwordLabel = QLabel(self.panel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.panel)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(self.panel)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)
        self.passwordError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordError)


        self.panelLayout.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.signOut = QPushButton(self.panel)
        self.signOut.setObjectName(u"signOut")
        self.signOut.setAutoDefault(False)

        self.buttons.addWidget(self.signOut)

        self.unlock = QPushButton(self.panel)
        self.unlock.setObjectName(u"unlock")

        self.buttons.addWidget(self.unlock)


        self.panelLayout.addLayout(self.buttons)


        self.centreRow.addWidget(self.panel)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.rightSpacer)


        self.layout.addLayout(self.centreRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.unlock)
        QWidget.setTabOrder(self.unlock, self.signOut)

        self.retranslateUi(LockPage)

        self.unlock.setDefault(True)


        QMetaObject.connectSlotsByName(LockPage)
    # setupUi

    def retranslateUi(self, LockPage):
        self.title.setText(QCoreApplication.translate("LockPage", u"<h2>Korre Desktop is locked</h2>", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockPage", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LockPage", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.signOut.setText(QCoreApplication.translate("LockPage", u"Sign &out", None))
        self.unlock.setText(QCoreApplication.translate("LockPage", u"&Unlock", None))
        pass
    # retranslateUi

