# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(680, 560)
        self.layout = QVBoxLayout(FirstRunWizard)
        self.layout.setObjectName(u"layout")
        self.stepLabel = QLabel(FirstRunWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")
        self.stepLabel.setStyleSheet(u"color: #555")

        self.layout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(FirstRunWizard)
        self.pages.setObjectName(u"pages")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLayout.setContentsMargins(0, -1, 0, -1)
        self.welcomeTitle = QLabel(self.welcomePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        self.welcomeTitle.setStyleSheet(u"font-weight: bold; font-size: 14pt")

        self.welcomeLayout.addWidget(self.welcomeTitle)

        self.welcomeIntro = QLabel(self.welcomePage)
        self.welcomeIntro.setObjectName(u"welcomeIntro")
        self.welcomeIntro.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeIntro)

        self.welcomeGrid = QGridLayout()
        self.welcomeGrid.setObjectName(u"welcomeGrid")
        self.welcomeGrid.setContentsMargins(-1, 8, -1, -1)
        self.foundationLabel = QLabel(self.welcomePage)
        self.foundationLabel.setObjectName(u"foundationLabel")

        self.welcomeGrid.addWidget(self.foundationLabel, 0, 0, 1, 1)

        self.foundationName = QLineEdit(self.welcomePage)
        self.foundationName.setObjectName(u"foundationName")
        self.foundationName.setMaxLength(200)

        self.welcomeGrid.addWidget(self.foundationName, 0, 1, 1, 2)

        self.foundationError = QLabel(self.welcomePage)
        self.foundationError.setObjectName(u"foundationError")
        self.foundationError.setText(u"")
        self.foundationError.setWordWrap(True)
        self.foundationError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.welcomeGrid.addWidget(self.foundationError, 1, 1, 1, 2)

        self.newSchoolLabel = QLabel(self.welcomePage)
        self.newSchoolLabel.setObjectName(u"newSchoolLabel")

        self.welcomeGrid.addWidget(self.newSchoolLabel, 2, 0, 1, 1)

        self.newSchool = QLineEdit(self.welcomePage)
        self.newSchool.setObjectName(u"newSchool")
        self.newSchool.setMaxLength(200)

        self.welcomeGrid.addWidget(self.newSchool, 2, 1, 1, 1)

        self.addSchool = QPushButton(self.welcomePage)
        self.addSchool.setObjectName(u"addSchool")
        self.addSchool.setAutoDefault(False)

        self.welcomeGrid.addWidget(self.addSchool, 2, 2, 1, 1)

        self.schoolsLabel = QLabel(self.welcomePage)
        self.schoolsLabel.setObjectName(u"schoolsLabel")

        self.welcomeGrid.addWidget(self.schoolsLabel, 3, 0, 1, 1, Qt.AlignTop)

        self.schoolList = QListWidget(self.welcomePage)
        self.schoolList.setObjectName(u"schoolList")
        self.schoolList.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.schoolList.setMinimumHeight(120)
        self.schoolList.setMaximumHeight(200)

        self.welcomeGrid.addWidget(self.schoolList, 3, 1, 1, 1)

        self.removeSchool = QPushButton(self.welcomePage)
        self.removeSchool.setObjectName(u"removeSchool")
        self.removeSchool.setAutoDefault(False)

        self.welcomeGrid.addWidget(self.removeSchool, 3, 2, 1, 1, Qt.AlignTop)

        self.schoolsError = QLabel(self.welcomePage)
        self.schoolsError.setObjectName(u"schoolsError")
        self.schoolsError.setText(u"")
        self.schoolsError.setWordWrap(True)
        self.schoolsError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.welcomeGrid.addWidget(self.schoolsError, 4, 1, 1, 2)

        self.schoolsHint = QLabel(self.welcomePage)
        self.schoolsHint.setObjectName(u"schoolsHint")
        self.schoolsHint.setWordWrap(True)
        self.schoolsHint.setStyleSheet(u"color: #555")

        self.welcomeGrid.addWidget(self.schoolsHint, 5, 1, 1, 2)


        self.welcomeLayout.addLayout(self.welcomeGrid)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        self.pages.addWidget(self.welcomePage)
        self.folderPage = QWidget()
        self.folderPage.setObjectName(u"folderPage")
        self.folderLayout = QVBoxLayout(self.folderPage)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLayout.setContentsMargins(0, -1, 0, -1)
        self.folderTitle = QLabel(self.folderPage)
        self.folderTitle.setObjectName(u"folderTitle")
        self.folderTitle.setStyleSheet(u"font-weight: bold; font-size: 14pt")

        self.folderLayout.addWidget(self.folderTitle)

        self.fileChoice = QRadioButton(self.folderPage)
        self.fileChoice.setObjectName(u"fileChoice")
        self.fileChoice.setChecked(True)

        self.folderLayout.addWidget(self.fileChoice)

        self.serverChoice = QRadioButton(self.folderPage)
        self.serverChoice.setObjectName(u"serverChoice")

        self.folderLayout.addWidget(self.serverChoice)

        self.placeStack = QStackedWidget(self.folderPage)
        self.placeStack.setObjectName(u"placeStack")
        self.filePlace = QWidget()
        self.filePlace.setObjectName(u"filePlace")
        self.filePlaceLayout = QVBoxLayout(self.filePlace)
        self.filePlaceLayout.setObjectName(u"filePlaceLayout")
        self.filePlaceLayout.setContentsMargins(0, -1, 0, 0)
        self.folderIntro = QLabel(self.filePlace)
        self.folderIntro.setObjectName(u"folderIntro")
        self.folderIntro.setWordWrap(True)

        self.filePlaceLayout.addWidget(self.folderIntro)

        self.folderGrid = QGridLayout()
        self.folderGrid.setObjectName(u"folderGrid")
        self.folderGrid.setContentsMargins(-1, 8, -1, -1)
        self.folderLabel = QLabel(self.filePlace)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderGrid.addWidget(self.folderLabel, 0, 0, 1, 1)

        self.folder = QLineEdit(self.filePlace)
        self.folder.setObjectName(u"folder")

        self.folderGrid.addWidget(self.folder, 0, 1, 1, 1)

        self.browse = QPushButton(self.filePlace)
        self.browse.setObjectName(u"browse")
        self.browse.setAutoDefault(False)

        self.folderGrid.addWidget(self.browse, 0, 2, 1, 1)

        self.databaseFile = QLabel(self.filePlace)
        self.databaseFile.setObjectName(u"databaseFile")
        self.databaseFile.setText(u"")
        self.databaseFile.setWordWrap(True)
        self.databaseFile.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.databaseFile.setStyleSheet(u"color: #555")

        self.folderGrid.addWidget(self.databaseFile, 1, 1, 1, 2)


        self.filePlaceLayout.addLayout(self.folderGrid)

        self.problemFrame = QFrame(self.filePlace)
        self.problemFrame.setObjectName(u"problemFrame")
        self.problemFrame.setStyleSheet(u"QFrame#problemFrame { border: 1px solid #b00020; border-radius: 4px; background: #fdecee }")
        self.problemLayout = QHBoxLayout(self.problemFrame)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemIcon = QLabel(self.problemFrame)
        self.problemIcon.setObjectName(u"problemIcon")
        self.problemIcon.setText(u"")

        self.problemLayout.addWidget(self.problemIcon, 0, Qt.AlignTop)

        self.problemText = QLabel(self.problemFrame)
        self.problemText.setObjectName(u"problemText")
        self.problemText.setText(u"")
        self.problemText.setWordWrap(True)
        self.problemText.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problemText.setStyleSheet(u"color: #b00020; font-weight: bold")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problemText.sizePolicy().hasHeightForWidth())
        self.problemText.setSizePolicy(sizePolicy)

        self.problemLayout.addWidget(self.problemText)


        self.filePlaceLayout.addWidget(self.problemFrame)

        self.riskAccepted = QCheckBox(self.filePlace)
        self.riskAccepted.setObjectName(u"riskAccepted")

        self.filePlaceLayout.addWidget(self.riskAccepted)

        self.existingFrame = QFrame(self.filePlace)
        self.existingFrame.setObjectName(u"existingFrame")
        self.existingFrame.setStyleSheet(u"QFrame#existingFrame { border: 1px solid #1565c0; border-radius: 4px; background: #e8f0fb }")
        self.existingLayout = QHBoxLayout(self.existingFrame)
        self.existingLayout.setObjectName(u"existingLayout")
        self.existingIcon = QLabel(self.existingFrame)
        self.existingIcon.setObjectName(u"existingIcon")
        self.existingIcon.setText(u"")

        self.existingLayout.addWidget(self.existingIcon, 0, Qt.AlignTop)

        self.existingText = QLabel(self.existingFrame)
        self.existingText.setObjectName(u"existingText")
        self.existingText.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.existingText.sizePolicy().hasHeightForWidth())
        self.existingText.setSizePolicy(sizePolicy)

        self.existingLayout.addWidget(self.existingText)


        self.filePlaceLayout.addWidget(self.existingFrame)

        self.backupHint = QLabel(self.filePlace)
        self.backupHint.setObjectName(u"backupHint")
        self.backupHint.setWordWrap(True)
        self.backupHint.setStyleSheet(u"color: #555")

        self.filePlaceLayout.addWidget(self.backupHint)

        self.folderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePlaceLayout.addItem(self.folderSpacer)

        self.placeStack.addWidget(self.filePlace)
        self.serverPlace = QWidget()
        self.serverPlace.setObjectName(u"serverPlace")
        self.serverPlaceLayout = QVBoxLayout(self.serverPlace)
        self.serverPlaceLayout.setObjectName(u"serverPlaceLayout")
        self.serverPlaceLayout.setContentsMargins(0, -1, 0, 0)
        self.serverIntro = QLabel(self.serverPlace)
        self.serverIntro.setObjectName(u"serverIntro")
        self.serverIntro.setWordWrap(True)

        self.serverPlaceLayout.addWidget(self.serverIntro)

        self.serverGrid = QGridLayout()
        self.serverGrid.setObjectName(u"serverGrid")
        self.serverGrid.setContentsMargins(-1, 8, -1, -1)
        self.hostLabel = QLabel(self.serverPlace)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverGrid.addWidget(self.hostLabel, 0, 0, 1, 1)

        self.host = QLineEdit(self.serverPlace)
        self.host.setObjectName(u"host")
        self.host.setMaxLength(200)

        self.serverGrid.addWidget(self.host, 0, 1, 1, 1)

        self.portLabel = QLabel(self.serverPlace)
        self.portLabel.setObjectName(u"portLabel")

        self.serverGrid.addWidget(self.portLabel, 0, 2, 1, 1)

        self.port = QSpinBox(self.serverPlace)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(5432)

        self.serverGrid.addWidget(self.port, 0, 3, 1, 1)

        self.hostError = QLabel(self.serverPlace)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setText(u"")
        self.hostError.setWordWrap(True)
        self.hostError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.serverGrid.addWidget(self.hostError, 1, 1, 1, 3)

        self.tlsNote = QLabel(self.serverPlace)
        self.tlsNote.setObjectName(u"tlsNote")
        self.tlsNote.setText(u"")
        self.tlsNote.setWordWrap(True)
        self.tlsNote.setStyleSheet(u"color: #555")

        self.serverGrid.addWidget(self.tlsNote, 2, 1, 1, 3)

        self.databaseLabel = QLabel(self.serverPlace)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverGrid.addWidget(self.databaseLabel, 3, 0, 1, 1)

        self.databaseName = QLineEdit(self.serverPlace)
        self.databaseName.setObjectName(u"databaseName")
        self.databaseName.setMaxLength(200)

        self.serverGrid.addWidget(self.databaseName, 3, 1, 1, 3)

        self.databaseError = QLabel(self.serverPlace)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setText(u"")
        self.databaseError.setWordWrap(True)
        self.databaseError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.serverGrid.addWidget(self.databaseError, 4, 1, 1, 3)

        self.userLabel = QLabel(self.serverPlace)
        self.userLabel.setObjectName(u"userLabel")

        self.serverGrid.addWidget(self.userLabel, 5, 0, 1, 1)

        self.userName = QLineEdit(self.serverPlace)
        self.userName.setObjectName(u"userName")
        self.userName.setMaxLength(200)

        self.serverGrid.addWidget(self.userName, 5, 1, 1, 3)

        self.passwordLabel = QLabel(self.serverPlace)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverGrid.addWidget(self.passwordLabel, 6, 0, 1, 1)

        self.password = QLineEdit(self.serverPlace)
        self.password.setObjectName(u"password")
        self.password.setMaxLength(200)
        self.password.setEchoMode(QLineEdit.Password)

        self.serverGrid.addWidget(self.password, 6, 1, 1, 3)

        self.loginError = QLabel(self.serverPlace)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setText(u"")
        self.loginError.setWordWrap(True)
        self.loginError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.serverGrid.addWidget(self.loginError, 7, 1, 1, 3)

        self.rememberPassword = QCheckBox(self.serverPlace)
        self.rememberPassword.setObjectName(u"rememberPassword")

        self.serverGrid.addWidget(self.rememberPassword, 8, 1, 1, 3)

        self.keyringNote = QLabel(self.serverPlace)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setText(u"")
        self.keyringNote.setWordWrap(True)
        self.keyringNote.setStyleSheet(u"color: #555")

        self.serverGrid.addWidget(self.keyringNote, 9, 1, 1, 3)

        self.connectRow = QHBoxLayout()
        self.connectRow.setObjectName(u"connectRow")
        self.connectButton = QPushButton(self.serverPlace)
        self.connectButton.setObjectName(u"connectButton")
        self.connectButton.setAutoDefault(False)

        self.connectRow.addWidget(self.connectButton)

        self.connectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.connectRow.addItem(self.connectSpacer)


        self.serverGrid.addLayout(self.connectRow, 10, 1, 1, 3)

        self.connectStatus = QLabel(self.serverPlace)
        self.connectStatus.setObjectName(u"connectStatus")
        self.connectStatus.setText(u"")
        self.connectStatus.setWordWrap(True)
        self.connectStatus.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.serverGrid.addWidget(self.connectStatus, 11, 1, 1, 3)


        self.serverPlaceLayout.addLayout(self.serverGrid)

        self.serverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serverPlaceLayout.addItem(self.serverSpacer)

        self.placeStack.addWidget(self.serverPlace)

        self.folderLayout.addWidget(self.placeStack)

        self.pages.addWidget(self.folderPage)
        self.startPage = QWidget()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(0, -1, 0, -1)
        self.startTitle = QLabel(self.startPage)
        self.startTitle.setObjectName(u"startTitle")
        self.startTitle.setStyleSheet(u"font-weight: bold; font-size: 14pt")

        self.startLayout.addWidget(self.startTitle)

        self.importGap = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startLayout.addItem(self.importGap)

        self.importChoice = QRadioButton(self.startPage)
        self.importChoice.setObjectName(u"importChoice")
        self.importChoice.setChecked(True)

        self.startLayout.addWidget(self.importChoice)

        self.importHelp = QLabel(self.startPage)
        self.importHelp.setObjectName(u"importHelp")
        self.importHelp.setWordWrap(True)
        self.importHelp.setIndent(24)
        self.importHelp.setStyleSheet(u"color: #555")

        self.startLayout.addWidget(self.importHelp)

        self.demoGap = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startLayout.addItem(self.demoGap)

        self.demoChoice = QRadioButton(self.startPage)
        self.demoChoice.setObjectName(u"demoChoice")

        self.startLayout.addWidget(self.demoChoice)

        self.demoHelp = QLabel(self.startPage)
        self.demoHelp.setObjectName(u"demoHelp")
        self.demoHelp.setWordWrap(True)
        self.demoHelp.setIndent(24)
        self.demoHelp.setStyleSheet(u"color: #555")

        self.startLayout.addWidget(self.demoHelp)

        self.emptyGap = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startLayout.addItem(self.emptyGap)

        self.emptyChoice = QRadioButton(self.startPage)
        self.emptyChoice.setObjectName(u"emptyChoice")

        self.startLayout.addWidget(self.emptyChoice)

        self.emptyHelp = QLabel(self.startPage)
        self.emptyHelp.setObjectName(u"emptyHelp")
        self.emptyHelp.setWordWrap(True)
        self.emptyHelp.setIndent(24)
        self.emptyHelp.setStyleSheet(u"color: #555")

        self.startLayout.addWidget(self.emptyHelp)

        self.encryptGap = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startLayout.addItem(self.encryptGap)

        self.encryptFile = QCheckBox(self.startPage)
        self.encryptFile.setObjectName(u"encryptFile")

        self.startLayout.addWidget(self.encryptFile)

        self.encryptHelp = QLabel(self.startPage)
        self.encryptHelp.setObjectName(u"encryptHelp")
        self.encryptHelp.setText(u"")
        self.encryptHelp.setWordWrap(True)
        self.encryptHelp.setIndent(24)
        self.encryptHelp.setStyleSheet(u"color: #555")

        self.startLayout.addWidget(self.encryptHelp)

        self.passphraseBox = QWidget(self.startPage)
        self.passphraseBox.setObjectName(u"passphraseBox")
        self.passphraseGrid = QGridLayout(self.passphraseBox)
        self.passphraseGrid.setObjectName(u"passphraseGrid")
        self.passphraseGrid.setContentsMargins(24, 0, 0, 0)
        self.passphraseLabel = QLabel(self.passphraseBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseGrid.addWidget(self.passphraseLabel, 0, 0, 1, 1)

        self.passphrase = QLineEdit(self.passphraseBox)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setMaxLength(500)

        self.passphraseGrid.addWidget(self.passphrase, 0, 1, 1, 1)

        self.passphraseAgainLabel = QLabel(self.passphraseBox)
        self.passphraseAgainLabel.setObjectName(u"passphraseAgainLabel")

        self.passphraseGrid.addWidget(self.passphraseAgainLabel, 1, 0, 1, 1)

        self.passphraseAgain = QLineEdit(self.passphraseBox)
        self.passphraseAgain.setObjectName(u"passphraseAgain")
        self.passphraseAgain.setEchoMode(QLineEdit.Password)
        self.passphraseAgain.setMaxLength(500)

        self.passphraseGrid.addWidget(self.passphraseAgain, 1, 1, 1, 1)

        self.passphraseError = QLabel(self.passphraseBox)
        self.passphraseError.setObjectName(u"passphraseError")
        self.passphraseError.setText(u"")
        self.passphraseError.setWordWrap(True)
        self.passphraseError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.passphraseGrid.addWidget(self.passphraseError, 2, 1, 1, 1)


        self.startLayout.addWidget(self.passphraseBox)

        self.noteGap = QSpacerItem(0, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.startLayout.addItem(self.noteGap)

        self.demoNote = QLabel(self.startPage)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setText(u"")
        self.demoNote.setWordWrap(True)
        self.demoNote.setStyleSheet(u"color: #8a4b00; font-weight: bold")

        self.startLayout.addWidget(self.demoNote)

        self.summary = QLabel(self.startPage)
        self.summary.setObjectName(u"summary")
        self.summary.setText(u"")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.startLayout.addWidget(self.summary)

        self.finishError = QLabel(self.startPage)
        self.finishError.setObjectName(u"finishError")
        self.finishError.setText(u"")
        self.finishError.setWordWrap(True)
        self.finishError.setStyleSheet(u"color: #b00020; font-weight: bold")

        self.startLayout.addWidget(self.finishError)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startSpacer)

        self.pages.addWidget(self.startPage)

        self.layout.addWidget(self.pages)

        self.buttonLine = QFrame(FirstRunWizard)
        self.buttonLine.setObjectName(u"buttonLine")
        self.buttonLine.setFrameShape(QFrame.Shape.HLine)
        self.buttonLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.layout.addWidget(self.buttonLine)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.backButton = QPushButton(FirstRunWizard)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttons.addWidget(self.backButton)

        self.nextButton = QPushButton(FirstRunWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttons.addWidget(self.nextButton)

        self.cancelButton = QPushButton(FirstRunWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.foundationLabel.setBuddy(self.foundationName)
        self.newSchoolLabel.setBuddy(self.newSchool)
        self.schoolsLabel.setBuddy(self.schoolList)
        self.folderLabel.setBuddy(self.folder)
        self.hostLabel.setBuddy(self.host)
        self.portLabel.setBuddy(self.port)
        self.databaseLabel.setBuddy(self.databaseName)
        self.userLabel.setBuddy(self.userName)
        self.passwordLabel.setBuddy(self.password)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.passphraseAgainLabel.setBuddy(self.passphraseAgain)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.foundationName, self.newSchool)
        QWidget.setTabOrder(self.newSchool, self.addSchool)
        QWidget.setTabOrder(self.addSchool, self.schoolList)
        QWidget.setTabOrder(self.schoolList, self.removeSchool)
        QWidget.setTabOrder(self.removeSchool, self.fileChoice)
        QWidget.setTabOrder(self.fileChoice, self.serverChoice)
        QWidget.setTabOrder(self.serverChoice, self.folder)
        QWidget.setTabOrder(self.folder, self.browse)
        QWidget.setTabOrder(self.browse, self.riskAccepted)
        QWidget.setTabOrder(self.riskAccepted, self.host)
        QWidget.setTabOrder(self.host, self.port)
        QWidget.setTabOrder(self.port, self.databaseName)
        QWidget.setTabOrder(self.databaseName, self.userName)
        QWidget.setTabOrder(self.userName, self.password)
        QWidget.setTabOrder(self.password, self.rememberPassword)
        QWidget.setTabOrder(self.rememberPassword, self.connectButton)
        QWidget.setTabOrder(self.connectButton, self.importChoice)
        QWidget.setTabOrder(self.importChoice, self.demoChoice)
        QWidget.setTabOrder(self.demoChoice, self.emptyChoice)
        QWidget.setTabOrder(self.emptyChoice, self.encryptFile)
        QWidget.setTabOrder(self.encryptFile, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.passphraseAgain)
        QWidget.setTabOrder(self.passphraseAgain, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.cancelButton)

        self.retranslateUi(FirstRunWizard)

        self.pages.setCurrentIndex(0)
        self.placeStack.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Korre Desktop: first start", None))
        self.welcomeTitle.setText(QCoreApplication.translate("FirstRunWizard", u"Welcome to Korre Desktop", None))
        self.welcomeIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Korre Desktop starts for the first time on this computer. Three short steps, then the app opens. Everything can be changed later.", None))
        self.foundationLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Foundation name:", None))
#if QT_CONFIG(accessibility)
        self.foundationName.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Foundation name", None))
#endif // QT_CONFIG(accessibility)
        self.newSchoolLabel.setText(QCoreApplication.translate("FirstRunWizard", u"New &school:", None))
#if QT_CONFIG(accessibility)
        self.newSchool.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"New school", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newSchool.setAccessibleDescription(QCoreApplication.translate("FirstRunWizard", u"Type the name of a school and press Enter to add it to the list.", None))
#endif // QT_CONFIG(accessibility)
        self.newSchool.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"For example: De Regenboog", None))
        self.addSchool.setText(QCoreApplication.translate("FirstRunWizard", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.addSchool.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Add school", None))
#endif // QT_CONFIG(accessibility)
        self.schoolsLabel.setText(QCoreApplication.translate("FirstRunWizard", u"S&chools:", None))
#if QT_CONFIG(accessibility)
        self.schoolList.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Schools", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.schoolList.setAccessibleDescription(QCoreApplication.translate("FirstRunWizard", u"The schools of the foundation. Press F2 to change a name, Delete to remove it.", None))
#endif // QT_CONFIG(accessibility)
        self.removeSchool.setText(QCoreApplication.translate("FirstRunWizard", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeSchool.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Remove school", None))
#endif // QT_CONFIG(accessibility)
        self.schoolsHint.setText(QCoreApplication.translate("FirstRunWizard", u"Type a school's name and press Enter or Add. Double-click a name or press F2 to change it. The list may stay empty: schools can be added later (Records \u2192 New school).", None))
        self.folderTitle.setText(QCoreApplication.translate("FirstRunWizard", u"Where the data is kept", None))
        self.fileChoice.setText(QCoreApplication.translate("FirstRunWizard", u"On this &computer, in a database file", None))
#if QT_CONFIG(accessibility)
        self.fileChoice.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"On this computer, in a database file", None))
#endif // QT_CONFIG(accessibility)
        self.serverChoice.setText(QCoreApplication.translate("FirstRunWizard", u"Connect to the foundation's &server", None))
#if QT_CONFIG(accessibility)
        self.serverChoice.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Connect to the foundation's server", None))
#endif // QT_CONFIG(accessibility)
        self.folderIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Korre Desktop keeps all its data in one database file, korre.sqlite, in the folder below. Choose a folder on this computer's own disk; the suggested folder is a good choice.", None))
        self.folderLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("FirstRunWizard", u"B&rowse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Browse for a folder", None))
#endif // QT_CONFIG(accessibility)
        self.riskAccepted.setText(QCoreApplication.translate("FirstRunWizard", u"I &understand the risk and want to use this folder anyway", None))
#if QT_CONFIG(accessibility)
        self.riskAccepted.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"I understand the risk", None))
