# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_review_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

from korre_desktop.gui.widgets.answer_grid import AnswerGrid
from korre_desktop.gui.widgets.date_field import DateField
from korre_desktop.gui.widgets.scan_page_view import ScanPageView

class Ui_ScanReviewDialog(object):
    def setupUi(self, ScanReviewDialog):
        if not ScanReviewDialog.objectName():
            ScanReviewDialog.setObjectName(u"ScanReviewDialog")
        ScanReviewDialog.resize(1400, 900)
        self.layout = QVBoxLayout(ScanReviewDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(ScanReviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.queuePane = QWidget(self.splitter)
        self.queuePane.setObjectName(u"queuePane")
        self.queueLayout = QVBoxLayout(self.queuePane)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.queueLabel = QLabel(self.queuePane)
        self.queueLabel.setObjectName(u"queueLabel")

        self.queueLayout.addWidget(self.queueLabel)

        self.queue = QListWidget(self.queuePane)
        self.queue.setObjectName(u"queue")
        self.queue.setMinimumSize(QSize(200, 0))
        self.queue.setWordWrap(True)
        self.queue.setAlternatingRowColors(True)

        self.queueLayout.addWidget(self.queue)

        self.counter = QLabel(self.queuePane)
        self.counter.setObjectName(u"counter")

        self.queueLayout.addWidget(self.counter)

        self.splitter.addWidget(self.queuePane)
        self.pagePane = QWidget(self.splitter)
        self.pagePane.setObjectName(u"pagePane")
        self.pageLayout = QVBoxLayout(self.pagePane)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.zoomBar = QHBoxLayout()
        self.zoomBar.setObjectName(u"zoomBar")
        self.zoomOut = QToolButton(self.pagePane)
        self.zoomOut.setObjectName(u"zoomOut")
        self.zoomOut.setText(u"\u2212")

        self.zoomBar.addWidget(self.zoomOut)

        self.zoomIn = QToolButton(self.pagePane)
        self.zoomIn.setObjectName(u"zoomIn")
        self.zoomIn.setText(u"+")

        self.zoomBar.addWidget(self.zoomIn)

        self.fitWidth = QPushButton(self.pagePane)
        self.fitWidth.setObjectName(u"fitWidth")
        self.fitWidth.setAutoDefault(False)

        self.zoomBar.addWidget(self.fitWidth)

        self.zoomLabel = QLabel(self.pagePane)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(48, 0))

        self.zoomBar.addWidget(self.zoomLabel)

        self.zoomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.zoomBar.addItem(self.zoomSpacer)


        self.pageLayout.addLayout(self.zoomBar)

        self.pageView = ScanPageView(self.pagePane)
        self.pageView.setObjectName(u"pageView")
        self.pageView.setMinimumSize(QSize(320, 0))

        self.pageLayout.addWidget(self.pageView)

        self.legend = QLabel(self.pagePane)
        self.legend.setObjectName(u"legend")
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)

        self.pageLayout.addWidget(self.legend)

        self.splitter.addWidget(self.pagePane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailScroll = QScrollArea(self.detailPane)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.NoFrame)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.details = QWidget()
        self.details.setObjectName(u"details")
        self.detailsLayout = QVBoxLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.personTitle = QLabel(self.details)
        self.personTitle.setObjectName(u"personTitle")
        self.personTitle.setTextFormat(Qt.PlainText)
        self.personTitle.setWordWrap(True)
        self.personTitle.setStyleSheet(u"font-size: 15pt; font-weight: bold")
        self.personTitle.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.personTitle)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.facts.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLabel = QLabel(self.details)
        self.formLabel.setObjectName(u"formLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formText = QLabel(self.details)
        self.formText.setObjectName(u"formText")
        self.formText.setTextFormat(Qt.PlainText)
        self.formText.setWordWrap(True)
        self.formText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formText)

        self.codeLabel = QLabel(self.details)
        self.codeLabel.setObjectName(u"codeLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeEdit = QLineEdit(self.details)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"KF-XXXX-XXXX")
        self.codeEdit.setMaximumSize(QSize(180, 16777215))

        self.codeRow.addWidget(self.codeEdit)

        self.linkButton = QPushButton(self.details)
        self.linkButton.setObjectName(u"linkButton")
        self.linkButton.setAutoDefault(False)

        self.codeRow.addWidget(self.linkButton)

        self.codeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.codeRow.addItem(self.codeSpacer)


        self.facts.setLayout(1, QFormLayout.ItemRole.FieldRole, self.codeRow)

        self.classLabel = QLabel(self.details)
        self.classLabel.setObjectName(u"classLabel")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classText = QLabel(self.details)
        self.classText.setObjectName(u"classText")
        self.classText.setTextFormat(Qt.PlainText)
        self.classText.setWordWrap(True)

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classText)

        self.signerLabel = QLabel(self.details)
        self.signerLabel.setObjectName(u"signerLabel")

        self.facts.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerRow = QHBoxLayout()
        self.signerRow.setObjectName(u"signerRow")
        self.signer = QComboBox(self.details)
        self.signer.setObjectName(u"signer")
        self.signer.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.signer.setMinimumSize(QSize(280, 0))

        self.signerRow.addWidget(self.signer)

        self.signerText = QLabel(self.details)
        self.signerText.setObjectName(u"signerText")
        self.signerText.setTextFormat(Qt.PlainText)
        self.signerText.setWordWrap(True)

        self.signerRow.addWidget(self.signerText)


        self.facts.setLayout(3, QFormLayout.ItemRole.FieldRole, self.signerRow)

        self.scanLabel = QLabel(self.details)
        self.scanLabel.setObjectName(u"scanLabel")

        self.facts.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanText = QLabel(self.details)
        self.scanText.setObjectName(u"scanText")
        self.scanText.setTextFormat(Qt.PlainText)
        self.scanText.setWordWrap(True)
        self.scanText.setStyleSheet(u"color: #555")

        self.facts.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scanText)


        self.detailsLayout.addLayout(self.facts)

        self.reasonsHeading = QLabel(self.details)
        self.reasonsHeading.setObjectName(u"reasonsHeading")
        self.reasonsHeading.setStyleSheet(u"font-weight: bold; margin-top: 6px")

        self.detailsLayout.addWidget(self.reasonsHeading)

        self.reasons = QLabel(self.details)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setTextFormat(Qt.RichText)
        self.reasons.setWordWrap(True)

        self.detailsLayout.addWidget(self.reasons)

        self.cropsHeading = QLabel(self.details)
        self.cropsHeading.setObjectName(u"cropsHeading")
        self.cropsHeading.setStyleSheet(u"font-weight: bold; margin-top: 6px")

        self.detailsLayout.addWidget(self.cropsHeading)

        self.crops = QWidget(self.details)
        self.crops.setObjectName(u"crops")
        self.cropsLayout = QGridLayout(self.crops)
        self.cropsLayout.setObjectName(u"cropsLayout")
        self.cropsLayout.setContentsMargins(0, 0, 0, 0)

        self.detailsLayout.addWidget(self.crops)

        self.signatureHeading = QLabel(self.details)
        self.signatureHeading.setObjectName(u"signatureHeading")
        self.signatureHeading.setStyleSheet(u"font-weight: bold; margin-top: 6px")

        self.detailsLayout.addWidget(self.signatureHeading)

        self.signature = QLabel(self.details)
        self.signature.setObjectName(u"signature")
        self.signature.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.detailsLayout.addWidget(self.signature)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailScroll.setWidget(self.details)

        self.detailLayout.addWidget(self.detailScroll)

        self.answersLabel = QLabel(self.detailPane)
        self.answersLabel.setObjectName(u"answersLabel")

        self.detailLayout.addWidget(self.answersLabel)

        self.grid = AnswerGrid(self.detailPane)
        self.grid.setObjectName(u"grid")

        self.detailLayout.addWidget(self.grid)

        self.keysHint = QLabel(self.detailPane)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)
        self.keysHint.setStyleSheet(u"color: #555")

        self.detailLayout.addWidget(self.keysHint)

        self.bottomForm = QFormLayout()
        self.bottomForm.setObjectName(u"bottomForm")
        self.bottomForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(self.detailPane)
        self.dateLabel.setObjectName(u"dateLabel")

        self.bottomForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.signedDateRow = QHBoxLayout()
        self.signedDateRow.setObjectName(u"signedDateRow")
        self.signedDate = DateField(self.detailPane)
        self.signedDate.setObjectName(u"signedDate")
        self.signedDate.setMaximumSize(QSize(140, 16777215))

        self.signedDateRow.addWidget(self.signedDate)

        self.signedDateError = QLabel(self.detailPane)
        self.signedDateError.setObjectName(u"signedDateError")
        self.signedDateError.setText(u"")
        self.signedDateError.setWordWrap(True)

        self.signedDateRow.addWidget(self.signedDateError)


        self.bottomForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.signedDateRow)

        self.noteLabel = QLabel(self.detailPane)
        self.noteLabel.setObjectName(u"noteLabel")

        self.bottomForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.detailPane)
        self.note.setObjectName(u"note")

        self.bottomForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)


        self.detailLayout.addLayout(self.bottomForm)

        self.splitter.addWidget(self.detailPane)

        self.layout.addWidget(self.splitter)

        self.message = QLabel(ScanReviewDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.previousButton = QPushButton(ScanReviewDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.previousButton)

        self.skipButton = QPushButton(ScanReviewDialog)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.skipButton)

        self.rejectButton = QPushButton(ScanReviewDialog)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.rejectButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(ScanReviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ScanReviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.queueLabel.setBuddy(self.queue)
        self.codeLabel.setBuddy(self.codeEdit)
        self.signerLabel.setBuddy(self.signer)
        self.answersLabel.setBuddy(self.grid)
        self.dateLabel.setBuddy(self.signedDate)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.signer)
        QWidget.setTabOrder(self.signer, self.grid)
        QWidget.setTabOrder(self.grid, self.signedDate)
        QWidget.setTabOrder(self.signedDate, self.note)
        QWidget.setTabOrder(self.note, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.skipButton)
        QWidget.setTabOrder(self.skipButton, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.queue)
        QWidget.setTabOrder(self.queue, self.pageView)
        QWidget.setTabOrder(self.pageView, self.zoomOut)
        QWidget.setTabOrder(self.zoomOut, self.zoomIn)
        QWidget.setTabOrder(self.zoomIn, self.fitWidth)
        QWidget.setTabOrder(self.fitWidth, self.detailScroll)

        self.retranslateUi(ScanReviewDialog)

        QMetaObject.connectSlotsByName(ScanReviewDialog)
    # setupUi

    def retranslateUi(self, ScanReviewDialog):
        ScanReviewDialog.setWindowTitle(QCoreApplication.translate("ScanReviewDialog", u"Check scanned forms", None))
        self.queueLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"Pages to &check:", None))
