# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'employee_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

from korre_desktop.gui.widgets.date_field import DateField

class Ui_EmployeeDialog(object):
    def setupUi(self, EmployeeDialog):
        if not EmployeeDialog.objectName():
            EmployeeDialog.setObjectName(u"EmployeeDialog")
        EmployeeDialog.resize(540, 10)
        self.layout = QVBoxLayout(EmployeeDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(EmployeeDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.staffNumberLabel = QLabel(EmployeeDialog)
        self.staffNumberLabel.setObjectName(u"staffNumberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffNumberLabel)

        self.staffNumberBox = QVBoxLayout()
        self.staffNumberBox.setSpacing(2)
        self.staffNumberBox.setObjectName(u"staffNumberBox")
        self.staffNumber = QLineEdit(EmployeeDialog)
        self.staffNumber.setObjectName(u"staffNumber")
        self.staffNumber.setMinimumWidth(180)
        self.staffNumber.setMaximumWidth(180)

        self.staffNumberBox.addWidget(self.staffNumber, 0, Qt.AlignLeft)

        self.staffNumberError = QLabel(EmployeeDialog)
        self.staffNumberError.setObjectName(u"staffNumberError")
        self.staffNumberError.setText(u"")
        self.staffNumberError.setWordWrap(True)

        self.staffNumberBox.addWidget(self.staffNumberError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.staffNumberBox)

        self.roepnaamLabel = QLabel(EmployeeDialog)
        self.roepnaamLabel.setObjectName(u"roepnaamLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roepnaamLabel)

        self.roepnaamBox = QVBoxLayout()
        self.roepnaamBox.setSpacing(2)
        self.roepnaamBox.setObjectName(u"roepnaamBox")
        self.roepnaam = QLineEdit(EmployeeDialog)
        self.roepnaam.setObjectName(u"roepnaam")

        self.roepnaamBox.addWidget(self.roepnaam)

        self.roepnaamError = QLabel(EmployeeDialog)
        self.roepnaamError.setObjectName(u"roepnaamError")
        self.roepnaamError.setText(u"")
        self.roepnaamError.setWordWrap(True)

        self.roepnaamBox.addWidget(self.roepnaamError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.roepnaamBox)

        self.tussenvoegselLabel = QLabel(EmployeeDialog)
        self.tussenvoegselLabel.setObjectName(u"tussenvoegselLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tussenvoegselLabel)

        self.tussenvoegsel = QLineEdit(EmployeeDialog)
        self.tussenvoegsel.setObjectName(u"tussenvoegsel")
        self.tussenvoegsel.setMinimumWidth(180)
        self.tussenvoegsel.setMaximumWidth(180)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tussenvoegsel)

        self.achternaamLabel = QLabel(EmployeeDialog)
        self.achternaamLabel.setObjectName(u"achternaamLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.achternaamLabel)

        self.achternaamBox = QVBoxLayout()
        self.achternaamBox.setSpacing(2)
        self.achternaamBox.setObjectName(u"achternaamBox")
        self.achternaam = QLineEdit(EmployeeDialog)
        self.achternaam.setObjectName(u"achternaam")

        self.achternaamBox.addWidget(self.achternaam)

        self.achternaamError = QLabel(EmployeeDialog)
        self.achternaamError.setObjectName(u"achternaamError")
        self.achternaamError.setText(u"")
        self.achternaamError.setWordWrap(True)

        self.achternaamBox.addWidget(self.achternaamError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.achternaamBox)

        self.partnerLabel = QLabel(EmployeeDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerBox = QVBoxLayout()
        self.partnerBox.setSpacing(2)
        self.partnerBox.setObjectName(u"partnerBox")
        self.partnerNameBox = QHBoxLayout()
        self.partnerNameBox.setObjectName(u"partnerNameBox")
        self.partnerTussenvoegsel = QLineEdit(EmployeeDialog)
        self.partnerTussenvoegsel.setObjectName(u"partnerTussenvoegsel")
        self.partnerTussenvoegsel.setMinimumWidth(90)
        self.partnerTussenvoegsel.setMaximumWidth(90)

        self.partnerNameBox.addWidget(self.partnerTussenvoegsel)

        self.partnerAchternaam = QLineEdit(EmployeeDialog)
        self.partnerAchternaam.setObjectName(u"partnerAchternaam")

        self.partnerNameBox.addWidget(self.partnerAchternaam)


        self.partnerBox.addLayout(self.partnerNameBox)

        self.partnerError = QLabel(EmployeeDialog)
        self.partnerError.setObjectName(u"partnerError")
        self.partnerError.setText(u"")
        self.partnerError.setWordWrap(True)

        self.partnerBox.addWidget(self.partnerError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.partnerBox)

        self.naamgebruikLabel = QLabel(EmployeeDialog)
        self.naamgebruikLabel.setObjectName(u"naamgebruikLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.naamgebruikLabel)

        self.naamgebruikBox = QVBoxLayout()
        self.naamgebruikBox.setSpacing(2)
        self.naamgebruikBox.setObjectName(u"naamgebruikBox")
        self.naamgebruik = QComboBox(EmployeeDialog)
        self.naamgebruik.setObjectName(u"naamgebruik")

        self.naamgebruikBox.addWidget(self.naamgebruik)

        self.nameInUse = QLabel(EmployeeDialog)
        self.nameInUse.setObjectName(u"nameInUse")
        self.nameInUse.setText(u"")
        self.nameInUse.setWordWrap(True)

        self.naamgebruikBox.addWidget(self.nameInUse)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.naamgebruikBox)

        self.functionLabel = QLabel(EmployeeDialog)
        self.functionLabel.setObjectName(u"functionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.function = QLineEdit(EmployeeDialog)
        self.function.setObjectName(u"function")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.function)

        self.employmentTypeLabel = QLabel(EmployeeDialog)
        self.employmentTypeLabel.setObjectName(u"employmentTypeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.employmentTypeLabel)

        self.employmentTypeBox = QVBoxLayout()
        self.employmentTypeBox.setSpacing(2)
        self.employmentTypeBox.setObjectName(u"employmentTypeBox")
        self.employmentType = QComboBox(EmployeeDialog)
        self.employmentType.setObjectName(u"employmentType")

        self.employmentTypeBox.addWidget(self.employmentType)

        self.employmentTypeError = QLabel(EmployeeDialog)
        self.employmentTypeError.setObjectName(u"employmentTypeError")
        self.employmentTypeError.setText(u"")
        self.employmentTypeError.setWordWrap(True)

        self.employmentTypeBox.addWidget(self.employmentTypeError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.employmentTypeBox)

        self.emailLabel = QLabel(EmployeeDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.email = QLineEdit(EmployeeDialog)
        self.email.setObjectName(u"email")

        self.emailBox.addWidget(self.email)

        self.emailError = QLabel(EmployeeDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)

        self.emailBox.addWidget(self.emailError)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.schoolsLabel = QLabel(EmployeeDialog)
        self.schoolsLabel.setObjectName(u"schoolsLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.schoolsLabel)

        self.schoolsBox = QVBoxLayout()
        self.schoolsBox.setSpacing(2)
        self.schoolsBox.setObjectName(u"schoolsBox")
        self.schools = QListWidget(EmployeeDialog)
        self.schools.setObjectName(u"schools")
        self.schools.setMinimumHeight(100)
        self.schools.setMaximumHeight(160)

        self.schoolsBox.addWidget(self.schools)

        self.schoolsError = QLabel(EmployeeDialog)
        self.schoolsError.setObjectName(u"schoolsError")
        self.schoolsError.setText(u"")
        self.schoolsError.setWordWrap(True)

        self.schoolsBox.addWidget(self.schoolsError)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.schoolsBox)

        self.startDateLabel = QLabel(EmployeeDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateBox = QVBoxLayout()
        self.startDateBox.setSpacing(2)
        self.startDateBox.setObjectName(u"startDateBox")
        self.startDate = DateField(EmployeeDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setMinimumWidth(140)
        self.startDate.setMaximumWidth(140)

        self.startDateBox.addWidget(self.startDate, 0, Qt.AlignLeft)

        self.startDateError = QLabel(EmployeeDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setText(u"")
        self.startDateError.setWordWrap(True)

        self.startDateBox.addWidget(self.startDateError)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.startDateBox)

        self.endDateLabel = QLabel(EmployeeDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateBox = QVBoxLayout()
        self.endDateBox.setSpacing(2)
        self.endDateBox.setObjectName(u"endDateBox")
        self.endDate = DateField(EmployeeDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setMinimumWidth(140)
        self.endDate.setMaximumWidth(140)

        self.endDateBox.addWidget(self.endDate, 0, Qt.AlignLeft)

        self.endDateError = QLabel(EmployeeDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setText(u"")
        self.endDateError.setWordWrap(True)

        self.endDateBox.addWidget(self.endDateError)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.endDateBox)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(EmployeeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.staffNumberLabel.setBuddy(self.staffNumber)
        self.roepnaamLabel.setBuddy(self.roepnaam)
        self.tussenvoegselLabel.setBuddy(self.tussenvoegsel)
        self.achternaamLabel.setBuddy(self.achternaam)
        self.partnerLabel.setBuddy(self.partnerTussenvoegsel)
        self.naamgebruikLabel.setBuddy(self.naamgebruik)
        self.functionLabel.setBuddy(self.function)
        self.employmentTypeLabel.setBuddy(self.employmentType)
        self.emailLabel.setBuddy(self.email)
        self.schoolsLabel.setBuddy(self.schools)
        self.startDateLabel.setBuddy(self.startDate)
        self.endDateLabel.setBuddy(self.endDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staffNumber, self.roepnaam)
        QWidget.setTabOrder(self.roepnaam, self.tussenvoegsel)
        QWidget.setTabOrder(self.tussenvoegsel, self.achternaam)
        QWidget.setTabOrder(self.achternaam, self.partnerTussenvoegsel)
        QWidget.setTabOrder(self.partnerTussenvoegsel, self.partnerAchternaam)
        QWidget.setTabOrder(self.partnerAchternaam, self.naamgebruik)
        QWidget.setTabOrder(self.naamgebruik, self.function)
        QWidget.setTabOrder(self.function, self.employmentType)
        QWidget.setTabOrder(self.employmentType, self.email)
        QWidget.setTabOrder(self.email, self.schools)
        QWidget.setTabOrder(self.schools, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.buttonBox)

        self.retranslateUi(EmployeeDialog)
        self.buttonBox.accepted.connect(EmployeeDialog.accept)
        self.buttonBox.rejected.connect(EmployeeDialog.reject)

        QMetaObject.connectSlotsByName(EmployeeDialog)
    # setupUi

    def retranslateUi(self, EmployeeDialog):
        EmployeeDialog.setWindowTitle(QCoreApplication.translate("EmployeeDialog", u"New employee", None))
        self.staffNumberLabel.setText(QCoreApplication.translate("EmployeeDialog", u"Staff &number:", None))
        self.roepnaamLabel.setText(QCoreApplication.translate("EmployeeDialog", u"&First name:", None))
        self.tussenvoegselLabel.setText(QCoreApplication.translate("EmployeeDialog", u"&Infix:", None))
        self.achternaamLabel.setText(QCoreApplication.translate("EmployeeDialog", u"&Last name:", None))
        self.partnerLabel.setText(QCoreApplication.translate("EmployeeDialog", u"&Partner's surname:", None))
        self.partnerTussenvoegsel.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"infix", None))
        self.partnerAchternaam.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"surname (when used)", None))
        self.naamgebruikLabel.setText(QCoreApplication.translate("EmployeeDialog", u"N&ame in use:", None))
        self.functionLabel.setText(QCoreApplication.translate("EmployeeDialog", u"F&unction:", None))
        self.function.setPlaceholderText(QCoreApplication.translate("EmployeeDialog", u"e.g. Teacher", None))
        self.employmentTypeLabel.setText(QCoreApplication.translate("EmployeeDialog", u"&Employment:", None))
        self.emailLabel.setText(QCoreApplication.translate("EmployeeDialog", u"E-&mail:", None))
        self.schoolsLabel.setText(QCoreApplication.translate("EmployeeDialog", u"&Schools:", None))
        self.startDateLabel.setText(QCoreApplication.translate("EmployeeDialog", u"S&tart date:", None))
#if QT_CONFIG(tooltip)
        self.startDate.setToolTip(QCoreApplication.translate("EmployeeDialog", u"Leave empty when the start date is not known.", None))
#endif // QT_CONFIG(tooltip)
        self.endDateLabel.setText(QCoreApplication.translate("EmployeeDialog", u"En&d date:", None))
    # retranslateUi

