# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_log_dialog.ui'
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

from korre_desktop.gui.widgets.date_field import DateField

class Ui_ChangeLogDialog(object):
    def setupUi(self, ChangeLogDialog):
        if not ChangeLogDialog.objectName():
            ChangeLogDialog.setObjectName(u"ChangeLogDialog")
        ChangeLogDialog.resize(1100, 560)
        self.layout = QVBoxLayout(ChangeLogDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(ChangeLogDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.sinceLabel = QLabel(ChangeLogDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.since = DateField(ChangeLogDialog)
        self.since.setObjectName(u"since")
        self.since.setMinimumWidth(140)
        self.since.setMaximumWidth(140)

        self.filterRow.addWidget(self.since)

        self.userLabel = QLabel(ChangeLogDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterRow.addWidget(self.userLabel)

        self.user = QComboBox(ChangeLogDialog)
        self.user.setObjectName(u"user")
        self.user.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.user)

        self.tableFilterLabel = QLabel(ChangeLogDialog)
        self.tableFilterLabel.setObjectName(u"tableFilterLabel")

        self.filterRow.addWidget(self.tableFilterLabel)

        self.tableFilter = QComboBox(ChangeLogDialog)
        self.tableFilter.setObjectName(u"tableFilter")
        self.tableFilter.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.tableFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(ChangeLogDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.count = QLabel(ChangeLogDialog)
        self.count.setObjectName(u"count")
        self.count.setText(u"")

        self.layout.addWidget(self.count)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.exportCsv = QPushButton(ChangeLogDialog)
        self.exportCsv.setObjectName(u"exportCsv")

        self.buttonRow.addWidget(self.exportCsv)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ChangeLogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sinceLabel.setBuddy(self.since)
        self.userLabel.setBuddy(self.user)
        self.tableFilterLabel.setBuddy(self.tableFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.since, self.user)
        QWidget.setTabOrder(self.user, self.tableFilter)
        QWidget.setTabOrder(self.tableFilter, self.table)
        QWidget.setTabOrder(self.table, self.exportCsv)
        QWidget.setTabOrder(self.exportCsv, self.buttonBox)

        self.retranslateUi(ChangeLogDialog)
        self.buttonBox.rejected.connect(ChangeLogDialog.reject)

        QMetaObject.connectSlotsByName(ChangeLogDialog)
    # setupUi

    def retranslateUi(self, ChangeLogDialog):
        ChangeLogDialog.setWindowTitle(QCoreApplication.translate("ChangeLogDialog", u"Change log", None))
        self.sinceLabel.setText(QCoreApplication.translate("ChangeLogDialog", u"&From:", None))
        self.userLabel.setText(QCoreApplication.translate("ChangeLogDialog", u"&User:", None))
        self.tableFilterLabel.setText(QCoreApplication.translate("ChangeLogDialog", u"&Of:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Change log", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsv.setText(QCoreApplication.translate("ChangeLogDialog", u"E&xport to CSV\u2026", None))
    # retranslateUi

