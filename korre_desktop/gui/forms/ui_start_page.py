# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartPage(object):
    def setupUi(self, StartPage):
        if not StartPage.objectName():
            StartPage.setObjectName(u"StartPage")
        self.layout = QVBoxLayout(StartPage)
        self.layout.setObjectName(u"layout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.topSpacer)

        self.centreRow = QHBoxLayout()
        self.centreRow.setObjectName(u"centreRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpacer)

        self.panel = QWidget(StartPage)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(560, 0))
        self.panel.setMaximumSize(QSize(560, 16777215))
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setSpacing(14)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.panel)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignCenter)

        self.panelLayout.addWidget(self.title)

        self.explanation = QLabel(self.panel)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignCenter)

        self.panelLayout.addWidget(self.explanation)

        self.loadDemo = QPushButton(self.panel)
        self.loadDemo.setObjectName(u"loadDemo")

        self.panelLayout.addWidget(self.loadDemo, 0, Qt.AlignHCenter)


        self.centreRow.addWidget(self.panel)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.rightSpacer)


        self.layout.addLayout(self.centreRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(StartPage)

        self.loadDemo.setDefault(True)


        QMetaObject.connectSlotsByName(StartPage)
    # setupUi

    def retranslateUi(self, StartPage):
        self.title.setText(QCoreApplication.translate("StartPage", u"<h2>This database is still empty</h2>", None))
        self.explanation.setText(QCoreApplication.translate("StartPage", u"Start with demo data to see how Korre Desktop works: invented schools, students, guardians and staff with protocol signatures and consent forms. Use a separate database file for demo data, not the one for your real records.", None))
        self.loadDemo.setText(QCoreApplication.translate("StartPage", u"Load &demo data", None))
        pass
    # retranslateUi

