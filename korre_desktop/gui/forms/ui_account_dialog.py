# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(560, 10)
        self.layout = QVBoxLayout(AccountDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(AccountDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.platformLabel = QLabel(AccountDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.platformBox = QVBoxLayout()
        self.platformBox.setSpacing(2)
        self.platformBox.setObjectName(u"platformBox")
        self.platform = QComboBox(AccountDialog)
        self.platform.setObjectName(u"platform")
        self.platform.setMinimumWidth(200)

        self.platformBox.addWidget(self.platform, 0, Qt.AlignLeft)

        self.platformError = QLabel(AccountDialog)
        self.platformError.setObjectName(u"platformError")
        self.platformError.setText(u"")
        self.platformError.setWordWrap(True)

        self.platformBox.addWidget(self.platformError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.platformBox)

        self.nameLabel = QLabel(AccountDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(AccountDialog)
        self.name.setObjectName(u"name")

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(AccountDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.linkLabel = QLabel(AccountDialog)
        self.linkLabel.setObjectName(u"linkLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.link = QLineEdit(AccountDialog)
        self.link.setObjectName(u"link")
        self.link.setPlaceholderText(u"https://")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.link)

        self.ownerLabel = QLabel(AccountDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerBox = QVBoxLayout()
        self.ownerBox.setSpacing(2)
        self.ownerBox.setObjectName(u"ownerBox")
        self.owner = QComboBox(AccountDialog)
        self.owner.setObjectName(u"owner")
        self.owner.setMinimumWidth(260)

        self.ownerBox.addWidget(self.owner, 0, Qt.AlignLeft)

        self.ownerError = QLabel(AccountDialog)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setText(u"")
        self.ownerError.setWordWrap(True)

        self.ownerBox.addWidget(self.ownerError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.ownerBox)

        self.createdOnLabel = QLabel(AccountDialog)
        self.createdOnLabel.setObjectName(u"createdOnLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.createdOnLabel)

        self.createdOnBox = QVBoxLayout()
        self.createdOnBox.setSpacing(2)
        self.createdOnBox.setObjectName(u"createdOnBox")
        self.createdOn = DateField(AccountDialog)
        self.createdOn.setObjectName(u"createdOn")
        self.createdOn.setMinimumWidth(140)
        self.createdOn.setMaximumWidth(140)

        self.createdOnBox.addWidget(self.createdOn, 0, Qt.AlignLeft)

        self.createdOnError = QLabel(AccountDialog)
        self.createdOnError.setObjectName(u"createdOnError")
        self.createdOnError.setText(u"")
        self.createdOnError.setWordWrap(True)

        self.createdOnBox.addWidget(self.createdOnError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.createdOnBox)

        self.permissionByLabel = QLabel(AccountDialog)
        self.permissionByLabel.setObjectName(u"permissionByLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.permissionByLabel)

        self.permissionByBox = QVBoxLayout()
        self.permissionByBox.setSpacing(2)
        self.permissionByBox.setObjectName(u"permissionByBox")
        self.permissionBy = QComboBox(AccountDialog)
        self.permissionBy.setObjectName(u"permissionBy")
        self.permissionBy.setMinimumWidth(260)

        self.permissionByBox.addWidget(self.permissionBy, 0, Qt.AlignLeft)

        self.permissionByError = QLabel(AccountDialog)
        self.permissionByError.setObjectName(u"permissionByError")
        self.permissionByError.setText(u"")
        self.permissionByError.setWordWrap(True)

        self.permissionByBox.addWidget(self.permissionByError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.permissionByBox)

        self.noteLabel = QLabel(AccountDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(AccountDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.platformLabel.setBuddy(self.platform)
        self.nameLabel.setBuddy(self.name)
        self.linkLabel.setBuddy(self.link)
        self.ownerLabel.setBuddy(self.owner)
        self.createdOnLabel.setBuddy(self.createdOn)
        self.permissionByLabel.setBuddy(self.permissionBy)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.platform, self.name)
        QWidget.setTabOrder(self.name, self.link)
        QWidget.setTabOrder(self.link, self.owner)
        QWidget.setTabOrder(self.owner, self.createdOn)
        QWidget.setTabOrder(self.createdOn, self.permissionBy)
        QWidget.setTabOrder(self.permissionBy, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(AccountDialog)
        self.buttonBox.accepted.connect(AccountDialog.accept)
        self.buttonBox.rejected.connect(AccountDialog.reject)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"New account", None))
        self.platformLabel.setText(QCoreApplication.translate("AccountDialog", u"&Platform:", None))
        self.nameLabel.setText(QCoreApplication.translate("AccountDialog", u"&Name or handle:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"For example @obsdelinde or Ouders groep 5", None))
        self.linkLabel.setText(QCoreApplication.translate("AccountDialog", u"&Link:", None))
        self.ownerLabel.setText(QCoreApplication.translate("AccountDialog", u"Belongs &to:", None))
        self.createdOnLabel.setText(QCoreApplication.translate("AccountDialog", u"&Created on:", None))
        self.permissionByLabel.setText(QCoreApplication.translate("AccountDialog", u"Permission &from:", None))
        self.noteLabel.setText(QCoreApplication.translate("AccountDialog", u"N&ote:", None))
    # retranslateUi

