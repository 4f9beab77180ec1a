# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'student_dialog.ui'
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

class Ui_StudentDialog(object):
    def setupUi(self, StudentDialog):
        if not StudentDialog.objectName():
            StudentDialog.setObjectName(u"StudentDialog")
        StudentDialog.resize(520, 10)
        self.layout = QVBoxLayout(StudentDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(StudentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.schoolLabel = QLabel(StudentDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolBox = QVBoxLayout()
        self.schoolBox.setSpacing(2)
        self.schoolBox.setObjectName(u"schoolBox")
        self.school = QComboBox(StudentDialog)
        self.school.setObjectName(u"school")

        self.schoolBox.addWidget(self.school)

        self.schoolError = QLabel(StudentDialog)
        self.schoolError.setObjectName(u"schoolError")
        self.schoolError.setText(u"")
        self.schoolError.setWordWrap(True)

        self.schoolBox.addWidget(self.schoolError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.schoolBox)

        self.studentNumberLabel = QLabel(StudentDialog)
        self.studentNumberLabel.setObjectName(u"studentNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.studentNumberLabel)

        self.studentNumberBox = QVBoxLayout()
        self.studentNumberBox.setSpacing(2)
        self.studentNumberBox.setObjectName(u"studentNumberBox")
        self.studentNumber = QLineEdit(StudentDialog)
        self.studentNumber.setObjectName(u"studentNumber")
        self.studentNumber.setMinimumWidth(180)
        self.studentNumber.setMaximumWidth(180)

        self.studentNumberBox.addWidget(self.studentNumber, 0, Qt.AlignLeft)

        self.studentNumberError = QLabel(StudentDialog)
        self.studentNumberError.setObjectName(u"studentNumberError")
        self.studentNumberError.setText(u"")
        self.studentNumberError.setWordWrap(True)

        self.studentNumberBox.addWidget(self.studentNumberError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.studentNumberBox)

        self.roepnaamLabel = QLabel(StudentDialog)
        self.roepnaamLabel.setObjectName(u"roepnaamLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roepnaamLabel)

        self.roepnaamBox = QVBoxLayout()
        self.roepnaamBox.setSpacing(2)
        self.roepnaamBox.setObjectName(u"roepnaamBox")
        self.roepnaam = QLineEdit(StudentDialog)
        self.roepnaam.setObjectName(u"roepnaam")

        self.roepnaamBox.addWidget(self.roepnaam)

        self.roepnaamError = QLabel(StudentDialog)
        self.roepnaamError.setObjectName(u"roepnaamError")
        self.roepnaamError.setText(u"")
        self.roepnaamError.setWordWrap(True)

        self.roepnaamBox.addWidget(self.roepnaamError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.roepnaamBox)

        self.tussenvoegselLabel = QLabel(StudentDialog)
        self.tussenvoegselLabel.setObjectName(u"tussenvoegselLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tussenvoegselLabel)

        self.tussenvoegsel = QLineEdit(StudentDialog)
        self.tussenvoegsel.setObjectName(u"tussenvoegsel")
        self.tussenvoegsel.setMinimumWidth(180)
        self.tussenvoegsel.setMaximumWidth(180)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tussenvoegsel)

        self.achternaamLabel = QLabel(StudentDialog)
        self.achternaamLabel.setObjectName(u"achternaamLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.achternaamLabel)

        self.achternaamBox = QVBoxLayout()
        self.achternaamBox.setSpacing(2)
        self.achternaamBox.setObjectName(u"achternaamBox")
        self.achternaam = QLineEdit(StudentDialog)
        self.achternaam.setObjectName(u"achternaam")

        self.achternaamBox.addWidget(self.achternaam)

        self.achternaamError = QLabel(StudentDialog)
        self.achternaamError.setObjectName(u"achternaamError")
        self.achternaamError.setText(u"")
        self.achternaamError.setWordWrap(True)

        self.achternaamBox.addWidget(self.achternaamError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.achternaamBox)

        self.birthDateLabel = QLabel(StudentDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateBox = QVBoxLayout()
        self.birthDateBox.setSpacing(2)
        self.birthDateBox.setObjectName(u"birthDateBox")
        self.birthDate = DateField(StudentDialog)
        self.birthDate.setObjectName(u"birthDate")
        self.birthDate.setMinimumWidth(140)
        self.birthDate.setMaximumWidth(140)

        self.birthDateBox.addWidget(self.birthDate, 0, Qt.AlignLeft)

        self.birthDateError = QLabel(StudentDialog)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setText(u"")
        self.birthDateError.setWordWrap(True)

        self.birthDateBox.addWidget(self.birthDateError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.birthDateBox)

        self.enrolledDateLabel = QLabel(StudentDialog)
        self.enrolledDateLabel.setObjectName(u"enrolledDateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.enrolledDateLabel)

        self.enrolledDateBox = QVBoxLayout()
        self.enrolledDateBox.setSpacing(2)
        self.enrolledDateBox.setObjectName(u"enrolledDateBox")
        self.enrolledDate = DateField(StudentDialog)
        self.enrolledDate.setObjectName(u"enrolledDate")
        self.enrolledDate.setMinimumWidth(140)
        self.enrolledDate.setMaximumWidth(140)

        self.enrolledDateBox.addWidget(self.enrolledDate, 0, Qt.AlignLeft)

        self.enrolledDateError = QLabel(StudentDialog)
        self.enrolledDateError.setObjectName(u"enrolledDateError")
        self.enrolledDateError.setText(u"")
        self.enrolledDateError.setWordWrap(True)

        self.enrolledDateBox.addWidget(self.enrolledDateError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.enrolledDateBox)

        self.schoolClassLabel = QLabel(StudentDialog)
        self.schoolClassLabel.setObjectName(u"schoolClassLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.schoolClassLabel)

        self.schoolClassBox = QVBoxLayout()
        self.schoolClassBox.setSpacing(2)
        self.schoolClassBox.setObjectName(u"schoolClassBox")
        self.schoolClass = QComboBox(StudentDialog)
        self.schoolClass.setObjectName(u"schoolClass")

        self.schoolClassBox.addWidget(self.schoolClass)

        self.schoolClassError = QLabel(StudentDialog)
        self.schoolClassError.setObjectName(u"schoolClassError")
        self.schoolClassError.setText(u"")
        self.schoolClassError.setWordWrap(True)

        self.schoolClassBox.addWidget(self.schoolClassError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.schoolClassBox)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(StudentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.school)
        self.studentNumberLabel.setBuddy(self.studentNumber)
        self.roepnaamLabel.setBuddy(self.roepnaam)
        self.tussenvoegselLabel.setBuddy(self.tussenvoegsel)
        self.achternaamLabel.setBuddy(self.achternaam)
        self.birthDateLabel.setBuddy(self.birthDate)
        self.enrolledDateLabel.setBuddy(self.enrolledDate)
        self.schoolClassLabel.setBuddy(self.schoolClass)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.school, self.studentNumber)
        QWidget.setTabOrder(self.studentNumber, self.roepnaam)
        QWidget.setTabOrder(self.roepnaam, self.tussenvoegsel)
        QWidget.setTabOrder(self.tussenvoegsel, self.achternaam)
        QWidget.setTabOrder(self.achternaam, self.birthDate)
        QWidget.setTabOrder(self.birthDate, self.enrolledDate)
        QWidget.setTabOrder(self.enrolledDate, self.schoolClass)
        QWidget.setTabOrder(self.schoolClass, self.buttonBox)

        self.retranslateUi(StudentDialog)
        self.buttonBox.accepted.connect(StudentDialog.accept)
        self.buttonBox.rejected.connect(StudentDialog.reject)

        QMetaObject.connectSlotsByName(StudentDialog)
    # setupUi

    def retranslateUi(self, StudentDialog):
        StudentDialog.setWindowTitle(QCoreApplication.translate("StudentDialog", u"New student", None))
        self.schoolLabel.setText(QCoreApplication.translate("StudentDialog", u"&School:", None))
        self.studentNumberLabel.setText(QCoreApplication.translate("StudentDialog", u"Student &number:", None))
        self.roepnaamLabel.setText(QCoreApplication.translate("StudentDialog", u"&First name:", None))
        self.tussenvoegselLabel.setText(QCoreApplication.translate("StudentDialog", u"&Infix:", None))
        self.achternaamLabel.setText(QCoreApplication.translate("StudentDialog", u"&Last name:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("StudentDialog", u"Date of &birth:", None))
#if QT_CONFIG(tooltip)
        self.birthDate.setToolTip(QCoreApplication.translate("StudentDialog", u"Leave empty when the date of birth is not known: the student then counts as younger than 16 and is on the worklist.", None))
#endif // QT_CONFIG(tooltip)
        self.enrolledDateLabel.setText(QCoreApplication.translate("StudentDialog", u"&Enrolled on:", None))
        self.schoolClassLabel.setText(QCoreApplication.translate("StudentDialog", u"&Class:", None))
    # retranslateUi

