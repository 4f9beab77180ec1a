# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'press_reports_dialog.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_PressReportsDialog(object):
    def setupUi(self, PressReportsDialog):
        if not PressReportsDialog.objectName():
            PressReportsDialog.setObjectName(u"PressReportsDialog")
        PressReportsDialog.resize(1100, 520)
        self.layout = QVBoxLayout(PressReportsDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(PressReportsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.schoolLabel = QLabel(PressReportsDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.filterRow.addWidget(self.schoolLabel)

        self.school = QComboBox(PressReportsDialog)
        self.school.setObjectName(u"school")
        self.school.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.school)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(PressReportsDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.detail = QLabel(PressReportsDialog)
        self.detail.setObjectName(u"detail")
        self.detail.setText(u"")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.detail)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newReport = QPushButton(PressReportsDialog)
        self.newReport.setObjectName(u"newReport")

        self.buttonRow.addWidget(self.newReport)

        self.viewAttachment = QPushButton(PressReportsDialog)
        self.viewAttachment.setObjectName(u"viewAttachment")

        self.buttonRow.addWidget(self.viewAttachment)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(PressReportsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.school)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.school, self.table)
        QWidget.setTabOrder(self.table, self.newReport)
        QWidget.setTabOrder(self.newReport, self.viewAttachment)
        QWidget.setTabOrder(self.viewAttachment, self.buttonBox)

        self.retranslateUi(PressReportsDialog)
        self.buttonBox.rejected.connect(PressReportsDialog.reject)

        QMetaObject.connectSlotsByName(PressReportsDialog)
    # setupUi

    def retranslateUi(self, PressReportsDialog):
        PressReportsDialog.setWindowTitle(QCoreApplication.translate("PressReportsDialog", u"Press reports", None))
        self.explanation.setText(QCoreApplication.translate("PressReportsDialog", u"Press contact after a social-media message, reported to management (protocol 2.4). A report is kept as it was entered: it cannot be changed or removed.", None))
        self.schoolLabel.setText(QCoreApplication.translate("PressReportsDialog", u"&School:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PressReportsDialog", u"Press reports", None))
#endif // QT_CONFIG(accessibility)
        self.newReport.setText(QCoreApplication.translate("PressReportsDialog", u"&New press report\u2026", None))
        self.viewAttachment.setText(QCoreApplication.translate("PressReportsDialog", u"View &attachment", None))
    # retranslateUi