#if QT_CONFIG(accessibility)
        self.queue.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Pages to check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.counter.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Position in the queue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomOut.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOut.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomIn.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomIn.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.fitWidth.setText(QCoreApplication.translate("ScanReviewDialog", u"Fit &width", None))
#if QT_CONFIG(tooltip)
        self.fitWidth.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"Fit the page to the width (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
        self.formLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"Form:", None))
        self.codeLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"&Form code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Form code printed under the QR code", None))
#endif // QT_CONFIG(accessibility)
        self.linkButton.setText(QCoreApplication.translate("ScanReviewDialog", u"&Link", None))
#if QT_CONFIG(tooltip)
        self.linkButton.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"Link this page to the form with this code (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.classLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"Class:", None))
        self.signerLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"Signed &by:", None))
#if QT_CONFIG(accessibility)
        self.signer.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Who signed the form", None))
#endif // QT_CONFIG(accessibility)
        self.scanLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"Scan:", None))
        self.reasonsHeading.setText(QCoreApplication.translate("ScanReviewDialog", u"Why this page needs checking", None))
#if QT_CONFIG(accessibility)
        self.reasons.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Why this page needs checking", None))
#endif // QT_CONFIG(accessibility)
        self.cropsHeading.setText(QCoreApplication.translate("ScanReviewDialog", u"Boxes in doubt (enlarged)", None))
