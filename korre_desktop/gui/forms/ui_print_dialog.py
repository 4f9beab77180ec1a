# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.person_picker import PersonPicker

class Ui_PrintDialog(object):
    def setupUi(self, PrintDialog):
        if not PrintDialog.objectName():
            PrintDialog.setObjectName(u"PrintDialog")
        PrintDialog.resize(560, 520)
        self.layout = QVBoxLayout(PrintDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(PrintDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.whoBox = QGroupBox(PrintDialog)
        self.whoBox.setObjectName(u"whoBox")
        self.whoLayout = QVBoxLayout(self.whoBox)
        self.whoLayout.setObjectName(u"whoLayout")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.classesRadio = QRadioButton(self.whoBox)
        self.classesRadio.setObjectName(u"classesRadio")
        self.classesRadio.setChecked(True)

        self.kindRow.addWidget(self.classesRadio)

        self.schoolRadio = QRadioButton(self.whoBox)
        self.schoolRadio.setObjectName(u"schoolRadio")

        self.kindRow.addWidget(self.schoolRadio)

        self.groupRadio = QRadioButton(self.whoBox)
        self.groupRadio.setObjectName(u"groupRadio")

        self.kindRow.addWidget(self.groupRadio)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.whoLayout.addLayout(self.kindRow)

        self.whoForm = QFormLayout()
        self.whoForm.setObjectName(u"whoForm")
        self.whoForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.schoolLabel = QLabel(self.whoBox)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.whoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = QComboBox(self.whoBox)
        self.school.setObjectName(u"school")

        self.whoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school)

        self.classesLabel = QLabel(self.whoBox)
        self.classesLabel.setObjectName(u"classesLabel")

        self.whoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classesLabel)

        self.classes = QListWidget(self.whoBox)
        self.classes.setObjectName(u"classes")
        self.classes.setMinimumHeight(110)

        self.whoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.classes)

        self.classLabel = QLabel(self.whoBox)
        self.classLabel.setObjectName(u"classLabel")

        self.whoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.klass = QComboBox(self.whoBox)
        self.klass.setObjectName(u"klass")

        self.whoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.klass)

        self.groupLabel = QLabel(self.whoBox)
        self.groupLabel.setObjectName(u"groupLabel")

        self.whoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupRow = QHBoxLayout()
        self.groupRow.setObjectName(u"groupRow")
        self.group = QComboBox(self.whoBox)
        self.group.setObjectName(u"group")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.group.sizePolicy().hasHeightForWidth())
        self.group.setSizePolicy(sizePolicy)

        self.groupRow.addWidget(self.group)

        self.newGroupButton = QPushButton(self.whoBox)
        self.newGroupButton.setObjectName(u"newGroupButton")

        self.groupRow.addWidget(self.newGroupButton)


        self.whoForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.groupRow)


        self.whoLayout.addLayout(self.whoForm)


        self.layout.addWidget(self.whoBox)

        self.newGroupBox = QGroupBox(PrintDialog)
        self.newGroupBox.setObjectName(u"newGroupBox")
        self.newGroupForm = QFormLayout(self.newGroupBox)
        self.newGroupForm.setObjectName(u"newGroupForm")
        self.newGroupForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.groupNameLabel = QLabel(self.newGroupBox)
        self.groupNameLabel.setObjectName(u"groupNameLabel")

        self.newGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupNameLabel)

        self.groupName = QLineEdit(self.newGroupBox)
        self.groupName.setObjectName(u"groupName")

        self.newGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupName)

        self.groupDateLabel = QLabel(self.newGroupBox)
        self.groupDateLabel.setObjectName(u"groupDateLabel")

        self.newGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupDateLabel)

        self.groupDateRow = QHBoxLayout()
        self.groupDateRow.setObjectName(u"groupDateRow")
        self.groupDate = DateField(self.newGroupBox)
        self.groupDate.setObjectName(u"groupDate")
        self.groupDate.setMaximumWidth(140)

        self.groupDateRow.addWidget(self.groupDate)

        self.groupDateError = QLabel(self.newGroupBox)
        self.groupDateError.setObjectName(u"groupDateError")
        self.groupDateError.setText(u"")
        self.groupDateError.setWordWrap(True)

        self.groupDateRow.addWidget(self.groupDateError)


        self.newGroupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.groupDateRow)

        self.memberPickerLabel = QLabel(self.newGroupBox)
        self.memberPickerLabel.setObjectName(u"memberPickerLabel")

        self.newGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberPickerLabel)

        self.memberPicker = PersonPicker(self.newGroupBox)
        self.memberPicker.setObjectName(u"memberPicker")

        self.newGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberPicker)

        self.wholeClassLabel = QLabel(self.newGroupBox)
        self.wholeClassLabel.setObjectName(u"wholeClassLabel")

        self.newGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wholeClassLabel)

        self.wholeClassRow = QHBoxLayout()
        self.wholeClassRow.setObjectName(u"wholeClassRow")
        self.wholeClass = QComboBox(self.newGroupBox)
        self.wholeClass.setObjectName(u"wholeClass")
        self.wholeClass.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.wholeClassRow.addWidget(self.wholeClass)

        self.addClassButton = QPushButton(self.newGroupBox)
        self.addClassButton.setObjectName(u"addClassButton")

        self.wholeClassRow.addWidget(self.addClassButton)

        self.wholeClassSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wholeClassRow.addItem(self.wholeClassSpacer)


        self.newGroupForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.wholeClassRow)

        self.membersLabel = QLabel(self.newGroupBox)
        self.membersLabel.setObjectName(u"membersLabel")

        self.newGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.members = QListWidget(self.newGroupBox)
        self.members.setObjectName(u"members")
        self.members.setMinimumHeight(90)
        self.members.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.newGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.members)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.removeMemberButton = QPushButton(self.newGroupBox)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.groupButtons.addWidget(self.removeMemberButton)

        self.groupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupButtonsSpacer)

        self.saveGroupButton = QPushButton(self.newGroupBox)
        self.saveGroupButton.setObjectName(u"saveGroupButton")

        self.groupButtons.addWidget(self.saveGroupButton)


        self.newGroupForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.groupButtons)

        self.groupMessage = QLabel(self.newGroupBox)
        self.groupMessage.setObjectName(u"groupMessage")
        self.groupMessage.setText(u"")
        self.groupMessage.setWordWrap(True)

        self.newGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.groupMessage)


        self.layout.addWidget(self.newGroupBox)

        self.dateForm = QFormLayout()
        self.dateForm.setObjectName(u"dateForm")
        self.validOnLabel = QLabel(PrintDialog)
        self.validOnLabel.setObjectName(u"validOnLabel")

        self.dateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.validOnLabel)

        self.validOnRow = QHBoxLayout()
        self.validOnRow.setObjectName(u"validOnRow")
        self.validOn = DateField(PrintDialog)
        self.validOn.setObjectName(u"validOn")
        self.validOn.setMinimumWidth(140)
        self.validOn.setMaximumWidth(140)

        self.validOnRow.addWidget(self.validOn)

        self.validOnError = QLabel(PrintDialog)
        self.validOnError.setObjectName(u"validOnError")
        self.validOnError.setText(u"")
        self.validOnError.setWordWrap(True)

        self.validOnRow.addWidget(self.validOnError)


        self.dateForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.validOnRow)


        self.layout.addLayout(self.dateForm)

        self.message = QLabel(PrintDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progress = QProgressBar(PrintDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.progressRow.addWidget(self.progress)

        self.cancelButton = QPushButton(PrintDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.layout.addLayout(self.progressRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.previewButton = QPushButton(PrintDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)

        self.printButton = QPushButton(PrintDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PrintDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.school)
        self.classesLabel.setBuddy(self.classes)
        self.classLabel.setBuddy(self.klass)
        self.groupLabel.setBuddy(self.group)
        self.groupNameLabel.setBuddy(self.groupName)
        self.groupDateLabel.setBuddy(self.groupDate)
        self.memberPickerLabel.setBuddy(self.memberPicker)
        self.wholeClassLabel.setBuddy(self.wholeClass)
        self.membersLabel.setBuddy(self.members)
        self.validOnLabel.setBuddy(self.validOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.classesRadio, self.schoolRadio)
        QWidget.setTabOrder(self.schoolRadio, self.groupRadio)
        QWidget.setTabOrder(self.groupRadio, self.school)
        QWidget.setTabOrder(self.school, self.classes)
        QWidget.setTabOrder(self.classes, self.klass)
        QWidget.setTabOrder(self.klass, self.group)
        QWidget.setTabOrder(self.group, self.newGroupButton)
        QWidget.setTabOrder(self.newGroupButton, self.groupName)
        QWidget.setTabOrder(self.groupName, self.groupDate)
        QWidget.setTabOrder(self.groupDate, self.memberPicker)
        QWidget.setTabOrder(self.memberPicker, self.wholeClass)
        QWidget.setTabOrder(self.wholeClass, self.addClassButton)
        QWidget.setTabOrder(self.addClassButton, self.members)
        QWidget.setTabOrder(self.members, self.removeMemberButton)
        QWidget.setTabOrder(self.removeMemberButton, self.saveGroupButton)
        QWidget.setTabOrder(self.saveGroupButton, self.validOn)
        QWidget.setTabOrder(self.validOn, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(PrintDialog)
        self.closeButton.clicked.connect(PrintDialog.reject)

        QMetaObject.connectSlotsByName(PrintDialog)
    # setupUi

    def retranslateUi(self, PrintDialog):
        PrintDialog.setWindowTitle(QCoreApplication.translate("PrintDialog", u"Print", None))
        self.whoBox.setTitle(QCoreApplication.translate("PrintDialog", u"Who is on the list", None))
        self.classesRadio.setText(QCoreApplication.translate("PrintDialog", u"C&lass(es)", None))
        self.schoolRadio.setText(QCoreApplication.translate("PrintDialog", u"&Whole school", None))
        self.groupRadio.setText(QCoreApplication.translate("PrintDialog", u"&Trip group", None))
        self.schoolLabel.setText(QCoreApplication.translate("PrintDialog", u"S&chool:", None))
        self.classesLabel.setText(QCoreApplication.translate("PrintDialog", u"Cl&asses:", None))
        self.classLabel.setText(QCoreApplication.translate("PrintDialog", u"Cl&ass:", None))
        self.groupLabel.setText(QCoreApplication.translate("PrintDialog", u"Trip &group:", None))
        self.newGroupButton.setText(QCoreApplication.translate("PrintDialog", u"&New trip group\u2026", None))
        self.newGroupBox.setTitle(QCoreApplication.translate("PrintDialog", u"New trip group: students from any class", None))
        self.groupNameLabel.setText(QCoreApplication.translate("PrintDialog", u"Na&me:", None))
        self.groupDateLabel.setText(QCoreApplication.translate("PrintDialog", u"Trip &date:", None))
        self.memberPickerLabel.setText(QCoreApplication.translate("PrintDialog", u"Add st&udent:", None))
        self.wholeClassLabel.setText(QCoreApplication.translate("PrintDialog", u"&A whole class:", None))
        self.addClassButton.setText(QCoreApplication.translate("PrintDialog", u"Add the whole &class", None))
        self.membersLabel.setText(QCoreApplication.translate("PrintDialog", u"Students:", None))
        self.removeMemberButton.setText(QCoreApplication.translate("PrintDialog", u"&Remove student", None))
        self.saveGroupButton.setText(QCoreApplication.translate("PrintDialog", u"Save tr&ip group", None))
        self.validOnLabel.setText(QCoreApplication.translate("PrintDialog", u"&Valid on:", None))
        self.cancelButton.setText(QCoreApplication.translate("PrintDialog", u"Cancel", None))
        self.previewButton.setText(QCoreApplication.translate("PrintDialog", u"Pr&eview", None))
        self.printButton.setText(QCoreApplication.translate("PrintDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintDialog", u"&Save as PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintDialog", u"Close", None))
    # retranslateUi

