# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 10)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.foundationBox = QGroupBox(SettingsDialog)
        self.foundationBox.setObjectName(u"foundationBox")
        self.foundationForm = QFormLayout(self.foundationBox)
        self.foundationForm.setObjectName(u"foundationForm")
        self.foundationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.foundationNameLabel = QLabel(self.foundationBox)
        self.foundationNameLabel.setObjectName(u"foundationNameLabel")

        self.foundationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.foundationNameLabel)

        self.foundationNameBox = QVBoxLayout()
        self.foundationNameBox.setSpacing(2)
        self.foundationNameBox.setObjectName(u"foundationNameBox")
        self.foundationName = QLineEdit(self.foundationBox)
        self.foundationName.setObjectName(u"foundationName")
        self.foundationName.setMaxLength(200)

        self.foundationNameBox.addWidget(self.foundationName)

        self.foundationNameError = QLabel(self.foundationBox)
        self.foundationNameError.setObjectName(u"foundationNameError")
        self.foundationNameError.setText(u"")

        self.foundationNameBox.addWidget(self.foundationNameError)


        self.foundationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.foundationNameBox)


        self.layout.addWidget(self.foundationBox)

        self.formsBox = QGroupBox(SettingsDialog)
        self.formsBox.setObjectName(u"formsBox")
        self.formsForm = QFormLayout(self.formsBox)
        self.formsForm.setObjectName(u"formsForm")
        self.formsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.defaultValidityLabel = QLabel(self.formsBox)
        self.defaultValidityLabel.setObjectName(u"defaultValidityLabel")

        self.formsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultValidityLabel)

        self.defaultValidityBox = QVBoxLayout()
        self.defaultValidityBox.setSpacing(2)
        self.defaultValidityBox.setObjectName(u"defaultValidityBox")
        self.defaultValidityRow = QHBoxLayout()
        self.defaultValidityRow.setObjectName(u"defaultValidityRow")
        self.defaultValidity = QComboBox(self.formsBox)
        self.defaultValidity.setObjectName(u"defaultValidity")

        self.defaultValidityRow.addWidget(self.defaultValidity)

        self.defaultYears = QSpinBox(self.formsBox)
        self.defaultYears.setObjectName(u"defaultYears")

        self.defaultValidityRow.addWidget(self.defaultYears)

        self.defaultValiditySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defaultValidityRow.addItem(self.defaultValiditySpacer)


        self.defaultValidityBox.addLayout(self.defaultValidityRow)

        self.defaultValidityError = QLabel(self.formsBox)
        self.defaultValidityError.setObjectName(u"defaultValidityError")
        self.defaultValidityError.setText(u"")

        self.defaultValidityBox.addWidget(self.defaultValidityError)


        self.formsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.defaultValidityBox)

        self.cutoffLabel = QLabel(self.formsBox)
        self.cutoffLabel.setObjectName(u"cutoffLabel")

        self.formsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cutoffLabel)

        self.cutoffBox = QVBoxLayout()
        self.cutoffBox.setSpacing(2)
        self.cutoffBox.setObjectName(u"cutoffBox")
        self.cutoffRow = QHBoxLayout()
        self.cutoffRow.setObjectName(u"cutoffRow")
        self.cutoff = QLineEdit(self.formsBox)
        self.cutoff.setObjectName(u"cutoff")
        self.cutoff.setMaximumWidth(90)
        self.cutoff.setMaxLength(5)

        self.cutoffRow.addWidget(self.cutoff)

        self.cutoffHint = QLabel(self.formsBox)
        self.cutoffHint.setObjectName(u"cutoffHint")

        self.cutoffRow.addWidget(self.cutoffHint)

        self.cutoffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cutoffRow.addItem(self.cutoffSpacer)


        self.cutoffBox.addLayout(self.cutoffRow)

        self.cutoffError = QLabel(self.formsBox)
        self.cutoffError.setObjectName(u"cutoffError")
        self.cutoffError.setText(u"")

        self.cutoffBox.addWidget(self.cutoffError)


        self.formsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.cutoffBox)

        self.sixteenPlusLabel = QLabel(self.formsBox)
        self.sixteenPlusLabel.setObjectName(u"sixteenPlusLabel")

        self.formsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sixteenPlusLabel)

        self.sixteenPlusBox = QVBoxLayout()
        self.sixteenPlusBox.setSpacing(2)
        self.sixteenPlusBox.setObjectName(u"sixteenPlusBox")
        self.sixteenPlus = QComboBox(self.formsBox)
        self.sixteenPlus.setObjectName(u"sixteenPlus")

        self.sixteenPlusBox.addWidget(self.sixteenPlus)

        self.sixteenPlusError = QLabel(self.formsBox)
        self.sixteenPlusError.setObjectName(u"sixteenPlusError")
        self.sixteenPlusError.setText(u"")

        self.sixteenPlusBox.addWidget(self.sixteenPlusError)


        self.formsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sixteenPlusBox)


        self.layout.addWidget(self.formsBox)

        self.protocolBox = QGroupBox(SettingsDialog)
        self.protocolBox.setObjectName(u"protocolBox")
        self.protocolForm = QFormLayout(self.protocolBox)
        self.protocolForm.setObjectName(u"protocolForm")
        self.protocolForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.deadlineLabel = QLabel(self.protocolBox)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.protocolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineBox = QVBoxLayout()
        self.deadlineBox.setSpacing(2)
        self.deadlineBox.setObjectName(u"deadlineBox")
        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadline = QSpinBox(self.protocolBox)
        self.deadline.setObjectName(u"deadline")

        self.deadlineRow.addWidget(self.deadline)

        self.deadlineHint = QLabel(self.protocolBox)
        self.deadlineHint.setObjectName(u"deadlineHint")

        self.deadlineRow.addWidget(self.deadlineHint)

        self.deadlineSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineRow.addItem(self.deadlineSpacer)


        self.deadlineBox.addLayout(self.deadlineRow)

        self.deadlineError = QLabel(self.protocolBox)
        self.deadlineError.setObjectName(u"deadlineError")
        self.deadlineError.setText(u"")

        self.deadlineBox.addWidget(self.deadlineError)


        self.protocolForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.deadlineBox)


        self.layout.addWidget(self.protocolBox)

        self.privacyBox = QGroupBox(SettingsDialog)
        self.privacyBox.setObjectName(u"privacyBox")
        self.privacyForm = QFormLayout(self.privacyBox)
        self.privacyForm.setObjectName(u"privacyForm")
        self.privacyForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.accessLogDaysLabel = QLabel(self.privacyBox)
        self.accessLogDaysLabel.setObjectName(u"accessLogDaysLabel")

        self.privacyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accessLogDaysLabel)

        self.accessLogDaysBox = QVBoxLayout()
        self.accessLogDaysBox.setSpacing(2)
        self.accessLogDaysBox.setObjectName(u"accessLogDaysBox")
        self.accessLogDaysRow = QHBoxLayout()
        self.accessLogDaysRow.setObjectName(u"accessLogDaysRow")
        self.accessLogDays = QSpinBox(self.privacyBox)
        self.accessLogDays.setObjectName(u"accessLogDays")

        self.accessLogDaysRow.addWidget(self.accessLogDays)

        self.accessLogDaysHint = QLabel(self.privacyBox)
        self.accessLogDaysHint.setObjectName(u"accessLogDaysHint")

        self.accessLogDaysRow.addWidget(self.accessLogDaysHint)

        self.accessLogDaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accessLogDaysRow.addItem(self.accessLogDaysSpacer)


        self.accessLogDaysBox.addLayout(self.accessLogDaysRow)

        self.accessLogDaysError = QLabel(self.privacyBox)
        self.accessLogDaysError.setObjectName(u"accessLogDaysError")
        self.accessLogDaysError.setText(u"")

        self.accessLogDaysBox.addWidget(self.accessLogDaysError)


        self.privacyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.accessLogDaysBox)

        self.studentYearsLabel = QLabel(self.privacyBox)
        self.studentYearsLabel.setObjectName(u"studentYearsLabel")

        self.privacyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.studentYearsLabel)

        self.studentYearsBox = QVBoxLayout()
        self.studentYearsBox.setSpacing(2)
        self.studentYearsBox.setObjectName(u"studentYearsBox")
        self.studentYearsRow = QHBoxLayout()
        self.studentYearsRow.setObjectName(u"studentYearsRow")
        self.studentYears = QSpinBox(self.privacyBox)
        self.studentYears.setObjectName(u"studentYears")

        self.studentYearsRow.addWidget(self.studentYears)

        self.studentYearsHint = QLabel(self.privacyBox)
        self.studentYearsHint.setObjectName(u"studentYearsHint")

        self.studentYearsRow.addWidget(self.studentYearsHint)

        self.studentYearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.studentYearsRow.addItem(self.studentYearsSpacer)


        self.studentYearsBox.addLayout(self.studentYearsRow)

        self.studentYearsError = QLabel(self.privacyBox)
        self.studentYearsError.setObjectName(u"studentYearsError")
        self.studentYearsError.setText(u"")

        self.studentYearsBox.addWidget(self.studentYearsError)


        self.privacyForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.studentYearsBox)

        self.consentYearsLabel = QLabel(self.privacyBox)
        self.consentYearsLabel.setObjectName(u"consentYearsLabel")

        self.privacyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consentYearsLabel)

        self.consentYearsBox = QVBoxLayout()
        self.consentYearsBox.setSpacing(2)
        self.consentYearsBox.setObjectName(u"consentYearsBox")
        self.consentYearsRow = QHBoxLayout()
        self.consentYearsRow.setObjectName(u"consentYearsRow")
        self.consentYears = QSpinBox(self.privacyBox)
        self.consentYears.setObjectName(u"consentYears")

        self.consentYearsRow.addWidget(self.consentYears)

        self.consentYearsHint = QLabel(self.privacyBox)
        self.consentYearsHint.setObjectName(u"consentYearsHint")

        self.consentYearsRow.addWidget(self.consentYearsHint)

        self.consentYearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentYearsRow.addItem(self.consentYearsSpacer)


        self.consentYearsBox.addLayout(self.consentYearsRow)

        self.consentYearsError = QLabel(self.privacyBox)
        self.consentYearsError.setObjectName(u"consentYearsError")
        self.consentYearsError.setText(u"")

        self.consentYearsBox.addWidget(self.consentYearsError)


        self.privacyForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.consentYearsBox)

        self.staffYearsLabel = QLabel(self.privacyBox)
        self.staffYearsLabel.setObjectName(u"staffYearsLabel")

        self.privacyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffYearsLabel)

        self.staffYearsBox = QVBoxLayout()
        self.staffYearsBox.setSpacing(2)
        self.staffYearsBox.setObjectName(u"staffYearsBox")
        self.staffYearsRow = QHBoxLayout()
        self.staffYearsRow.setObjectName(u"staffYearsRow")
        self.staffYears = QSpinBox(self.privacyBox)
        self.staffYears.setObjectName(u"staffYears")

        self.staffYearsRow.addWidget(self.staffYears)

        self.staffYearsHint = QLabel(self.privacyBox)
        self.staffYearsHint.setObjectName(u"staffYearsHint")

        self.staffYearsRow.addWidget(self.staffYearsHint)

        self.staffYearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffYearsRow.addItem(self.staffYearsSpacer)


        self.staffYearsBox.addLayout(self.staffYearsRow)

        self.staffYearsError = QLabel(self.privacyBox)
        self.staffYearsError.setObjectName(u"staffYearsError")
        self.staffYearsError.setText(u"")

        self.staffYearsBox.addWidget(self.staffYearsError)


        self.privacyForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.staffYearsBox)

        self.breachYearsLabel = QLabel(self.privacyBox)
        self.breachYearsLabel.setObjectName(u"breachYearsLabel")

        self.privacyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.breachYearsLabel)

        self.breachYearsBox = QVBoxLayout()
        self.breachYearsBox.setSpacing(2)
        self.breachYearsBox.setObjectName(u"breachYearsBox")
        self.breachYearsRow = QHBoxLayout()
        self.breachYearsRow.setObjectName(u"breachYearsRow")
        self.breachYears = QSpinBox(self.privacyBox)
        self.breachYears.setObjectName(u"breachYears")

        self.breachYearsRow.addWidget(self.breachYears)

        self.breachYearsHint = QLabel(self.privacyBox)
        self.breachYearsHint.setObjectName(u"breachYearsHint")

        self.breachYearsRow.addWidget(self.breachYearsHint)

        self.breachYearsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.breachYearsRow.addItem(self.breachYearsSpacer)


        self.breachYearsBox.addLayout(self.breachYearsRow)

        self.breachYearsError = QLabel(self.privacyBox)
        self.breachYearsError.setObjectName(u"breachYearsError")
        self.breachYearsError.setText(u"")

        self.breachYearsBox.addWidget(self.breachYearsError)


        self.privacyForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.breachYearsBox)


        self.layout.addWidget(self.privacyBox)

        self.lockBox = QGroupBox(SettingsDialog)
        self.lockBox.setObjectName(u"lockBox")
        self.lockForm = QFormLayout(self.lockBox)
        self.lockForm.setObjectName(u"lockForm")
        self.lockForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lockAfterLabel = QLabel(self.lockBox)
        self.lockAfterLabel.setObjectName(u"lockAfterLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lockAfterLabel)

        self.lockAfterBox = QVBoxLayout()
        self.lockAfterBox.setSpacing(2)
        self.lockAfterBox.setObjectName(u"lockAfterBox")
        self.lockAfterRow = QHBoxLayout()
        self.lockAfterRow.setObjectName(u"lockAfterRow")
        self.lockAfter = QSpinBox(self.lockBox)
        self.lockAfter.setObjectName(u"lockAfter")

        self.lockAfterRow.addWidget(self.lockAfter)

        self.lockAfterHint = QLabel(self.lockBox)
        self.lockAfterHint.setObjectName(u"lockAfterHint")

        self.lockAfterRow.addWidget(self.lockAfterHint)

        self.lockAfterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockAfterRow.addItem(self.lockAfterSpacer)


        self.lockAfterBox.addLayout(self.lockAfterRow)

        self.lockAfterError = QLabel(self.lockBox)
        self.lockAfterError.setObjectName(u"lockAfterError")
        self.lockAfterError.setText(u"")

        self.lockAfterBox.addWidget(self.lockAfterError)


        self.lockForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.lockAfterBox)


        self.layout.addWidget(self.lockBox)

        self.backupBox = QGroupBox(SettingsDialog)
        self.backupBox.setObjectName(u"backupBox")
        self.backupForm = QFormLayout(self.backupBox)
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.backupFolderLabel = QLabel(self.backupBox)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderBox = QVBoxLayout()
        self.backupFolderBox.setSpacing(2)
        self.backupFolderBox.setObjectName(u"backupFolderBox")
        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolder = QLineEdit(self.backupBox)
        self.backupFolder.setObjectName(u"backupFolder")

        self.backupFolderRow.addWidget(self.backupFolder)

        self.chooseFolder = QPushButton(self.backupBox)
        self.chooseFolder.setObjectName(u"chooseFolder")

        self.backupFolderRow.addWidget(self.chooseFolder)


        self.backupFolderBox.addLayout(self.backupFolderRow)

        self.backupFolderError = QLabel(self.backupBox)
        self.backupFolderError.setObjectName(u"backupFolderError")
        self.backupFolderError.setText(u"")

        self.backupFolderBox.addWidget(self.backupFolderError)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupFolderBox)

        self.backupsKeptLabel = QLabel(self.backupBox)
        self.backupsKeptLabel.setObjectName(u"backupsKeptLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupsKeptLabel)

        self.backupsKeptBox = QVBoxLayout()
        self.backupsKeptBox.setSpacing(2)
        self.backupsKeptBox.setObjectName(u"backupsKeptBox")
        self.backupsKept = QSpinBox(self.backupBox)
        self.backupsKept.setObjectName(u"backupsKept")

        self.backupsKeptBox.addWidget(self.backupsKept, 0, Qt.AlignLeft)

        self.backupsKeptError = QLabel(self.backupBox)
        self.backupsKeptError.setObjectName(u"backupsKeptError")
        self.backupsKeptError.setText(u"")

        self.backupsKeptBox.addWidget(self.backupsKeptError)


        self.backupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backupsKeptBox)

        self.backupIntervalLabel = QLabel(self.backupBox)
        self.backupIntervalLabel.setObjectName(u"backupIntervalLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupIntervalLabel)

        self.backupIntervalBox = QVBoxLayout()
        self.backupIntervalBox.setSpacing(2)
        self.backupIntervalBox.setObjectName(u"backupIntervalBox")
        self.backupInterval = QSpinBox(self.backupBox)
        self.backupInterval.setObjectName(u"backupInterval")

        self.backupIntervalBox.addWidget(self.backupInterval, 0, Qt.AlignLeft)

        self.backupIntervalError = QLabel(self.backupBox)
        self.backupIntervalError.setObjectName(u"backupIntervalError")
        self.backupIntervalError.setText(u"")

        self.backupIntervalBox.addWidget(self.backupIntervalError)


        self.backupForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.backupIntervalBox)


        self.layout.addWidget(self.backupBox)

        self.languageBox = QGroupBox(SettingsDialog)
        self.languageBox.setObjectName(u"languageBox")
        self.languageForm = QFormLayout(self.languageBox)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.languageBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageRow = QHBoxLayout()
        self.languageRow.setObjectName(u"languageRow")
        self.language = QComboBox(self.languageBox)
        self.language.setObjectName(u"language")

        self.languageRow.addWidget(self.language)

        self.languageHint = QLabel(self.languageBox)
        self.languageHint.setObjectName(u"languageHint")

        self.languageRow.addWidget(self.languageHint)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageRow.addItem(self.languageSpacer)


        self.languageForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.languageRow)


        self.layout.addWidget(self.languageBox)

        self.generalError = QLabel(SettingsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")

        self.layout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.foundationNameLabel.setBuddy(self.foundationName)
        self.defaultValidityLabel.setBuddy(self.defaultValidity)
        self.cutoffLabel.setBuddy(self.cutoff)
        self.sixteenPlusLabel.setBuddy(self.sixteenPlus)
        self.deadlineLabel.setBuddy(self.deadline)
        self.accessLogDaysLabel.setBuddy(self.accessLogDays)
        self.studentYearsLabel.setBuddy(self.studentYears)
        self.consentYearsLabel.setBuddy(self.consentYears)
        self.staffYearsLabel.setBuddy(self.staffYears)
        self.breachYearsLabel.setBuddy(self.breachYears)
        self.lockAfterLabel.setBuddy(self.lockAfter)
        self.backupFolderLabel.setBuddy(self.backupFolder)
        self.backupsKeptLabel.setBuddy(self.backupsKept)
        self.backupIntervalLabel.setBuddy(self.backupInterval)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.foundationName, self.defaultValidity)
        QWidget.setTabOrder(self.defaultValidity, self.defaultYears)
        QWidget.setTabOrder(self.defaultYears, self.cutoff)
        QWidget.setTabOrder(self.cutoff, self.sixteenPlus)
        QWidget.setTabOrder(self.sixteenPlus, self.deadline)
        QWidget.setTabOrder(self.deadline, self.accessLogDays)
        QWidget.setTabOrder(self.accessLogDays, self.studentYears)
        QWidget.setTabOrder(self.studentYears, self.consentYears)
        QWidget.setTabOrder(self.consentYears, self.staffYears)
        QWidget.setTabOrder(self.staffYears, self.breachYears)
        QWidget.setTabOrder(self.breachYears, self.lockAfter)
        QWidget.setTabOrder(self.lockAfter, self.backupFolder)
        QWidget.setTabOrder(self.backupFolder, self.chooseFolder)
        QWidget.setTabOrder(self.chooseFolder, self.backupsKept)
        QWidget.setTabOrder(self.backupsKept, self.backupInterval)
        QWidget.setTabOrder(self.backupInterval, self.language)
        QWidget.setTabOrder(self.language, self.buttonBox)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.foundationBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Foundation", None))
        self.foundationNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Name:", None))
        self.formsBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Consent forms", None))
        self.defaultValidityLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Validity of new versions:", None))
