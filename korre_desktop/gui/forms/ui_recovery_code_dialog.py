# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_code_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryCodeDialog(object):
    def setupUi(self, RecoveryCodeDialog):
        if not RecoveryCodeDialog.objectName():
            RecoveryCodeDialog.setObjectName(u"RecoveryCodeDialog")
        RecoveryCodeDialog.resize(560, 10)
        self.layout = QVBoxLayout(RecoveryCodeDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RecoveryCodeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.code = QLabel(RecoveryCodeDialog)
        self.code.setObjectName(u"code")
        self.code.setText(u"")
        self.code.setAlignment(Qt.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.code.setStyleSheet(u"font-family: monospace; font-size: 15pt; padding: 12px; border: 1px solid #888")

        self.layout.addWidget(self.code)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.copyButton = QPushButton(RecoveryCodeDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.actions.addWidget(self.copyButton)

        self.printButton = QPushButton(RecoveryCodeDialog)
        self.printButton.setObjectName(u"printButton")

        self.actions.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)


        self.layout.addLayout(self.actions)

        self.status = QLabel(RecoveryCodeDialog)
        self.status.setObjectName(u"status")
        self.status.setText(u"")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(u"color: #555")

        self.layout.addWidget(self.status)

        self.kept = QCheckBox(RecoveryCodeDialog)
        self.kept.setObjectName(u"kept")

        self.layout.addWidget(self.kept)

        self.buttonBox = QDialogButtonBox(RecoveryCodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.copyButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.kept)
        QWidget.setTabOrder(self.kept, self.buttonBox)

        self.retranslateUi(RecoveryCodeDialog)

        QMetaObject.connectSlotsByName(RecoveryCodeDialog)
    # setupUi

    def retranslateUi(self, RecoveryCodeDialog):
        RecoveryCodeDialog.setWindowTitle(QCoreApplication.translate("RecoveryCodeDialog", u"Korre Desktop: recovery code", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("RecoveryCodeDialog", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RecoveryCodeDialog", u"&Copy", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryCodeDialog", u"&Print...", None))
        self.kept.setText(QCoreApplication.translate("RecoveryCodeDialog", u"I have &kept the recovery code in a safe place", None))
    # retranslateUi

