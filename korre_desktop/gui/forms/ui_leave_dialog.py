# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.resize(460, 10)
        self.layout = QVBoxLayout(LeaveDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(LeaveDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.explanation = QLabel(LeaveDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.leftDateLabel = QLabel(LeaveDialog)
        self.leftDateLabel.setObjectName(u"leftDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leftDateLabel)

        self.leftDateBox = QVBoxLayout()
        self.leftDateBox.setSpacing(2)
        self.leftDateBox.setObjectName(u"leftDateBox")
        self.leftDate = DateField(LeaveDialog)
        self.leftDate.setObjectName(u"leftDate")
        self.leftDate.setMinimumWidth(140)
        self.leftDate.setMaximumWidth(140)

        self.leftDateBox.addWidget(self.leftDate, 0, Qt.AlignLeft)

        self.leftDateError = QLabel(LeaveDialog)
        self.leftDateError.setObjectName(u"leftDateError")
        self.leftDateError.setText(u"")
        self.leftDateError.setWordWrap(True)

        self.leftDateBox.addWidget(self.leftDateError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.leftDateBox)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(LeaveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leftDateLabel.setBuddy(self.leftDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leftDate, self.buttonBox)

        self.retranslateUi(LeaveDialog)
        self.buttonBox.accepted.connect(LeaveDialog.accept)
        self.buttonBox.rejected.connect(LeaveDialog.reject)

        QMetaObject.connectSlotsByName(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"Leaving", None))
        self.leftDateLabel.setText(QCoreApplication.translate("LeaveDialog", u"&Date:", None))
    # retranslateUi

