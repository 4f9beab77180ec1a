# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'school_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SchoolDialog(object):
    def setupUi(self, SchoolDialog):
        if not SchoolDialog.objectName():
            SchoolDialog.setObjectName(u"SchoolDialog")
        SchoolDialog.resize(460, 10)
        self.layout = QVBoxLayout(SchoolDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(SchoolDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(SchoolDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(SchoolDialog)
        self.name.setObjectName(u"name")

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(SchoolDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.brinLabel = QLabel(SchoolDialog)
        self.brinLabel.setObjectName(u"brinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.brinLabel)

        self.brinBox = QVBoxLayout()
        self.brinBox.setSpacing(2)
        self.brinBox.setObjectName(u"brinBox")
        self.brin = QLineEdit(SchoolDialog)
        self.brin.setObjectName(u"brin")
        self.brin.setPlaceholderText(u"12AB")
        self.brin.setMinimumWidth(140)
        self.brin.setMaximumWidth(140)
        self.brin.setMaxLength(4)

        self.brinBox.addWidget(self.brin, 0, Qt.AlignLeft)

        self.brinError = QLabel(SchoolDialog)
        self.brinError.setObjectName(u"brinError")
        self.brinError.setText(u"")
        self.brinError.setWordWrap(True)

        self.brinBox.addWidget(self.brinError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.brinBox)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(SchoolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.brinLabel.setBuddy(self.brin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.brin)
        QWidget.setTabOrder(self.brin, self.buttonBox)

        self.retranslateUi(SchoolDialog)
        self.buttonBox.accepted.connect(SchoolDialog.accept)
        self.buttonBox.rejected.connect(SchoolDialog.reject)

        QMetaObject.connectSlotsByName(SchoolDialog)
    # setupUi

    def retranslateUi(self, SchoolDialog):
        SchoolDialog.setWindowTitle(QCoreApplication.translate("SchoolDialog", u"New school", None))
        self.nameLabel.setText(QCoreApplication.translate("SchoolDialog", u"&Name:", None))
        self.brinLabel.setText(QCoreApplication.translate("SchoolDialog", u"&BRIN number:", None))
    # retranslateUi