#endif // QT_CONFIG(accessibility)
        self.existingText.setText(QCoreApplication.translate("FirstRunWizard", u"There is already a database in this folder; it will be opened. It is not changed: the name and schools of step 1 are not added to it.", None))
        self.backupHint.setText(QCoreApplication.translate("FirstRunWizard", u"Backups: when the app starts it makes a backup (at most once a day) in the folder korre-backups beside the database. Also copy the backups regularly to another disk or to the foundation's backup.", None))
        self.serverIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Several computers share one database on the foundation's server (PostgreSQL). The administrator gives you the server's name, the database and your user name.", None))
        self.hostLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Host:", None))
#if QT_CONFIG(accessibility)
        self.host.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Server name", None))
#endif // QT_CONFIG(accessibility)
        self.host.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"For example: db.stichting.nl", None))
        self.portLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Port:", None))
#if QT_CONFIG(accessibility)
        self.port.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.databaseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Database:", None))
#if QT_CONFIG(accessibility)
        self.databaseName.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Database name", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("FirstRunWizard", u"User n&ame:", None))
#if QT_CONFIG(accessibility)
        self.userName.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.rememberPassword.setText(QCoreApplication.translate("FirstRunWizard", u"Rememb&er the password on this computer", None))
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Remember the password on this computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleDescription(QCoreApplication.translate("FirstRunWizard", u"The password is kept in this computer's keychain, never in a file.", None))
#endif // QT_CONFIG(accessibility)
        self.connectButton.setText(QCoreApplication.translate("FirstRunWizard", u"Connec&t", None))
