# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_forms_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PrintFormsDialog(object):
    def setupUi(self, PrintFormsDialog):
        if not PrintFormsDialog.objectName():
            PrintFormsDialog.setObjectName(u"PrintFormsDialog")
        PrintFormsDialog.resize(480, 10)
        PrintFormsDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(PrintFormsDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(PrintFormsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.whoBox = QGroupBox(PrintFormsDialog)
        self.whoBox.setObjectName(u"whoBox")
        self.whoLayout = QVBoxLayout(self.whoBox)
        self.whoLayout.setObjectName(u"whoLayout")
        self.classChoice = QRadioButton(self.whoBox)
        self.classChoice.setObjectName(u"classChoice")
        self.classChoice.setChecked(True)

        self.whoLayout.addWidget(self.classChoice)

        self.staffChoice = QRadioButton(self.whoBox)
        self.staffChoice.setObjectName(u"staffChoice")

        self.whoLayout.addWidget(self.staffChoice)


        self.layout.addWidget(self.whoBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.schoolLabel = QLabel(PrintFormsDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = QComboBox(PrintFormsDialog)
        self.school.setObjectName(u"school")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school)

        self.classLabel = QLabel(PrintFormsDialog)
        self.classLabel.setObjectName(u"classLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.klass = QComboBox(PrintFormsDialog)
        self.klass.setObjectName(u"klass")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.klass)


        self.layout.addLayout(self.form)

        self.summary = QLabel(PrintFormsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.buttonBox = QDialogButtonBox(PrintFormsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.school)
        self.classLabel.setBuddy(self.klass)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.classChoice, self.staffChoice)
        QWidget.setTabOrder(self.staffChoice, self.school)
        QWidget.setTabOrder(self.school, self.klass)
        QWidget.setTabOrder(self.klass, self.buttonBox)

        self.retranslateUi(PrintFormsDialog)
        self.buttonBox.accepted.connect(PrintFormsDialog.accept)
        self.buttonBox.rejected.connect(PrintFormsDialog.reject)

        QMetaObject.connectSlotsByName(PrintFormsDialog)
    # setupUi

    def retranslateUi(self, PrintFormsDialog):
        PrintFormsDialog.setWindowTitle(QCoreApplication.translate("PrintFormsDialog", u"Print forms", None))
        self.whoBox.setTitle(QCoreApplication.translate("PrintFormsDialog", u"For whom", None))
        self.classChoice.setText(QCoreApplication.translate("PrintFormsDialog", u"The s&tudents of a class", None))
        self.staffChoice.setText(QCoreApplication.translate("PrintFormsDialog", u"All &staff of a school", None))
        self.schoolLabel.setText(QCoreApplication.translate("PrintFormsDialog", u"S&chool:", None))
        self.classLabel.setText(QCoreApplication.translate("PrintFormsDialog", u"C&lass:", None))
    # retranslateUi

