# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_tab.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_RecordTab(object):
    def setupUi(self, RecordTab):
        if not RecordTab.objectName():
            RecordTab.setObjectName(u"RecordTab")
        self.layout = QVBoxLayout(RecordTab)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.search = QLineEdit(RecordTab)
        self.search.setObjectName(u"search")
        self.search.setMinimumWidth(160)
        self.search.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.search)

        self.dateLabel = QLabel(RecordTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.filterRow.addWidget(self.dateLabel)

        self.date = DateField(RecordTab)
        self.date.setObjectName(u"date")
        self.date.setMaximumWidth(130)

        self.filterRow.addWidget(self.date)

        self.dateError = QLabel(RecordTab)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setText(u"")
        self.dateError.setVisible(False)

        self.filterRow.addWidget(self.dateError)

        self.schoolLabel = QLabel(RecordTab)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.filterRow.addWidget(self.schoolLabel)

        self.school = QComboBox(RecordTab)
        self.school.setObjectName(u"school")
        self.school.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.school.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.school)

        self.groupLabel = QLabel(RecordTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.filterRow.addWidget(self.groupLabel)

        self.group = QComboBox(RecordTab)
        self.group.setObjectName(u"group")
        self.group.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.group)

        self.statusLabel = QLabel(RecordTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.status = QComboBox(RecordTab)
        self.status.setObjectName(u"status")
        self.status.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(6)

        self.filterRow.addWidget(self.status)

        self.includeInactive = QCheckBox(RecordTab)
        self.includeInactive.setObjectName(u"includeInactive")

        self.filterRow.addWidget(self.includeInactive)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(RecordTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.detail = QTextBrowser(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detail.setMinimumWidth(280)
        self.detail.setOpenLinks(False)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.schoolLabel.setBuddy(self.school)
        self.groupLabel.setBuddy(self.group)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordTab)

        QMetaObject.connectSlotsByName(RecordTab)
    # setupUi

    def retranslateUi(self, RecordTab):
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("RecordTab", u"Search by name or number", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("RecordTab", u"Search by name or number (Ctrl+F)", None))
        self.dateLabel.setText(QCoreApplication.translate("RecordTab", u"&Date:", None))
        self.schoolLabel.setText(QCoreApplication.translate("RecordTab", u"&School:", None))
        self.groupLabel.setText(QCoreApplication.translate("RecordTab", u"&Class:", None))
        self.statusLabel.setText(QCoreApplication.translate("RecordTab", u"S&tatus:", None))
        self.includeInactive.setText(QCoreApplication.translate("RecordTab", u"Show f&ormer", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RecordTab", u"List", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("RecordTab", u"Details and history", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

