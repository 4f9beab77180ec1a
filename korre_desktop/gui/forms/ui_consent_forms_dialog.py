# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_forms_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_ConsentFormsDialog(object):
    def setupUi(self, ConsentFormsDialog):
        if not ConsentFormsDialog.objectName():
            ConsentFormsDialog.setObjectName(u"ConsentFormsDialog")
        ConsentFormsDialog.resize(1120, 680)
        self.layout = QVBoxLayout(ConsentFormsDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(ConsentFormsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listColumn = QWidget(self.splitter)
        self.listColumn.setObjectName(u"listColumn")
        self.listLayout = QVBoxLayout(self.listColumn)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.versionsLabel = QLabel(self.listColumn)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.listLayout.addWidget(self.versionsLabel)

        self.versions = QTableWidget(self.listColumn)
        self.versions.setObjectName(u"versions")
        self.versions.setMinimumSize(QSize(340, 0))
        self.versions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versions.setTabKeyNavigation(False)
        self.versions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versions.setWordWrap(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.versions)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newVersion = QPushButton(self.listColumn)
        self.newVersion.setObjectName(u"newVersion")

        self.listButtons.addWidget(self.newVersion)

        self.preview = QPushButton(self.listColumn)
        self.preview.setObjectName(u"preview")

        self.listButtons.addWidget(self.preview)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.previewStudent = QCheckBox(self.listColumn)
        self.previewStudent.setObjectName(u"previewStudent")

        self.listLayout.addWidget(self.previewStudent)

        self.splitter.addWidget(self.listColumn)
        self.detailColumn = QWidget(self.splitter)
        self.detailColumn.setObjectName(u"detailColumn")
        self.detailLayout = QVBoxLayout(self.detailColumn)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self.detailColumn)
        self.state.setObjectName(u"state")
        self.state.setText(u"")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.PlainText)

        self.detailLayout.addWidget(self.state)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.labelLabel = QLabel(self.detailColumn)
        self.labelLabel.setObjectName(u"labelLabel")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelBox = QVBoxLayout()
        self.labelBox.setSpacing(2)
        self.labelBox.setObjectName(u"labelBox")
        self.label = QLineEdit(self.detailColumn)
        self.label.setObjectName(u"label")
        self.label.setMaxLength(80)

        self.labelBox.addWidget(self.label)

        self.labelError = QLabel(self.detailColumn)
        self.labelError.setObjectName(u"labelError")
        self.labelError.setText(u"")
        self.labelError.setWordWrap(True)

        self.labelBox.addWidget(self.labelError)


        self.detailForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.labelBox)

        self.effectiveLabel = QLabel(self.detailColumn)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveBox = QVBoxLayout()
        self.effectiveBox.setSpacing(2)
        self.effectiveBox.setObjectName(u"effectiveBox")
        self.effectiveRow = QHBoxLayout()
        self.effectiveRow.setObjectName(u"effectiveRow")
        self.effectiveDate = DateField(self.detailColumn)
        self.effectiveDate.setObjectName(u"effectiveDate")
        self.effectiveDate.setMinimumWidth(120)
        self.effectiveDate.setMaximumWidth(140)

        self.effectiveRow.addWidget(self.effectiveDate)

        self.saveDate = QPushButton(self.detailColumn)
        self.saveDate.setObjectName(u"saveDate")

        self.effectiveRow.addWidget(self.saveDate)

        self.effectiveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.effectiveRow.addItem(self.effectiveSpacer)


        self.effectiveBox.addLayout(self.effectiveRow)

        self.effectiveError = QLabel(self.detailColumn)
        self.effectiveError.setObjectName(u"effectiveError")
        self.effectiveError.setText(u"")
        self.effectiveError.setWordWrap(True)

        self.effectiveBox.addWidget(self.effectiveError)


        self.detailForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.effectiveBox)

        self.validityLabel = QLabel(self.detailColumn)
        self.validityLabel.setObjectName(u"validityLabel")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.validityLabel)

        self.validityBox = QVBoxLayout()
        self.validityBox.setSpacing(2)
        self.validityBox.setObjectName(u"validityBox")
        self.validityRow = QHBoxLayout()
        self.validityRow.setObjectName(u"validityRow")
        self.validity = QComboBox(self.detailColumn)
        self.validity.setObjectName(u"validity")

        self.validityRow.addWidget(self.validity)

        self.years = QSpinBox(self.detailColumn)
        self.years.setObjectName(u"years")
        self.years.setMinimum(1)
        self.years.setMaximum(20)
        self.years.setValue(1)

        self.validityRow.addWidget(self.years)

        self.validitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validityRow.addItem(self.validitySpacer)


        self.validityBox.addLayout(self.validityRow)

        self.validityHint = QLabel(self.detailColumn)
        self.validityHint.setObjectName(u"validityHint")
        self.validityHint.setText(u"")
        self.validityHint.setWordWrap(True)

        self.validityBox.addWidget(self.validityHint)


        self.detailForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.validityBox)


        self.detailLayout.addLayout(self.detailForm)

        self.details = QTabWidget(self.detailColumn)
        self.details.setObjectName(u"details")
        self.channelsTab = QWidget()
        self.channelsTab.setObjectName(u"channelsTab")
        self.channelsLayout = QVBoxLayout(self.channelsTab)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.channels = QTableWidget(self.channelsTab)
        self.channels.setObjectName(u"channels")
        self.channels.setTabKeyNavigation(False)
        self.channels.setSelectionMode(QAbstractItemView.SingleSelection)
        self.channels.setWordWrap(True)
        self.channels.verticalHeader().setVisible(False)

        self.channelsLayout.addWidget(self.channels)

        self.channelButtons = QHBoxLayout()
        self.channelButtons.setObjectName(u"channelButtons")
        self.addChannel = QPushButton(self.channelsTab)
        self.addChannel.setObjectName(u"addChannel")

        self.channelButtons.addWidget(self.addChannel)

        self.removeChannel = QPushButton(self.channelsTab)
        self.removeChannel.setObjectName(u"removeChannel")

        self.channelButtons.addWidget(self.removeChannel)

        self.moveUp = QPushButton(self.channelsTab)
        self.moveUp.setObjectName(u"moveUp")

        self.channelButtons.addWidget(self.moveUp)

        self.moveDown = QPushButton(self.channelsTab)
        self.moveDown.setObjectName(u"moveDown")

        self.channelButtons.addWidget(self.moveDown)

        self.channelButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelButtons.addItem(self.channelButtonsSpacer)


        self.channelsLayout.addLayout(self.channelButtons)

        self.channelsError = QLabel(self.channelsTab)
        self.channelsError.setObjectName(u"channelsError")
        self.channelsError.setText(u"")
        self.channelsError.setWordWrap(True)

        self.channelsLayout.addWidget(self.channelsError)

        self.details.addTab(self.channelsTab, "")
        self.parentTab = QWidget()
        self.parentTab.setObjectName(u"parentTab")
        self.parentForm = QFormLayout(self.parentTab)
        self.parentForm.setObjectName(u"parentForm")
        self.parentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.details.addTab(self.parentTab, "")
        self.studentTab = QWidget()
        self.studentTab.setObjectName(u"studentTab")
        self.studentForm = QFormLayout(self.studentTab)
        self.studentForm.setObjectName(u"studentForm")
        self.studentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.details.addTab(self.studentTab, "")

        self.detailLayout.addWidget(self.details)

        self.draftButtons = QHBoxLayout()
        self.draftButtons.setObjectName(u"draftButtons")
        self.draftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtons.addItem(self.draftSpacer)

        self.discard = QPushButton(self.detailColumn)
        self.discard.setObjectName(u"discard")

        self.draftButtons.addWidget(self.discard)

        self.saveVersion = QPushButton(self.detailColumn)
        self.saveVersion.setObjectName(u"saveVersion")

        self.draftButtons.addWidget(self.saveVersion)


        self.detailLayout.addLayout(self.draftButtons)

        self.detailLayout.setStretch(2, 1)
        self.splitter.addWidget(self.detailColumn)

        self.layout.addWidget(self.splitter)

        self.message = QLabel(ConsentFormsDialog)
        self.message.setObjectName(u"message")
        self.message.setText(u"")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ConsentFormsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.versionsLabel.setBuddy(self.versions)
        self.labelLabel.setBuddy(self.label)
        self.effectiveLabel.setBuddy(self.effectiveDate)
        self.validityLabel.setBuddy(self.validity)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versions, self.newVersion)
        QWidget.setTabOrder(self.newVersion, self.preview)
        QWidget.setTabOrder(self.preview, self.previewStudent)
        QWidget.setTabOrder(self.previewStudent, self.label)
        QWidget.setTabOrder(self.label, self.effectiveDate)
        QWidget.setTabOrder(self.effectiveDate, self.saveDate)
        QWidget.setTabOrder(self.saveDate, self.validity)
        QWidget.setTabOrder(self.validity, self.years)
        QWidget.setTabOrder(self.years, self.details)
        QWidget.setTabOrder(self.details, self.channels)
        QWidget.setTabOrder(self.channels, self.addChannel)
        QWidget.setTabOrder(self.addChannel, self.removeChannel)
        QWidget.setTabOrder(self.removeChannel, self.moveUp)
        QWidget.setTabOrder(self.moveUp, self.moveDown)
        QWidget.setTabOrder(self.moveDown, self.discard)
        QWidget.setTabOrder(self.discard, self.saveVersion)
        QWidget.setTabOrder(self.saveVersion, self.buttons)

        self.retranslateUi(ConsentFormsDialog)

        self.details.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ConsentFormsDialog)
    # setupUi

    def retranslateUi(self, ConsentFormsDialog):
        ConsentFormsDialog.setWindowTitle(QCoreApplication.translate("ConsentFormsDialog", u"Consent forms", None))
        self.versionsLabel.setText(QCoreApplication.translate("ConsentFormsDialog", u"&Versions:", None))
        self.newVersion.setText(QCoreApplication.translate("ConsentFormsDialog", u"&New version\u2026", None))