#if QT_CONFIG(accessibility)
        self.defaultYears.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Number of years", None))
#endif // QT_CONFIG(accessibility)
        self.cutoffLabel.setText(QCoreApplication.translate("SettingsDialog", u"School year &starts on:", None))
        self.cutoff.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"dd-mm", None))
        self.cutoffHint.setText(QCoreApplication.translate("SettingsDialog", u"day-month, for example 01-08 for 1 August", None))
        self.sixteenPlusLabel.setText(QCoreApplication.translate("SettingsDialog", u"Students of &16 and older:", None))
        self.protocolBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Social-media protocol", None))
        self.deadlineLabel.setText(QCoreApplication.translate("SettingsDialog", u"Signing &deadline:", None))
        self.deadlineHint.setText(QCoreApplication.translate("SettingsDialog", u"after the start date or a new version's effective date", None))
        self.privacyBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Privacy", None))
        self.accessLogDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep the &access log:", None))
        self.accessLogDaysHint.setText(QCoreApplication.translate("SettingsDialog", u"then its entries are removed", None))
        self.studentYearsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep student &records:", None))
        self.studentYearsHint.setText(QCoreApplication.translate("SettingsDialog", u"after leaving; then the purge removes them", None))
        self.consentYearsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &consent statements:", None))
        self.consentYearsHint.setText(QCoreApplication.translate("SettingsDialog", u"after leaving, with their scans", None))
        self.staffYearsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep s&taff records:", None))
        self.staffYearsHint.setText(QCoreApplication.translate("SettingsDialog", u"after the employment ended", None))
        self.breachYearsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep the &personnel file:", None))
        self.breachYearsHint.setText(QCoreApplication.translate("SettingsDialog", u"after the employment ended, if longer", None))
        self.lockBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Signing in (server)", None))
        self.lockAfterLabel.setText(QCoreApplication.translate("SettingsDialog", u"Loc&k the window after:", None))
        self.lockAfterHint.setText(QCoreApplication.translate("SettingsDialog", u"without keyboard or mouse; then the password opens it again", None))
        self.backupBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Automatic backups", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Folder:", None))
        self.chooseFolder.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.backupsKeptLabel.setText(QCoreApplication.translate("SettingsDialog", u"How &many to keep:", None))
        self.backupIntervalLabel.setText(QCoreApplication.translate("SettingsDialog", u"How &often:", None))
        self.languageBox.setTitle(QCoreApplication.translate("SettingsDialog", u"This computer", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"changes the next time Korre Desktop starts", None))
    # retranslateUi