#if QT_CONFIG(accessibility)
        self.crops.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Boxes in doubt, enlarged", None))
#endif // QT_CONFIG(accessibility)
        self.signatureHeading.setText(QCoreApplication.translate("ScanReviewDialog", u"Signature and date", None))
#if QT_CONFIG(accessibility)
        self.signature.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Signature, enlarged", None))
#endif // QT_CONFIG(accessibility)
        self.answersLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"A&nswers (as read; correct them with J and N):", None))
        self.keysHint.setText(QCoreApplication.translate("ScanReviewDialog", u"J yes \u00b7 N no \u00b7 Space toggles \u00b7 Delete clears \u00b7 Shift+J/N whole row \u00b7 Ctrl+J/N whole column \u00b7 Ctrl+Enter saves", None))
        self.dateLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"Signed &on:", None))
#if QT_CONFIG(accessibility)
        self.signedDate.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Signed on (dd-mm-yyyy)", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ScanReviewDialog", u"No&te:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ScanReviewDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("ScanReviewDialog", u"&Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"The previous page (Ctrl+Left or Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.skipButton.setText(QCoreApplication.translate("ScanReviewDialog", u"S&kip", None))
#if QT_CONFIG(tooltip)
        self.skipButton.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"The next page, without deciding this one (Ctrl+Right or Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("ScanReviewDialog", u"&Reject\u2026", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"Save nothing from this page: not a form, unusable or a copy (Ctrl+Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ScanReviewDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ScanReviewDialog", u"Save the form with these answers and go to the next page (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ScanReviewDialog", u"Close", None))
    # retranslateUi

