# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(480, 10)
        self.layout = QVBoxLayout(UnlockDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(UnlockDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.intro)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setContentsMargins(-1, 8, -1, -1)
        self.secretLabel = QLabel(UnlockDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.grid.addWidget(self.secretLabel, 0, 0, 1, 1)

        self.secret = QLineEdit(UnlockDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)
        self.secret.setMaxLength(500)

        self.grid.addWidget(self.secret, 0, 1, 1, 1)

        self.showSecret = QCheckBox(UnlockDialog)
        self.showSecret.setObjectName(u"showSecret")

        self.grid.addWidget(self.showSecret, 1, 1, 1, 1)

        self.secretError = QLabel(UnlockDialog)
        self.secretError.setObjectName(u"secretError")
        self.secretError.setText(u"")
        self.secretError.setWordWrap(True)
        self.secretError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.grid.addWidget(self.secretError, 2, 1, 1, 1)

        self.keyringNote = QLabel(UnlockDialog)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setText(u"")
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setStyleSheet(u"color: #555")

        self.grid.addWidget(self.keyringNote, 3, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.secret, self.showSecret)
        QWidget.setTabOrder(self.showSecret, self.buttonBox)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Korre Desktop: encrypted database", None))
        self.secretLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase or recovery code:", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase or recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.showSecret.setText(QCoreApplication.translate("UnlockDialog", u"&Show what I type", None))
    # retranslateUi

