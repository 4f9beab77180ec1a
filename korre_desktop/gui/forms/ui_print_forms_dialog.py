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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLayout, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_PrintFormsDialog(object):
    def setupUi(self, PrintFormsDialog):
        if not PrintFormsDialog.objectName():
            PrintFormsDialog.setObjectName(u"PrintFormsDialog")
        PrintFormsDialog.resize(560, 300)
        PrintFormsDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(PrintFormsDialog)
        self.layout.setObjectName(u"layout")
        self.layout.setSizeConstraint(QLayout.SetMinimumSize)
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

        self.studentsChoice = QRadioButton(self.whoBox)
        self.studentsChoice.setObjectName(u"studentsChoice")

        self.whoLayout.addWidget(self.studentsChoice)

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

        self.studentPickerLabel = QLabel(PrintFormsDialog)
        self.studentPickerLabel.setObjectName(u"studentPickerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.studentPickerLabel)

        self.studentPicker = PersonPicker(PrintFormsDialog)
        self.studentPicker.setObjectName(u"studentPicker")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.studentPicker)

        self.chosenLabel = QLabel(PrintFormsDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chosenLabel)

        self.chosen = QListWidget(PrintFormsDialog)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setMinimumHeight(90)
        self.chosen.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chosen)

        self.chosenButtons = QHBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.removeStudent = QPushButton(PrintFormsDialog)
        self.removeStudent.setObjectName(u"removeStudent")

        self.chosenButtons.addWidget(self.removeStudent)

        self.chosenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenButtons.addItem(self.chosenSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.chosenButtons)


        self.layout.addLayout(self.form)

        self.summary = QLabel(PrintFormsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.progress = QProgressBar(PrintFormsDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previewButton = QPushButton(PrintFormsDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

        self.printButton = QPushButton(PrintFormsDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.buttonBox = QDialogButtonBox(PrintFormsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.school)
        self.classLabel.setBuddy(self.klass)
        self.studentPickerLabel.setBuddy(self.studentPicker)
        self.chosenLabel.setBuddy(self.chosen)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.classChoice, self.studentsChoice)
        QWidget.setTabOrder(self.studentsChoice, self.staffChoice)
        QWidget.setTabOrder(self.staffChoice, self.school)
        QWidget.setTabOrder(self.school, self.klass)
        QWidget.setTabOrder(self.klass, self.studentPicker)
        QWidget.setTabOrder(self.studentPicker, self.chosen)
        QWidget.setTabOrder(self.chosen, self.removeStudent)
        QWidget.setTabOrder(self.removeStudent, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.buttonBox)

        self.retranslateUi(PrintFormsDialog)
        self.buttonBox.accepted.connect(PrintFormsDialog.accept)
        self.buttonBox.rejected.connect(PrintFormsDialog.reject)

        QMetaObject.connectSlotsByName(PrintFormsDialog)
    # setupUi

    def retranslateUi(self, PrintFormsDialog):
        PrintFormsDialog.setWindowTitle(QCoreApplication.translate("PrintFormsDialog", u"Print forms", None))
        self.whoBox.setTitle(QCoreApplication.translate("PrintFormsDialog", u"For whom", None))
        self.classChoice.setText(QCoreApplication.translate("PrintFormsDialog", u"The s&tudents of a class", None))
        self.studentsChoice.setText(QCoreApplication.translate("PrintFormsDialog", u"C&hosen students", None))
        self.staffChoice.setText(QCoreApplication.translate("PrintFormsDialog", u"All &staff of a school", None))
        self.schoolLabel.setText(QCoreApplication.translate("PrintFormsDialog", u"S&chool:", None))
        self.classLabel.setText(QCoreApplication.translate("PrintFormsDialog", u"C&lass:", None))
        self.studentPickerLabel.setText(QCoreApplication.translate("PrintFormsDialog", u"Add st&udent:", None))
        self.chosenLabel.setText(QCoreApplication.translate("PrintFormsDialog", u"Students:", None))
        self.removeStudent.setText(QCoreApplication.translate("PrintFormsDialog", u"&Remove student", None))
        self.previewButton.setText(QCoreApplication.translate("PrintFormsDialog", u"Pr&eview", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("PrintFormsDialog", u"The forms as they will be printed (they are made once: printing or saving them afterwards prints these)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrintFormsDialog", u"&Print\u2026", None))
    # retranslateUi

