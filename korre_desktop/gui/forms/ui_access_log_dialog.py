# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'access_log_dialog.ui'
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

class Ui_AccessLogDialog(object):
    def setupUi(self, AccessLogDialog):
        if not AccessLogDialog.objectName():
            AccessLogDialog.setObjectName(u"AccessLogDialog")
        AccessLogDialog.resize(1100, 560)
        self.layout = QVBoxLayout(AccessLogDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(AccessLogDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setText(u"")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.sinceLabel = QLabel(AccessLogDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.since = DateField(AccessLogDialog)
        self.since.setObjectName(u"since")
        self.since.setMinimumWidth(140)
        self.since.setMaximumWidth(140)

        self.filterRow.addWidget(self.since)

        self.userLabel = QLabel(AccessLogDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterRow.addWidget(self.userLabel)

        self.user = QComboBox(AccessLogDialog)
        self.user.setObjectName(u"user")
        self.user.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.user)

        self.actionLabel = QLabel(AccessLogDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterRow.addWidget(self.actionLabel)

        self.action = QComboBox(AccessLogDialog)
        self.action.setObjectName(u"action")
        self.action.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filterRow.addWidget(self.action)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(AccessLogDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.count = QLabel(AccessLogDialog)
        self.count.setObjectName(u"count")
        self.count.setText(u"")

        self.layout.addWidget(self.count)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.exportCsv = QPushButton(AccessLogDialog)
        self.exportCsv.setObjectName(u"exportCsv")

        self.buttonRow.addWidget(self.exportCsv)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(AccessLogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sinceLabel.setBuddy(self.since)
        self.userLabel.setBuddy(self.user)
        self.actionLabel.setBuddy(self.action)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.since, self.user)
        QWidget.setTabOrder(self.user, self.action)
        QWidget.setTabOrder(self.action, self.table)
        QWidget.setTabOrder(self.table, self.exportCsv)
        QWidget.setTabOrder(self.exportCsv, self.buttonBox)

        self.retranslateUi(AccessLogDialog)
        self.buttonBox.rejected.connect(AccessLogDialog.reject)

        QMetaObject.connectSlotsByName(AccessLogDialog)
    # setupUi

    def retranslateUi(self, AccessLogDialog):
        AccessLogDialog.setWindowTitle(QCoreApplication.translate("AccessLogDialog", u"Access log", None))
        self.sinceLabel.setText(QCoreApplication.translate("AccessLogDialog", u"&From:", None))
        self.userLabel.setText(QCoreApplication.translate("AccessLogDialog", u"&User:", None))
        self.actionLabel.setText(QCoreApplication.translate("AccessLogDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AccessLogDialog", u"Access log", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsv.setText(QCoreApplication.translate("AccessLogDialog", u"E&xport to CSV\u2026", None))
    # retranslateUi