#if QT_CONFIG(tooltip)
        self.newVersion.setToolTip(QCoreApplication.translate("ConsentFormsDialog", u"A new version, starting from a copy of the current one", None))
#endif // QT_CONFIG(tooltip)
        self.preview.setText(QCoreApplication.translate("ConsentFormsDialog", u"Prev&iew\u2026", None))
#if QT_CONFIG(tooltip)
        self.preview.setToolTip(QCoreApplication.translate("ConsentFormsDialog", u"The printed form of the chosen version", None))
#endif // QT_CONFIG(tooltip)
        self.previewStudent.setText(QCoreApplication.translate("ConsentFormsDialog", u"Preview for a student of &16 or older", None))
        self.labelLabel.setText(QCoreApplication.translate("ConsentFormsDialog", u"Version &label:", None))
        self.effectiveLabel.setText(QCoreApplication.translate("ConsentFormsDialog", u"In &effect from:", None))
        self.saveDate.setText(QCoreApplication.translate("ConsentFormsDialog", u"Save &date", None))
#if QT_CONFIG(tooltip)
        self.saveDate.setToolTip(QCoreApplication.translate("ConsentFormsDialog", u"Change the effective date of this version (only while it is not in use)", None))
#endif // QT_CONFIG(tooltip)
        self.validityLabel.setText(QCoreApplication.translate("ConsentFormsDialog", u"Validit&y:", None))
