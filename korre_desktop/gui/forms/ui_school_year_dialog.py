# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_year_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SchoolYearDialog(object):
    def setupUi(self, SchoolYearDialog):
        if not SchoolYearDialog.objectName():
            SchoolYearDialog.setObjectName(u"SchoolYearDialog")
        SchoolYearDialog.resize(420, 10)
        self.layout = QVBoxLayout(SchoolYearDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(SchoolYearDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.labelLabel = QLabel(SchoolYearDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelBox = QVBoxLayout()
        self.labelBox.setSpacing(2)
        self.labelBox.setObjectName(u"labelBox")
        self.label = QLineEdit(SchoolYearDialog)
        self.label.setObjectName(u"label")
        self.label.setPlaceholderText(u"2026-2027")
        self.label.setMinimumWidth(140)
        self.label.setMaximumWidth(140)

        self.labelBox.addWidget(self.label, 0, Qt.AlignLeft)

        self.labelError = QLabel(SchoolYearDialog)
        self.labelError.setObjectName(u"labelError")
        self.labelError.setText(u"")
        self.labelError.setWordWrap(True)

        self.labelBox.addWidget(self.labelError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.labelBox)

        self.period = QLabel(SchoolYearDialog)
        self.period.setObjectName(u"period")
        self.period.setText(u"")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(SchoolYearDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.label)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.label, self.buttonBox)

        self.retranslateUi(SchoolYearDialog)
        self.buttonBox.accepted.connect(SchoolYearDialog.accept)
        self.buttonBox.rejected.connect(SchoolYearDialog.reject)

        QMetaObject.connectSlotsByName(SchoolYearDialog)
    # setupUi

    def retranslateUi(self, SchoolYearDialog):
        SchoolYearDialog.setWindowTitle(QCoreApplication.translate("SchoolYearDialog", u"New school year", None))
        self.labelLabel.setText(QCoreApplication.translate("SchoolYearDialog", u"&School year:", None))
    # retranslateUi

