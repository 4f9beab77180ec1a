# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(560, 10)
        self.layout = QVBoxLayout(UserDialog)
        self.layout.setObjectName(u"layout")
        self.generalError = QLabel(UserDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setText(u"")
        self.generalError.setWordWrap(True)

        self.layout.addWidget(self.generalError)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.loginLabel = QLabel(UserDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginBox = QVBoxLayout()
        self.loginBox.setSpacing(2)
        self.loginBox.setObjectName(u"loginBox")
        self.login = QLineEdit(UserDialog)
        self.login.setObjectName(u"login")
        self.login.setMaxLength(63)

        self.loginBox.addWidget(self.login)

        self.loginError = QLabel(UserDialog)
        self.loginError.setObjectName(u"loginError")
        self.loginError.setText(u"")
        self.loginError.setWordWrap(True)

        self.loginBox.addWidget(self.loginError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.loginBox)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleBox = QVBoxLayout()
        self.roleBox.setSpacing(2)
        self.roleBox.setObjectName(u"roleBox")
        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")
        self.role.setMinimumWidth(220)

        self.roleBox.addWidget(self.role, 0, Qt.AlignLeft)

        self.roleError = QLabel(UserDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setText(u"")
        self.roleError.setWordWrap(True)

        self.roleBox.addWidget(self.roleError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.roleBox)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(2)
        self.passwordBox.setObjectName(u"passwordBox")
        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.passwordBox.addWidget(self.password)

        self.passwordError = QLabel(UserDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)

        self.passwordBox.addWidget(self.passwordError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordBox)

        self.againLabel = QLabel(UserDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againBox = QVBoxLayout()
        self.againBox.setSpacing(2)
        self.againBox.setObjectName(u"againBox")
        self.again = QLineEdit(UserDialog)
        self.again.setObjectName(u"again")
        self.again.setEchoMode(QLineEdit.Password)

        self.againBox.addWidget(self.again)

        self.againError = QLabel(UserDialog)
        self.againError.setObjectName(u"againError")
        self.againError.setText(u"")
        self.againError.setWordWrap(True)

        self.againBox.addWidget(self.againError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.againBox)

        self.schoolsLabel = QLabel(UserDialog)
        self.schoolsLabel.setObjectName(u"schoolsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.schoolsLabel)

        self.schoolsBox = QVBoxLayout()
        self.schoolsBox.setSpacing(2)
        self.schoolsBox.setObjectName(u"schoolsBox")
        self.schoolList = QListWidget(UserDialog)
        self.schoolList.setObjectName(u"schoolList")
        self.schoolList.setMaximumHeight(110)

        self.schoolsBox.addWidget(self.schoolList)

        self.schoolsHint = QLabel(UserDialog)
        self.schoolsHint.setObjectName(u"schoolsHint")

        self.schoolsBox.addWidget(self.schoolsHint)

        self.schoolsError = QLabel(UserDialog)
        self.schoolsError.setObjectName(u"schoolsError")
        self.schoolsError.setText(u"")
        self.schoolsError.setWordWrap(True)

        self.schoolsBox.addWidget(self.schoolsError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.schoolsBox)

        self.employeeLabel = QLabel(UserDialog)
        self.employeeLabel.setObjectName(u"employeeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.employeeLabel)

        self.employeeBox = QVBoxLayout()
        self.employeeBox.setSpacing(2)
        self.employeeBox.setObjectName(u"employeeBox")
        self.employee = QComboBox(UserDialog)
        self.employee.setObjectName(u"employee")
        self.employee.setMinimumWidth(320)

        self.employeeBox.addWidget(self.employee, 0, Qt.AlignLeft)

        self.employeeError = QLabel(UserDialog)
        self.employeeError.setObjectName(u"employeeError")
        self.employeeError.setText(u"")
        self.employeeError.setWordWrap(True)

        self.employeeBox.addWidget(self.employeeError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.employeeBox)

        self.klassLabel = QLabel(UserDialog)
        self.klassLabel.setObjectName(u"klassLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.klassLabel)

        self.klassBox = QVBoxLayout()
        self.klassBox.setSpacing(2)
        self.klassBox.setObjectName(u"klassBox")
        self.klass = QComboBox(UserDialog)
        self.klass.setObjectName(u"klass")
        self.klass.setMinimumWidth(320)

        self.klassBox.addWidget(self.klass, 0, Qt.AlignLeft)

        self.klassError = QLabel(UserDialog)
        self.klassError.setObjectName(u"klassError")
        self.klassError.setText(u"")
        self.klassError.setWordWrap(True)

        self.klassBox.addWidget(self.klassError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.klassBox)

        self.groupLabel = QLabel(UserDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupBox = QVBoxLayout()
        self.groupBox.setSpacing(2)
        self.groupBox.setObjectName(u"groupBox")
        self.group = QComboBox(UserDialog)
        self.group.setObjectName(u"group")
        self.group.setMinimumWidth(320)

        self.groupBox.addWidget(self.group, 0, Qt.AlignLeft)

        self.groupError = QLabel(UserDialog)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setText(u"")
        self.groupError.setWordWrap(True)

        self.groupBox.addWidget(self.groupError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.groupBox)


        self.layout.addLayout(self.form)

        self.note = QLabel(UserDialog)
        self.note.setObjectName(u"note")
        self.note.setText(u"")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.roleLabel.setBuddy(self.role)
        self.passwordLabel.setBuddy(self.password)
        self.againLabel.setBuddy(self.again)
        self.schoolsLabel.setBuddy(self.schoolList)
        self.employeeLabel.setBuddy(self.employee)
        self.klassLabel.setBuddy(self.klass)
        self.groupLabel.setBuddy(self.group)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.role)
        QWidget.setTabOrder(self.role, self.password)
        QWidget.setTabOrder(self.password, self.again)
        QWidget.setTabOrder(self.again, self.schoolList)
        QWidget.setTabOrder(self.schoolList, self.employee)
        QWidget.setTabOrder(self.employee, self.klass)
        QWidget.setTabOrder(self.klass, self.group)
        QWidget.setTabOrder(self.group, self.buttonBox)

        self.retranslateUi(UserDialog)
        self.buttonBox.accepted.connect(UserDialog.accept)
        self.buttonBox.rejected.connect(UserDialog.reject)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Add user", None))
        self.loginLabel.setText(QCoreApplication.translate("UserDialog", u"&Login name:", None))
        self.login.setPlaceholderText(QCoreApplication.translate("UserDialog", u"For example j.devries", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"R&ole:", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password:", None))
        self.againLabel.setText(QCoreApplication.translate("UserDialog", u"Password &again:", None))
        self.schoolsLabel.setText(QCoreApplication.translate("UserDialog", u"Sc&hools:", None))
#if QT_CONFIG(accessibility)
        self.schoolList.setAccessibleName(QCoreApplication.translate("UserDialog", u"Schools", None))
#endif // QT_CONFIG(accessibility)
        self.schoolsHint.setText(QCoreApplication.translate("UserDialog", u"None ticked: every school.", None))
        self.employeeLabel.setText(QCoreApplication.translate("UserDialog", u"&Employee:", None))
        self.klassLabel.setText(QCoreApplication.translate("UserDialog", u"&Class:", None))
        self.groupLabel.setText(QCoreApplication.translate("UserDialog", u"&Trip group:", None))
    # retranslateUi

