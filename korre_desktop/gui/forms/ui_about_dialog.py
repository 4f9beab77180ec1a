# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(640, 560)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setSpacing(16)
        self.header.setObjectName(u"header")
        self.icon = QLabel(AboutDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setMinimumSize(QSize(64, 64))
        self.icon.setMaximumSize(QSize(64, 64))
        self.icon.setText(u"")

        self.header.addWidget(self.icon, 0, Qt.AlignTop)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(4)
        self.titleBox.setObjectName(u"titleBox")
        self.appName = QLabel(AboutDialog)
        self.appName.setObjectName(u"appName")
        self.appName.setText(u"Korre Desktop")
        self.appName.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.titleBox.addWidget(self.appName)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")
        self.version.setText(u"")
        self.version.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.titleBox.addWidget(self.version)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.titleBox.addWidget(self.description)


        self.header.addLayout(self.titleBox)


        self.layout.addLayout(self.header)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseBox = QHBoxLayout()
        self.databaseBox.setObjectName(u"databaseBox")
        self.databasePath = QLineEdit(AboutDialog)
        self.databasePath.setObjectName(u"databasePath")
        self.databasePath.setReadOnly(True)

        self.databaseBox.addWidget(self.databasePath)

        self.openDatabaseFolder = QPushButton(AboutDialog)
        self.openDatabaseFolder.setObjectName(u"openDatabaseFolder")
        self.openDatabaseFolder.setAutoDefault(False)

        self.databaseBox.addWidget(self.openDatabaseFolder)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.databaseBox)

        self.userLabel = QLabel(AboutDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QLabel(AboutDialog)
        self.user.setObjectName(u"user")
        self.user.setText(u"")
        self.user.setWordWrap(True)
        self.user.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user)

        self.logFolderLabel = QLabel(AboutDialog)
        self.logFolderLabel.setObjectName(u"logFolderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logFolderLabel)

        self.logFolderBox = QHBoxLayout()
        self.logFolderBox.setObjectName(u"logFolderBox")
        self.logFolder = QLineEdit(AboutDialog)
        self.logFolder.setObjectName(u"logFolder")
        self.logFolder.setReadOnly(True)

        self.logFolderBox.addWidget(self.logFolder)

        self.openLogFolder = QPushButton(AboutDialog)
        self.openLogFolder.setObjectName(u"openLogFolder")
        self.openLogFolder.setAutoDefault(False)

        self.logFolderBox.addWidget(self.openLogFolder)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logFolderBox)

        self.versionsLabel = QLabel(AboutDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.versionsLabel)

        self.versions = QLineEdit(AboutDialog)
        self.versions.setObjectName(u"versions")
        self.versions.setReadOnly(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.versions)


        self.layout.addLayout(self.form)

        self.librariesLabel = QLabel(AboutDialog)
        self.librariesLabel.setObjectName(u"librariesLabel")

        self.layout.addWidget(self.librariesLabel)

        self.libraries = QPlainTextEdit(AboutDialog)
        self.libraries.setObjectName(u"libraries")
        self.libraries.setReadOnly(True)
        self.libraries.setTabChangesFocus(True)
        self.libraries.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.libraries.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.layout.addWidget(self.libraries)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.databaseLabel.setBuddy(self.databasePath)
        self.logFolderLabel.setBuddy(self.logFolder)
        self.versionsLabel.setBuddy(self.versions)
        self.librariesLabel.setBuddy(self.libraries)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.databasePath, self.openDatabaseFolder)
        QWidget.setTabOrder(self.openDatabaseFolder, self.logFolder)
        QWidget.setTabOrder(self.logFolder, self.openLogFolder)
        QWidget.setTabOrder(self.openLogFolder, self.versions)
        QWidget.setTabOrder(self.versions, self.libraries)
        QWidget.setTabOrder(self.libraries, self.buttonBox)

        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Korre Desktop", None))
#if QT_CONFIG(accessibility)
        self.icon.setAccessibleName(QCoreApplication.translate("AboutDialog", u"App icon", None))
#endif // QT_CONFIG(accessibility)
        self.description.setText(QCoreApplication.translate("AboutDialog", u"Records of the social-media protocol and media consent for the schools of Stichting de Korre.", None))
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"&Database:", None))
#if QT_CONFIG(accessibility)
        self.databasePath.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database file", None))
#endif // QT_CONFIG(accessibility)
        self.openDatabaseFolder.setText(QCoreApplication.translate("AboutDialog", u"Open &folder", None))
#if QT_CONFIG(accessibility)
        self.openDatabaseFolder.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open the database's folder", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("AboutDialog", u"User:", None))
        self.logFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"&Log folder:", None))
#if QT_CONFIG(accessibility)
        self.logFolder.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Log folder", None))
#endif // QT_CONFIG(accessibility)
        self.openLogFolder.setText(QCoreApplication.translate("AboutDialog", u"Open f&older", None))
#if QT_CONFIG(accessibility)
        self.openLogFolder.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open the log folder", None))
#endif // QT_CONFIG(accessibility)
        self.versionsLabel.setText(QCoreApplication.translate("AboutDialog", u"&Versions:", None))
#if QT_CONFIG(accessibility)
        self.versions.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Versions of Python, Qt and PySide6", None))
#endif // QT_CONFIG(accessibility)
        self.librariesLabel.setText(QCoreApplication.translate("AboutDialog", u"L&ibraries and their licences:", None))
#if QT_CONFIG(accessibility)
        self.libraries.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Libraries and their licences", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

