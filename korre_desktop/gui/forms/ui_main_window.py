# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QTabWidget,
    QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionLoadDemo = QAction(MainWindow)
        self.actionLoadDemo.setObjectName(u"actionLoadDemo")
        self.actionExportStatus = QAction(MainWindow)
        self.actionExportStatus.setObjectName(u"actionExportStatus")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionCheck = QAction(MainWindow)
        self.actionCheck.setObjectName(u"actionCheck")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionEnterConsent = QAction(MainWindow)
        self.actionEnterConsent.setObjectName(u"actionEnterConsent")
        self.actionEnterProtocol = QAction(MainWindow)
        self.actionEnterProtocol.setObjectName(u"actionEnterProtocol")
        self.actionWithdraw = QAction(MainWindow)
        self.actionWithdraw.setObjectName(u"actionWithdraw")
        self.actionProtocolVersions = QAction(MainWindow)
        self.actionProtocolVersions.setObjectName(u"actionProtocolVersions")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")
        self.startPage = QWidget()
        self.startPage.setObjectName(u"startPage")
        self.pages.addWidget(self.startPage)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.pages.addWidget(self.tabs)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuEntry = QMenu(self.menuBar)
        self.menuEntry.setObjectName(u"menuEntry")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.entryToolBar = QToolBar(MainWindow)
        self.entryToolBar.setObjectName(u"entryToolBar")
        self.entryToolBar.setMovable(False)
        self.entryToolBar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.entryToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuEntry.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionLoadDemo)
        self.menuFile.addAction(self.actionExportStatus)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionCheck)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEntry.addAction(self.actionEnterConsent)
        self.menuEntry.addAction(self.actionEnterProtocol)
        self.menuEntry.addAction(self.actionWithdraw)
        self.menuEntry.addSeparator()
        self.menuEntry.addAction(self.actionProtocolVersions)
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionAbout)
        self.entryToolBar.addAction(self.actionEnterConsent)
        self.entryToolBar.addAction(self.actionEnterProtocol)
        self.entryToolBar.addAction(self.actionWithdraw)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Korre Desktop", None))
        self.actionLoadDemo.setText(QCoreApplication.translate("MainWindow", u"Load &demo data\u2026", None))
        self.actionExportStatus.setText(QCoreApplication.translate("MainWindow", u"&Export status as CSV\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"Make a &backup\u2026", None))
        self.actionCheck.setText(QCoreApplication.translate("MainWindow", u"&Check database", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.actionEnterConsent.setText(QCoreApplication.translate("MainWindow", u"Enter consent &form\u2026", None))
        self.actionEnterProtocol.setText(QCoreApplication.translate("MainWindow", u"Enter signed &protocol\u2026", None))
        self.actionWithdraw.setText(QCoreApplication.translate("MainWindow", u"&Withdraw consent\u2026", None))
        self.actionProtocolVersions.setText(QCoreApplication.translate("MainWindow", u"Protocol &versions\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Korre Desktop", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuEntry.setTitle(QCoreApplication.translate("MainWindow", u"E&ntry", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.entryToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Entry", None))
    # retranslateUi