#if QT_CONFIG(accessibility)
        self.years.setAccessibleName(QCoreApplication.translate("ConsentFormsDialog", u"Number of years", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.channels.setAccessibleName(QCoreApplication.translate("ConsentFormsDialog", u"Channels and the media asked on each", None))
#endif // QT_CONFIG(accessibility)
        self.addChannel.setText(QCoreApplication.translate("ConsentFormsDialog", u"&Add channel", None))
        self.removeChannel.setText(QCoreApplication.translate("ConsentFormsDialog", u"&Remove channel", None))
        self.moveUp.setText(QCoreApplication.translate("ConsentFormsDialog", u"Move &up", None))
        self.moveDown.setText(QCoreApplication.translate("ConsentFormsDialog", u"Move do&wn", None))
        self.details.setTabText(self.details.indexOf(self.channelsTab), QCoreApplication.translate("ConsentFormsDialog", u"&Channels", None))
        self.details.setTabText(self.details.indexOf(self.parentTab), QCoreApplication.translate("ConsentFormsDialog", u"Texts for &parents", None))
        self.details.setTabText(self.details.indexOf(self.studentTab), QCoreApplication.translate("ConsentFormsDialog", u"Texts for &students (16+)", None))
        self.discard.setText(QCoreApplication.translate("ConsentFormsDialog", u"Discard c&hanges", None))
        self.saveVersion.setText(QCoreApplication.translate("ConsentFormsDialog", u"Save the new versi&on", None))
    # retranslateUi