#if QT_CONFIG(accessibility)
        self.connectButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Connect to the server", None))
#endif // QT_CONFIG(accessibility)
        self.startTitle.setText(QCoreApplication.translate("FirstRunWizard", u"How do you want to begin?", None))
        self.importChoice.setText(QCoreApplication.translate("FirstRunWizard", u"&Import data from the student administration (file)", None))
#if QT_CONFIG(accessibility)
        self.importChoice.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Import data from the student administration", None))
#endif // QT_CONFIG(accessibility)
        self.importHelp.setText(QCoreApplication.translate("FirstRunWizard", u"Choose an export of ParnasSys, Magister, SOMtoday, Esis or the HR system (CSV, Excel or EDEXML). The import wizard opens right after this step; nothing is saved before you confirm the import.", None))
        self.demoChoice.setText(QCoreApplication.translate("FirstRunWizard", u"Load &demo data to get to know the app", None))
#if QT_CONFIG(accessibility)
        self.demoChoice.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Load demo data", None))
#endif // QT_CONFIG(accessibility)
        self.demoHelp.setText(QCoreApplication.translate("FirstRunWizard", u"Made-up schools, students, staff and consent forms, to try everything out. The demo brings its own schools. Use this database for practice only, not for real data.", None))
        self.emptyChoice.setText(QCoreApplication.translate("FirstRunWizard", u"Start &empty", None))
#if QT_CONFIG(accessibility)
        self.emptyChoice.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Start empty", None))
#endif // QT_CONFIG(accessibility)
        self.emptyHelp.setText(QCoreApplication.translate("FirstRunWizard", u"An empty database with the foundation's name and schools from step 1. Add classes and people yourself (menu Records), or import them later (File \u2192 Import\u2026).", None))
        self.encryptFile.setText(QCoreApplication.translate("FirstRunWizard", u"En&crypt the database file", None))
#if QT_CONFIG(accessibility)
        self.encryptFile.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Encrypt the database file", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Pass&phrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseAgainLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Passphrase a&gain:", None))
#if QT_CONFIG(accessibility)
        self.passphraseAgain.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("FirstRunWizard", u"< &Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Next >", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Next", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("FirstRunWizard", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

