# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'class_dialog.ui'
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

class Ui_ClassDialog(object):
    def setupUi(self, ClassDialog):
        if not ClassDialog.objectName():
            ClassDialog.setObjectName(u"ClassDialog")
        ClassDialog.resize(460, 10)
        self.layout = QVBoxLayout(ClassDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(ClassDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.schoolLabel = QLabel(ClassDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolBox = QVBoxLayout()
        self.schoolBox.setSpacing(2)
        self.schoolBox.setObjectName(u"schoolBox")
        self.school = QComboBox(ClassDialog)
        self.school.setObjectName(u"school")

        self.schoolBox.addWidget(self.school)

        self.schoolError = QLabel(ClassDialog)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setText(u"")
        self.schoolError.setWordWrap(True)

        self.schoolBox.addWidget(self.schoolError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.schoolBox)

        self.schoolYearLabel = QLabel(ClassDialog)
        self.schoolYearLabel.setObjectName(u"schoolYearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolYearLabel)

        self.schoolYearBox = QVBoxLayout()
        self.schoolYearBox.setSpacing(2)
        self.schoolYearBox.setObjectName(u"schoolYearBox")
        self.schoolYear = QComboBox(ClassDialog)
        self.schoolYear.setObjectName(u"schoolYear")

        self.schoolYearBox.addWidget(self.schoolYear)

        self.schoolYearError = QLabel(ClassDialog)
        self.schoolYearError.setObjectName(u"schoolYearError")
        self.schoolYearError.setText(u"")
        self.schoolYearError.setWordWrap(True)

        self.schoolYearBox.addWidget(self.schoolYearError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.schoolYearBox)

        self.nameLabel = QLabel(ClassDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.name = QLineEdit(ClassDialog)
        self.name.setObjectName(u"name")

        self.nameBox.addWidget(self.name)

        self.nameError = QLabel(ClassDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nameBox)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ClassDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.school)
        self.schoolYearLabel.setBuddy(self.schoolYear)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.school, self.schoolYear)
        QWidget.setTabOrder(self.schoolYear, self.name)
        QWidget.setTabOrder(self.name, self.buttonBox)

        self.retranslateUi(ClassDialog)
        self.buttonBox.accepted.connect(ClassDialog.accept)
        self.buttonBox.rejected.connect(ClassDialog.reject)

        QMetaObject.connectSlotsByName(ClassDialog)
    # setupUi

    def retranslateUi(self, ClassDialog):
        ClassDialog.setWindowTitle(QCoreApplication.translate("ClassDialog", u"New class", None))
        self.schoolLabel.setText(QCoreApplication.translate("ClassDialog", u"&School:", None))
        self.schoolYearLabel.setText(QCoreApplication.translate("ClassDialog", u"School &year:", None))
        self.nameLabel.setText(QCoreApplication.translate("ClassDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"e.g. Group 5", None))
    # retranslateUi

