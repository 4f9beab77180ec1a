# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(860, 620)
        self.layout = QVBoxLayout(ImportWizard)
        self.layout.setObjectName(u"layout")
        self.pageTitle = QLabel(ImportWizard)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setText(u"")
        self.pageTitle.setStyleSheet(u"font-weight: bold; font-size: 13pt")

        self.layout.addWidget(self.pageTitle)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.sourcePage = QWidget()
        self.sourcePage.setObjectName(u"sourcePage")
        self.sourceLayout = QVBoxLayout(self.sourcePage)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceForm = QFormLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.sourcePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.sourcePage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fileLabel = QLabel(self.sourcePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileName = QLineEdit(self.sourcePage)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setReadOnly(True)

        self.fileRow.addWidget(self.fileName)

        self.chooseFileButton = QPushButton(self.sourcePage)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)


        self.sourceForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.appointmentsLabel = QLabel(self.sourcePage)
        self.appointmentsLabel.setObjectName(u"appointmentsLabel")

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appointmentsLabel)

        self.appointmentsRow = QHBoxLayout()
        self.appointmentsRow.setObjectName(u"appointmentsRow")
        self.appointmentsName = QLineEdit(self.sourcePage)
        self.appointmentsName.setObjectName(u"appointmentsName")
        self.appointmentsName.setReadOnly(True)

        self.appointmentsRow.addWidget(self.appointmentsName)

        self.chooseAppointmentsButton = QPushButton(self.sourcePage)
        self.chooseAppointmentsButton.setObjectName(u"chooseAppointmentsButton")

        self.appointmentsRow.addWidget(self.chooseAppointmentsButton)


        self.sourceForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.appointmentsRow)


        self.sourceLayout.addLayout(self.sourceForm)

        self.fileInfo = QLabel(self.sourcePage)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setText(u"")
        self.fileInfo.setWordWrap(True)

        self.sourceLayout.addWidget(self.fileInfo)

        self.fileError = QLabel(self.sourcePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setText(u"")
        self.fileError.setWordWrap(True)
        self.fileError.setStyleSheet(u"color: #b00020")

        self.sourceLayout.addWidget(self.fileError)

        self.dropHint = QLabel(self.sourcePage)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setWordWrap(True)
        self.dropHint.setAlignment(Qt.AlignCenter)
        self.dropHint.setMinimumHeight(140)
        self.dropHint.setStyleSheet(u"border: 2px dashed #9e9e9e; border-radius: 6px; padding: 16px; color: #555")

        self.sourceLayout.addWidget(self.dropHint)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sourceLayout.addItem(self.sourceSpacer)

        self.pages.addWidget(self.sourcePage)
        self.columnsPage = QWidget()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsLayout = QVBoxLayout(self.columnsPage)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.contextForm = QFormLayout()
        self.contextForm.setObjectName(u"contextForm")
        self.schoolLabel = QLabel(self.columnsPage)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.contextForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(self.columnsPage)
        self.schoolCombo.setObjectName(u"schoolCombo")
        self.schoolCombo.setMinimumWidth(260)

        self.contextForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.schoolYearLabel = QLabel(self.columnsPage)
        self.schoolYearLabel.setObjectName(u"schoolYearLabel")

        self.contextForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolYearLabel)

        self.schoolYear = QLineEdit(self.columnsPage)
        self.schoolYear.setObjectName(u"schoolYear")
        self.schoolYear.setMaximumWidth(140)
        self.schoolYear.setPlaceholderText(u"2026-2027")

        self.contextForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolYear)


        self.columnsLayout.addLayout(self.contextForm)

        self.columnsHint = QLabel(self.columnsPage)
        self.columnsHint.setObjectName(u"columnsHint")
        self.columnsHint.setText(u"")
        self.columnsHint.setWordWrap(True)

        self.columnsLayout.addWidget(self.columnsHint)

        self.columnsSplitter = QSplitter(self.columnsPage)
        self.columnsSplitter.setObjectName(u"columnsSplitter")
        self.columnsSplitter.setOrientation(Qt.Vertical)
        self.columnsSplitter.setChildrenCollapsible(False)
        self.columnsArea = QScrollArea(self.columnsSplitter)
        self.columnsArea.setObjectName(u"columnsArea")
        self.columnsArea.setWidgetResizable(True)
        self.columnsWidget = QWidget()
        self.columnsWidget.setObjectName(u"columnsWidget")
        self.columnsGrid = QGridLayout(self.columnsWidget)
        self.columnsGrid.setObjectName(u"columnsGrid")
        self.columnsArea.setWidget(self.columnsWidget)
        self.columnsSplitter.addWidget(self.columnsArea)
        self.previewTable = QTableView(self.columnsSplitter)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.columnsSplitter.addWidget(self.previewTable)

        self.columnsLayout.addWidget(self.columnsSplitter)

        self.columnsError = QLabel(self.columnsPage)
        self.columnsError.setObjectName(u"columnsError")
        self.columnsError.setText(u"")
        self.columnsError.setWordWrap(True)
        self.columnsError.setStyleSheet(u"color: #b00020")

        self.columnsLayout.addWidget(self.columnsError)

        self.pages.addWidget(self.columnsPage)
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkStatus = QLabel(self.checkPage)
        self.checkStatus.setObjectName(u"checkStatus")
        self.checkStatus.setText(u"")
        self.checkStatus.setWordWrap(True)

        self.checkLayout.addWidget(self.checkStatus)

        self.checkProgress = QProgressBar(self.checkPage)
        self.checkProgress.setObjectName(u"checkProgress")
        self.checkProgress.setValue(0)

        self.checkLayout.addWidget(self.checkProgress)

        self.countsGrid = QGridLayout()
        self.countsGrid.setObjectName(u"countsGrid")
        self.newLabel = QLabel(self.checkPage)
        self.newLabel.setObjectName(u"newLabel")

        self.countsGrid.addWidget(self.newLabel, 0, 0, 1, 1)

        self.newCount = QLabel(self.checkPage)
        self.newCount.setObjectName(u"newCount")
        self.newCount.setText(u"\u2013")

        self.countsGrid.addWidget(self.newCount, 0, 1, 1, 1)

        self.changedLabel = QLabel(self.checkPage)
        self.changedLabel.setObjectName(u"changedLabel")

        self.countsGrid.addWidget(self.changedLabel, 0, 2, 1, 1)

        self.changedCount = QLabel(self.checkPage)
        self.changedCount.setObjectName(u"changedCount")
        self.changedCount.setText(u"\u2013")

        self.countsGrid.addWidget(self.changedCount, 0, 3, 1, 1)

        self.unchangedLabel = QLabel(self.checkPage)
        self.unchangedLabel.setObjectName(u"unchangedLabel")

        self.countsGrid.addWidget(self.unchangedLabel, 0, 4, 1, 1)

        self.unchangedCount = QLabel(self.checkPage)
        self.unchangedCount.setObjectName(u"unchangedCount")
        self.unchangedCount.setText(u"\u2013")

        self.countsGrid.addWidget(self.unchangedCount, 0, 5, 1, 1)

        self.errorLabel = QLabel(self.checkPage)
        self.errorLabel.setObjectName(u"errorLabel")

        self.countsGrid.addWidget(self.errorLabel, 0, 6, 1, 1)

        self.errorCount = QLabel(self.checkPage)
        self.errorCount.setObjectName(u"errorCount")
        self.errorCount.setText(u"\u2013")

        self.countsGrid.addWidget(self.errorCount, 0, 7, 1, 1)

        self.warningLabel = QLabel(self.checkPage)
        self.warningLabel.setObjectName(u"warningLabel")

        self.countsGrid.addWidget(self.warningLabel, 0, 8, 1, 1)

        self.warningCount = QLabel(self.checkPage)
        self.warningCount.setObjectName(u"warningCount")
        self.warningCount.setText(u"\u2013")

        self.countsGrid.addWidget(self.warningCount, 0, 9, 1, 1)

        self.countsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsGrid.addItem(self.countsSpacer, 0, 10, 1, 1)


        self.checkLayout.addLayout(self.countsGrid)

        self.report = QPlainTextEdit(self.checkPage)
        self.report.setObjectName(u"report")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.WidgetWidth)

        self.checkLayout.addWidget(self.report)

        self.skipErrors = QCheckBox(self.checkPage)
        self.skipErrors.setObjectName(u"skipErrors")
        self.skipErrors.setText(u"")

        self.checkLayout.addWidget(self.skipErrors)

        self.missingBox = QWidget(self.checkPage)
        self.missingBox.setObjectName(u"missingBox")
        self.missingLayout = QHBoxLayout(self.missingBox)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingLayout.setContentsMargins(0, 0, 0, 0)
        self.markLeft = QCheckBox(self.missingBox)
        self.markLeft.setObjectName(u"markLeft")
        self.markLeft.setText(u"")

        self.missingLayout.addWidget(self.markLeft)

        self.leftDate = DateField(self.missingBox)
        self.leftDate.setObjectName(u"leftDate")
        self.leftDate.setEnabled(False)
        self.leftDate.setMinimumWidth(120)
        self.leftDate.setMaximumWidth(120)

        self.missingLayout.addWidget(self.leftDate)

        self.leftDateError = QLabel(self.missingBox)
        self.leftDateError.setObjectName(u"leftDateError")
        self.leftDateError.setText(u"")
        self.leftDateError.setWordWrap(True)

        self.missingLayout.addWidget(self.leftDateError)

        self.missingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.missingLayout.addItem(self.missingSpacer)


        self.checkLayout.addWidget(self.missingBox)

        self.checkError = QLabel(self.checkPage)
        self.checkError.setObjectName(u"checkError")
        self.checkError.setText(u"")
        self.checkError.setWordWrap(True)
        self.checkError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.checkLayout.addWidget(self.checkError)

        self.pages.addWidget(self.checkPage)
        self.applyPage = QWidget()
        self.applyPage.setObjectName(u"applyPage")
        self.applyLayout = QVBoxLayout(self.applyPage)
        self.applyLayout.setObjectName(u"applyLayout")
        self.applyStatus = QLabel(self.applyPage)
        self.applyStatus.setObjectName(u"applyStatus")
        self.applyStatus.setText(u"")
        self.applyStatus.setWordWrap(True)

        self.applyLayout.addWidget(self.applyStatus)

        self.applyProgress = QProgressBar(self.applyPage)
        self.applyProgress.setObjectName(u"applyProgress")
        self.applyProgress.setValue(0)

        self.applyLayout.addWidget(self.applyProgress)

        self.summary = QLabel(self.applyPage)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)

        self.applyLayout.addWidget(self.summary)

        self.applySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.applyLayout.addItem(self.applySpacer)

        self.pages.addWidget(self.applyPage)

        self.layout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fileLabel.setBuddy(self.chooseFileButton)
        self.appointmentsLabel.setBuddy(self.chooseAppointmentsButton)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.schoolYearLabel.setBuddy(self.schoolYear)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        self.pages.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportWizard", u"&What to import:", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.fileName.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Chosen file", None))
#endif // QT_CONFIG(accessibility)
        self.fileName.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"No file chosen", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportWizard", u"C&hoose file\u2026", None))
        self.appointmentsLabel.setText(QCoreApplication.translate("ImportWizard", u"A&ppointments:", None))
#if QT_CONFIG(accessibility)
        self.appointmentsName.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Chosen appointments file", None))
#endif // QT_CONFIG(accessibility)
        self.appointmentsName.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Only for an HR export in two files (Visma|Raet: persons and appointments)", None))
        self.chooseAppointmentsButton.setText(QCoreApplication.translate("ImportWizard", u"Choose appoint&ments\u2026", None))
        self.dropHint.setText(QCoreApplication.translate("ImportWizard", u"Export the students or staff from the administration system (ParnasSys, Magister, SOMtoday, Esis or the HR system) as CSV, Excel (XLSX) or EDEXML, then choose the file here or drag it onto this window. An EDEXML file is recognised automatically. Nothing is saved until the last step.", None))
        self.schoolLabel.setText(QCoreApplication.translate("ImportWizard", u"&School:", None))
        self.schoolYearLabel.setText(QCoreApplication.translate("ImportWizard", u"School &year:", None))
        self.newLabel.setText(QCoreApplication.translate("ImportWizard", u"New:", None))
        self.changedLabel.setText(QCoreApplication.translate("ImportWizard", u"Changed:", None))
        self.unchangedLabel.setText(QCoreApplication.translate("ImportWizard", u"Unchanged:", None))
        self.errorLabel.setText(QCoreApplication.translate("ImportWizard", u"Rows with errors:", None))
        self.warningLabel.setText(QCoreApplication.translate("ImportWizard", u"Warnings:", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"&Next >", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"Cancel", None))
    # retranslateUi

